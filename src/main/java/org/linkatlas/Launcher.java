package org.linkatlas;

import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import org.linkatlas.cli.Main;
import org.linkatlas.i18n.ChosenLanguage;

/**
 * The jar's entry point: with no argument, or only {@code --lang vi|en}, the window (in that language for this
 * start, as QGIS's {@code --lang} does; the choice saved in the settings stays as it is); with any other
 * arguments a headless command (or its usage, help, version or a usage error: never a window). Before the window it checks that there is a display and the GTK libraries
 * JavaFX needs, so a machine without them gets one line naming what is missing instead of a stack trace.
 * A plain class (not an Application subclass) so that the JavaFX jars can come from the class path. Main thread.
 */
public final class Launcher {
    private Launcher() {
    }

    /**
     * The window's start, when {@code args} ask for the window: none, or {@code --lang} with a language the program
     * speaks (the locale, for this start only). Empty when they are a command's, or a mistake the commands report
     * as bad usage ({@code --lang xx}, {@code --lang} without a value).
     */
    static Optional<WindowStart> window(List<String> args) {
        if (args.isEmpty()) {
            return Optional.of(new WindowStart(Optional.empty()));
        }
        if (args.size() == 2 && args.get(0).equals("--lang")) {
            return ChosenLanguage.of(args.get(1)).map(l -> new WindowStart(Optional.of(l)));
        }
        return Optional.empty();
    }

    /** A start of the window: in {@code language} when one was asked for, else in the language saved. */
    record WindowStart(Optional<Locale> language) {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        if (window(List.of(args)).isEmpty()) {
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
