package org.linkatlas.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.linkatlas.AppVersion;

/**
 * The headless commands behind {@code link-atlas <command> …}, dispatched from one table ({@link #COMMANDS}):
 * a new command is one line there, and the usage text is made from it. Each command returns an exit code:
 * 0 fine, 1 a problem found in the data or the files, 2 bad usage. Usage mistakes print a short message and
 * the usage, never a stack trace. Runs on the calling (main) thread; no JavaFX.
 */
public final class Main {
    /** How a command runs: its whole argument list (the command's name first) and the two streams. */
    @FunctionalInterface
    interface Runner {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /**
     * One command: its name, what follows the name in the usage, what it does (one sentence), and how it runs.
     */
    record Command(String name, String arguments, String summary, Runner runner) {
    }

    /** Every command, in the order the usage lists them. Add a command here with one line. */
    static final List<Command> COMMANDS = List.of(
            new Command("--self-check", "", "open the bundled store, render one offline tile, print the versions",
                    (a, o, e) -> new SelfCheckCommand(o, e).run(a)),
            new Command("check", "[--store F|postgresql://host/db?user=U] [--data D --seeds S]",
                    "validate the store (and the catalogue files when found), print counts",
                    (a, o, e) -> new CheckCommand(o, e).run(a)),
            new Command("export", "FILE.geojson|FILE.csv|FILE.gpkg [--status S] [--kind K] [--province P]"
                    + " [--agreement ID] [--lang vi|en] [--store F]",
                    "write the links the filter lets through (codes may be listed with commas), the format from the"
                    + " extension; a GeoPackage has links and places",
                    (a, o, e) -> new ExportCommand(o, e).run(a)),
            new Command("export-geojson", "FILE [filters as for export] [--store F]",
                    "the same as GeoJSON, whatever the file name", (a, o, e) -> new ExportCommand(o, e).runGeoJsonAlias(a)),
            new Command("sheets", "--pdf FILE [--agreement ID] [--lang vi|en] [--store F]",
                    "agreement sheets: one agreement's links on a map with its commitments, deadlines and sources;"
                    + " without --agreement every agreement, a sheet each, after a contents page",
                    (a, o, e) -> new SheetsCommand(o, e, java.time.Clock.systemDefaultZone()).run(a)),
            new Command("build-store", "--data D --seeds S --out F",
                    "build a store from the catalogue (the build runs this)",
                    (a, o, e) -> new BuildStoreCommand(o, e).run(a)),
            new Command("render-tile", "Z X Y FILE [--size 256|512] [--mbtiles F]",
                    "write one basemap tile (y from the top) as PNG, from the MBTiles file F or else the offline basemap",
                    (a, o, e) -> new RenderTileCommand(o, e).run(a)),
            new Command("summary", "--from A --to B [--planned] [--lang vi|en] [--store F] [--pdf F [--landscape]]"
                    + " [--geojson F] [--csv F]",
                    "the shortest road route over existing links and with the planned ones, with the agreements,"
                    + " commitments and sources behind it",
                    (a, o, e) -> new SummaryCommand(o, e, java.time.Clock.systemDefaultZone()).run(a)),
            new Command("export-changes", "FILE [--since YYYY-MM-DD] [--store F]",
                    "write the user's edits (changesets) to a file (docs/changesets.md)",
                    (a, o, e) -> new ExportChangesCommand(o, e).run(a)),
            new Command("import-changes", "FILE [--store F]",
                    "apply a file's changesets not yet here; a conflicting one is listed",
                    (a, o, e) -> new ImportChangesCommand(o, e).run(a)),
            new Command("history", "[--record ID|TYPE:ID] [--store F]", "print the log of edits, or those of one record",
                    (a, o, e) -> new HistoryCommand(o, e).run(a)),
            new Command("init-server", "postgresql://host[:port]/db?user=U [--store F]",
                    "create or upgrade an office's shared store (PostgreSQL + PostGIS): schema, roles, and the bundled"
                    + " catalogue (or F) when it is empty",
                    (a, o, e) -> new InitServerCommand(o, e).run(a)),
            new Command("sync", "--server postgresql://host[:port]/db?user=U [--store F] [--keep mine|theirs]",
                    "push this store's changesets the shared store lacks and pull the others', in one server transaction;"
                    + " --keep settles the conflicts found",
                    (a, o, e) -> new SyncCommand(o, e).run(a)));

    /** How the usage names the program (the installed launcher takes the same arguments). */
    static final String PROGRAM = "java -jar link-atlas.jar";
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

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(usage());
            return 2;
        }
        String name = args[0];
        if (HELP.contains(name) || VERSION.contains(name)) {
            if (args.length > 1) {
                err.println(name + ": takes no arguments (got " + String.join(" ", Arrays.copyOfRange(args, 1, args.length)) + ")");
                return 2;
            }
            out.println(HELP.contains(name) ? usage() : "Link Atlas " + AppVersion.get());
            return 0;
        }
        Optional<Command> command = command(name);
        if (command.isEmpty()) {
            err.println("unknown command: " + name + nearest(name).map(n -> " (did you mean " + n + "?)").orElse(""));
            err.println(usage());
            return 2;
        }
        Command c = command.get();
        if (Arrays.stream(args).skip(1).anyMatch(a -> a.equals("-h") || a.equals("--help"))) {
            out.println("usage: " + PROGRAM + " " + line(c));
            out.println("  " + c.summary());
            return 0;
        }
        try {
            return c.runner().run(args, out, err);
        } catch (Args.UsageException e) {
            err.println(name + ": " + e.getMessage());
            err.println("usage: " + PROGRAM + " " + line(c));
            return 2;
        } catch (RuntimeException e) {
            // one line for the user: what failed and why, never a stack trace
            err.println(name + ": failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        }
    }

    /** The usage text, made from the table. */
    static String usage() {
        StringBuilder b = new StringBuilder("usage: " + PROGRAM + " [COMMAND [ARGUMENTS]]\n");
        b.append(String.format("  %-28s %s%n", "(no command)", "start the application window"));
        for (Command c : COMMANDS) {
            String head = line(c);
            if (head.length() <= 28) {
                b.append(String.format("  %-28s ", head));
            } else {
                b.append("  ").append(head).append('\n').append(" ".repeat(31));
            }
            b.append(wrap(c.summary(), 31, 110)).append('\n');
        }
        b.append(String.format("  %-28s %s%n", "-h, --help", "this text (COMMAND --help: that command's usage)"));
        b.append(String.format("  %-28s %s%n", "--version", "the version"));
        b.append("exit codes: 0 fine, 1 a problem in the data or the files, 2 bad usage");
        return b.toString();
    }

    private static String line(Command c) {
        return c.arguments().isEmpty() ? c.name() : c.name() + " " + c.arguments();
    }

    private static String wrap(String text, int indent, int width) {
        StringBuilder b = new StringBuilder();
        int column = indent;
        for (String word : text.split(" ")) {
            if (column > indent && column + 1 + word.length() > width) {
                b.append('\n').append(" ".repeat(indent));
                column = indent;
            } else if (column > indent) {
                b.append(' ');
                column++;
            }
            b.append(word);
            column += word.length();
        }
        return b.toString();
    }

    /** The command a typo most likely meant: within two edits, or one for short names; none when unclear. */
    static Optional<String> nearest(String typed) {
        String t = typed.replaceFirst("^-+", "");
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Command c : COMMANDS) {
            int d = distance(t, c.name().replaceFirst("^-+", ""));
            if (d < bestDistance) {
                best = c.name();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        int allowed = t.length() <= 4 ? 1 : 2;
        return best != null && !tie && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit ("sumamry"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
