package org.linkatlas;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.linkatlas.ui.Messages;
import org.linkatlas.ui.StoreService;
import org.linkatlas.ui.overview.OverviewView;
import org.linkatlas.ui.overview.OverviewViewModel;

/**
 * The window: wires the store service, view model and view (constructor injection, here only), starts loading
 * the user's store off the JavaFX thread, and asks the user before restoring a damaged store.
 */
public class App extends Application {
    private StoreService store;
    private Messages messages;
    private OverviewView view;
    private OverviewViewModel viewModel;

    @Override
    public void start(Stage stage) {
        messages = new Messages(Messages.defaultLocale());
        store = new StoreService(AppPaths.bundledStore(), AppPaths.userDataDir());
        viewModel = new OverviewViewModel();
        view = new OverviewView(viewModel, messages);
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1200, 760);
        scene.getStylesheets().add(App.class.getResource("ui/app.css").toExternalForm());
        stage.setTitle("Link Atlas");
        stage.setScene(scene);
        stage.show();
        view.setStatus(messages.get("status.opening", AppPaths.userDataDir()));
        store.load().thenAccept(r -> Platform.runLater(() -> handle(r)));
    }

    private void handle(StoreService.Result result) {
        if (result instanceof StoreService.Loaded loaded) {
            viewModel.show(loaded.catalogue());
            view.setStatus(messages.get(loaded.copiedFromBundle() ? "status.loadedFresh" : "status.loaded", loaded.file()));
        } else if (result instanceof StoreService.Damaged damaged) {
            view.setStatus(messages.get("status.damaged", damaged.file()));
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle("Link Atlas");
            alert.setHeaderText(messages.get("damaged.header"));
            alert.setContentText(messages.get("damaged.body", damaged.file(), damaged.reason()));
            ButtonType restore = new ButtonType(messages.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
            ButtonType quit = new ButtonType(messages.get("damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
            alert.getButtonTypes().setAll(restore, quit);
            alert.showAndWait().filter(restore::equals).ifPresentOrElse(
                    b -> store.restoreBundledAndLoad().thenAccept(r -> Platform.runLater(() -> handle(r))),
                    Platform::exit);
        } else if (result instanceof StoreService.Failed failed) {
            view.setStatus(messages.get("status.failed", failed.message()));
            Alert alert = new Alert(Alert.AlertType.ERROR, failed.message());
            alert.setHeaderText(messages.get("failed.header"));
            alert.show();
        }
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
    }
}
