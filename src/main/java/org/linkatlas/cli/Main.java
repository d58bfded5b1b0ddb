package org.linkatlas.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.linkatlas.AppPaths;
import org.linkatlas.AppVersion;
import org.linkatlas.i18n.ChosenLanguage;

/**
 * The headless commands behind {@code link-atlas <command> …}, dispatched from one table ({@link #COMMANDS}):
 * a new command is one line there, and the usage text is made from it ({@link Usage}). Each command returns an
 * exit code: 0 fine, 1 a problem found in the data or the files, 2 bad usage. Usage mistakes print a short
 * message and the usage, never a stack trace. Every command takes {@code --lang vi|en} anywhere among its
 * arguments; without it a run speaks the language the user chose in the window, else the system's (decision
 * 0018). Runs on the calling (main) thread; no JavaFX.
 */
public final class Main {
    /** How a command runs: its argument list (its name first, without {@code --lang}), its language, the streams. */
    @FunctionalInterface
    interface Runner {
        int run(String[] args, CliText text, PrintStream out, PrintStream err);
    }

    /**
     * One command: its name, what follows the name in the usage (syntax, the same in both languages) and how it
     * runs. What it does is the message {@code cli.command.<name without its dashes>}.
     */
    record Command(String name, String arguments, Runner runner) {
        String summaryKey() {
            return "command." + name.replaceFirst("^-+", "");
        }
    }

    /** Every command, in the order the usage lists them. Add a command here with one line. */
    static final List<Command> COMMANDS = List.of(
            new Command("--self-check", "", (a, t, o, e) -> new SelfCheckCommand(t, o, e).run(a)),
            new Command("check", "[--store F|postgresql://host/db?user=U] [--data D --seeds S]",
                    (a, t, o, e) -> new CheckCommand(t, o, e).run(a)),
            new Command("export", "FILE.geojson|FILE.csv|FILE.gpkg [--status S] [--kind K] [--province P]"
                    + " [--agreement ID] [--store F]", (a, t, o, e) -> new ExportCommand(t, o, e).run(a)),
            new Command("export-geojson", "FILE [--status S] [--kind K] [--province P] [--agreement ID] [--store F]",
                    (a, t, o, e) -> new ExportCommand(t, o, e).runGeoJsonAlias(a)),
            new Command("sheets", "--pdf FILE [--agreement ID] [--store F]",
                    (a, t, o, e) -> new SheetsCommand(t, o, e, java.time.Clock.systemDefaultZone()).run(a)),
            new Command("build-store", "--data D --seeds S --out F", (a, t, o, e) -> new BuildStoreCommand(t, o, e).run(a)),
            new Command("render-tile", "Z X Y FILE [--size 256|512] [--mbtiles F]",
                    (a, t, o, e) -> new RenderTileCommand(t, o, e).run(a)),
            new Command("summary", "--from A --to B [--planned] [--json] [--network F] [--store F] [--pdf F [--landscape]]"
                    + " [--geojson F] [--csv F]",
                    (a, t, o, e) -> new SummaryCommand(t, o, e, java.time.Clock.systemDefaultZone()).run(a)),
            new Command("export-changes", "FILE [--since YYYY-MM-DD] [--store F]",
                    (a, t, o, e) -> new ExportChangesCommand(t, o, e).run(a)),
            new Command("import-changes", "FILE [--store F]", (a, t, o, e) -> new ImportChangesCommand(t, o, e).run(a)),
            new Command("history", "[--record ID|TYPE:ID] [--store F]", (a, t, o, e) -> new HistoryCommand(t, o, e).run(a)),
            new Command("init-server", "postgresql://host[:port]/db?user=U [--store F]",
                    (a, t, o, e) -> new InitServerCommand(t, o, e).run(a)),
            new Command("sync", "--server postgresql://host[:port]/db?user=U [--store F] [--keep mine|theirs]",
                    (a, t, o, e) -> new SyncCommand(t, o, e).run(a)));

    /** How the usage names the program (the installed launcher takes the same arguments). */
    static final String PROGRAM = "java -jar link-atlas.jar";
    /** The option every command takes, anywhere among its arguments. */
    static final String LANG = "--lang";
    private static final List<String> HELP = List.of("-h", "--help", "help");
    private static final List<String> VERSION = List.of("-V", "--version", "version");

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // render-tile draws with Java2D; a command never opens a window
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** The command named {@code name}, if the table has it. */
    static Optional<Command> command(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public static int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>();
        String lang = null;
        boolean langWithoutValue = false;
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].equals(LANG)) {
                rest.add(argv[i]);
            } else if (i + 1 < argv.length) {
                lang = argv[++i];
            } else {
                langWithoutValue = true;
            }
        }
        Optional<Locale> asked = ChosenLanguage.of(lang);
        CliText text = asked.isPresent() ? new CliText(asked.get(), true)
                : new CliText(ChosenLanguage.saved(AppPaths.userDataDir()), false);
        String[] args = rest.toArray(String[]::new);
        Optional<Command> named = args.length == 0 ? Optional.empty() : command(args[0]);
        if (langWithoutValue || (lang != null && asked.isEmpty())) {
            String problem = langWithoutValue ? text.get("usage.needsValue", LANG) : text.get("usage.lang", FilterOptions.elide(lang));
            err.println(named.map(c -> c.name() + ": ").orElse("") + problem);
            err.println(named.map(c -> Usage.of(c, text)).orElse(Usage.of(text)));
            return 2;
        }
        if (args.length == 0) {
            err.println(Usage.of(text));
            return 2;
        }
        String name = args[0];
        if (HELP.contains(name) || VERSION.contains(name)) {
            if (args.length > 1) {
                err.println(text.get("usage.noArguments", name, String.join(" ", rest.subList(1, rest.size()))));
                return 2;
            }
            out.println(HELP.contains(name) ? Usage.of(text) : "Link Atlas " + AppVersion.get());
            return 0;
        }
        if (named.isEmpty()) {
            err.println(Usage.nearest(name).map(n -> text.get("usage.unknownCommandNear", name, n))
                    .orElse(text.get("usage.unknownCommand", name)));
            err.println(Usage.of(text));
            return 2;
        }
        Command c = named.get();
        if (rest.stream().skip(1).anyMatch(a -> a.equals("-h") || a.equals("--help"))) {
            out.println(Usage.of(c, text));
            out.println("  " + text.get(c.summaryKey()));
            return 0;
        }
        try {
            return c.runner().run(args, text, out, err);
        } catch (Args.UsageException e) {
            err.println(name + ": " + e.text(text));
            err.println(Usage.of(c, text));
            return 2;
        } catch (RuntimeException e) {
            // one line for the user: what failed and why, never a stack trace
            err.println(text.get("failed", name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        }
    }
}
