package org.linkatlas.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The headless commands behind {@code java -jar link-atlas.jar <command> …}. Each returns an exit code:
 * 0 fine, 1 a problem found in the data, 2 bad usage. Runs on the calling (main) thread; no JavaFX.
 */
public final class Main {
    static final String USAGE = """
            usage: java -jar link-atlas.jar [command]
              (no command)                 start the application window
              --self-check                 open the bundled store, render one offline tile, print versions
              check [--store F] [--data D --seeds S]
                                           validate the store (and the catalogue files when found), print counts
              export-geojson FILE [--store F]
                                           write every link with its properties as GeoJSON
              build-store --data D --seeds S --out F
                                           build a store from the catalogue (the build runs this)
              render-tile Z X Y FILE [--size 256|512] [--mbtiles F]
                                           write one basemap tile (y from the top) as PNG, from the MBTiles
                                           file F or else the offline basemap
              summary --from A --to B [--planned] [--lang vi|en] [--store F]
                                           the shortest road route over existing links and with the planned
                                           ones, with the agreements, commitments and sources behind it
              export-changes FILE [--since YYYY-MM-DD] [--store F]
                                           write the user's edits (changesets) to a file (docs/changesets.md)
              import-changes FILE [--store F]
                                           apply a file's changesets not yet here; a conflicting one is listed
              history [--record ID|TYPE:ID] [--store F]
                                           print the log of edits, or those of one record""";

    private Main() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && Arrays.asList("--self-check", "check", "export-geojson", "build-store", "render-tile", "summary", "help", "--help",
                "export-changes", "import-changes", "history").contains(args[0]);
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // render-tile draws with Java2D; a command never opens a window
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        try {
            return switch (args[0]) {
                case "check" -> new CheckCommand(out, err).run(args);
                case "--self-check" -> new SelfCheckCommand(out, err).run(args);
                case "export-geojson" -> new ExportGeoJsonCommand(out, err).run(args);
                case "build-store" -> new BuildStoreCommand(out, err).run(args);
                case "render-tile" -> new RenderTileCommand(out, err).run(args);
                case "summary" -> new SummaryCommand(out, err, java.time.Clock.systemDefaultZone()).run(args);
                case "export-changes" -> new ExportChangesCommand(out, err).run(args);
                case "import-changes" -> new ImportChangesCommand(out, err).run(args);
                case "history" -> new HistoryCommand(out, err).run(args);
                case "help", "--help" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("unknown command: " + args[0]);
                    err.println(USAGE);
                    yield 2;
                }
            };
        } catch (Args.UsageException e) {
            err.println(args[0] + ": " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }
}
