package org.linkatlas.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up baseline: a bare JavaFX window with one label, started the same way as Link Atlas (a plain
 * main, JavaFX from the class path). At its first frame it writes the wall-clock time to the file named by
 * {@code linkatlas.firstFrameFile}, as the app does at its first map frame with links. With
 * {@code -Dlinkatlas.startupTrace=true} it prints its phases (main, init, start, first frame) in the app's trace
 * format ({@code org.linkatlas.StartupTrace}, not on this window's class path), counted from
 * {@code -Dlinkatlas.startupTrace.zero}. JavaFX thread, except {@link Start#main}.
 */
public final class BareWindow extends Application {
    private static final boolean TRACE = Boolean.getBoolean("linkatlas.startupTrace");

    /** The plain main (a main in an Application subclass refuses JavaFX from the class path), as Launcher does. */
    public static final class Start {
        private Start() {
        }

        public static void main(String[] args) {
            trace("main");
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void init() {
        trace("Application.init");
    }

    @Override
    public void start(Stage stage) {
        trace("Application.start");
        Scene scene = new Scene(new Label("Link Atlas"), 1400, 900);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            trace("first frame");
            StartupBenchmark.mark();
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.show();
    }

    /** A phase in the app's trace format, counted from the benchmark's spawn of this JVM. */
    private static void trace(String phase) {
        if (TRACE) {
            long now = System.currentTimeMillis();
            System.err.println("startup " + (now - Long.getLong("linkatlas.startupTrace.zero", now)) + " ms ["
                    + Thread.currentThread().getName() + "] " + phase);
        }
    }
}
