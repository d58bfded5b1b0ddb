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
              export FILE.geojson|FILE.csv|FILE.gpkg [--status S] [--kind K] [--province P] [--agreement ID]
                     [--lang vi|en] [--store F]
                                           write the links the filter lets through (codes may be listed with
                                           commas), the format from the extension; a GeoPackage has links and places
              export-geojson FILE [filters as for export] [--store F]
                                           the same as GeoJSON, whatever the file name
              sheets --pdf FILE [--agreement ID] [--lang vi|en] [--store F]
                                           agreement sheets: one agreement's links on a map with its commitments,
                                           deadlines and sources; without --agreement every agreement, a sheet
                                           each, after a contents page
              build-store --data D --seeds S --out F
                                           build a store from the catalogue (the build runs this)
              render-tile Z X Y FILE [--size 256|512] [--mbtiles F]
                                           write one basemap tile (y from the top) as PNG, from the MBTiles
                                           file F or else the offline basemap
              summary --from A --to B [--planned] [--lang vi|en] [--store F]
                                           the shortest road route over existing links and with the planned
                                           ones, with the agreements, commitments and sources behind it""";

    private Main() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && Arrays.asList("--self-check", "check", "export-geojson", "export", "sheets", "build-store", "render-tile", "summary", "help", "--help").contains(args[0]);
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
                case "export-geojson" -> new ExportCommand(out, err).runGeoJsonAlias(args);
                case "export" -> new ExportCommand(out, err).run(args);
                case "sheets" -> new SheetsCommand(out, err, java.time.Clock.systemDefaultZone()).run(args);
                case "build-store" -> new BuildStoreCommand(out, err).run(args);
                case "render-tile" -> new RenderTileCommand(out, err).run(args);
                case "summary" -> new SummaryCommand(out, err, java.time.Clock.systemDefaultZone()).run(args);
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
