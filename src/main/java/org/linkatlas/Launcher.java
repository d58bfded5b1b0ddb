package org.linkatlas;

import javafx.application.Application;
import org.linkatlas.cli.Main;

/**
 * The jar's entry point: a headless command when the first argument names one, else the window. A plain class
 * (not an Application subclass) so that the JavaFX jars can come from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (Main.isCommand(args)) {
            Main.main(args);
        } else {
            Application.launch(App.class, args);
        }
    }
}
