package org.linkatlas;

import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.util.Optional;
import javafx.application.Application;
import org.linkatlas.cli.Main;

/**
 * The jar's entry point: with no argument the window, with any argument a headless command (or its usage,
 * help or version: never a window). Before the window it checks that there is a display and the GTK libraries
 * JavaFX needs, so a machine without them gets one line naming what is missing instead of a stack trace.
 * A plain class (not an Application subclass) so that the JavaFX jars can come from the class path. Main thread.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        if (args.length > 0) {
            Main.main(args);
            return;
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Optional<String> problem = WindowCheck.problem();
        if (problem.isPresent()) {
            err.println(problem.get());
            System.exit(1);
        }
        StartupTrace.mark("display checked");
        StoreAhead.begin(); // the store is read while the toolkit starts
        StartupTrace.mark("preload started, launching the toolkit");
        try {
            Application.launch(App.class, args);
        } catch (RuntimeException e) {
            // the toolkit could not start (display refused, a library the check could not see): one line
            err.println(WindowCheck.explain(e));
            System.exit(1);
        }
    }
}
