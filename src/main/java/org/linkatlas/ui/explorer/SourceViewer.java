package org.linkatlas.ui.explorer;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.linkatlas.catalogue.QuoteMatcher;
import org.linkatlas.model.Seed;
import org.linkatlas.model.Source;
import org.linkatlas.i18n.Messages;

/** A window showing a seed article whole, with the quoted words highlighted and scrolled into view. JavaFX thread only. */
final class SourceViewer {
    private SourceViewer() {
    }

    static Stage show(Window owner, Seed seed, Source source, Messages messages) {
        String text = seed.text();
        int[] at = QuoteMatcher.locate(source.quote(), text);
        TextFlow flow = new TextFlow();
        flow.setId("source-text");
        flow.setLineSpacing(3);
        if (at == null) {
            flow.getChildren().add(new Text(text));
        } else {
            Text quote = new Text(text.substring(at[0], at[1]));
            quote.getStyleClass().add("source-quote");
            quote.setId("source-quote");
            flow.getChildren().addAll(new Text(text.substring(0, at[0])), quote, new Text(text.substring(at[1])));
        }
        flow.setPrefWidth(640);
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        scroll.setPadding(new javafx.geometry.Insets(12));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("source.title", seed.fileName()));
        Scene scene = new Scene(scroll, 720, 560);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        if (at != null) {
            scroll.setVvalue(Math.max(0, Math.min(1, (double) at[0] / Math.max(1, text.length()) - 0.05)));
        }
        return stage;
    }
}
