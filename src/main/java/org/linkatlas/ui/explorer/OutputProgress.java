package org.linkatlas.ui.explorer;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.linkatlas.i18n.Messages;
import org.linkatlas.report.Progress;

/**
 * A small window while an output is made: what is being done, a progress bar and Cancel. Workers report
 * through it as a {@link Progress} from any thread; at most one update is queued on the JavaFX thread at a
 * time. Created, shown and closed on the JavaFX thread; {@code update} and {@code cancelled} from any thread.
 */
final class OutputProgress implements Progress {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean posted = new AtomicBoolean();
    private volatile double fraction;
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final ProgressBar bar = new ProgressBar(-1);

    OutputProgress(Window owner, Messages messages, String what) {
        Label label = new Label(what);
        label.setId("output-progress-text");
        bar.setId("output-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(messages.get("outputs.cancel"));
        cancel.setId("output-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            cancelled.set(true);
            cancel.setDisable(true);
        });
        VBox box = new VBox(10, label, new HBox(10, bar, cancel));
        box.setPadding(new Insets(14));
        box.setPrefWidth(380);
        stage.setScene(new Scene(box));
        stage.setTitle("Link Atlas");
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        stage.setOnCloseRequest(e -> cancelled.set(true));
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.close();
    }

    @Override
    public void update(double f, String step) {
        fraction = f;
        if (posted.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                posted.set(false);
                bar.setProgress(Math.max(0, Math.min(1, fraction)));
            });
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }
}
