package org.linkatlas.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up baseline: a bare JavaFX window with one label, started the same way as Link Atlas (a plain
 * main, JavaFX from the class path). At its first frame it writes the wall-clock time to the file named by
 * {@code linkatlas.firstFrameFile}, as the app does at its first map frame with links. JavaFX thread.
 */
public final class BareWindow extends Application {
    /** The plain main (a main in an Application subclass refuses JavaFX from the class path), as Launcher does. */
    public static final class Start {
        private Start() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Link Atlas"), 1400, 900);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            StartupBenchmark.mark();
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.show();
    }
}
