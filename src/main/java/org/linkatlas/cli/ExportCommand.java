package org.linkatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.linkatlas.AppPaths;
import org.linkatlas.catalogue.GeoJsonExport;
import org.linkatlas.explore.LinkFilter;
import org.linkatlas.model.Catalogue;
import org.linkatlas.report.LinkExports;
import org.linkatlas.report.ShownLinks;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;

/**
 * {@code export FILE.geojson|FILE.csv|FILE.gpkg [--status S] [--kind K] [--province P] [--agreement ID]
 * [--lang vi|en] [--store F]}: the links the filter lets through, in the format the extension names (see
 * {@link LinkExports}); {@code export-geojson FILE} is the same with GeoJSON whatever the name. The folder must
 * exist: a mistyped path is reported, not created. Main thread.
 */
final class ExportCommand {
    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** {@code export …}. */
    int run(String[] argv) {
        return run(argv, "export", false);
    }

    /** {@code export-geojson FILE …}: GeoJSON under any file name, as it always wrote. */
    int runGeoJsonAlias(String[] argv) {
        return run(argv, "export-geojson", true);
    }

    private int run(String[] argv, String name, boolean alwaysGeoJson) {
        Set<String> known = new HashSet<>(FilterOptions.NAMES);
        known.add("store");
        known.add("lang");
        Args args = new Args(argv, 1, known);
        if (args.positional().size() != 1) {
            throw new Args.UsageException("give exactly one output FILE (.geojson, .csv or .gpkg)");
        }
        Path target = Path.of(args.positional().get(0));
        if (!alwaysGeoJson && LinkExports.Format.of(target).isEmpty()) {
            throw new Args.UsageException("'" + FilterOptions.elide(target.getFileName().toString())
                    + "': the file name must end in .geojson, .csv or .gpkg");
        }
        String lang = args.option("lang") == null ? "vi" : args.option("lang");
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new Args.UsageException("--lang is vi or en");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            err.println(name + ": the folder " + folder + " does not exist; nothing written");
            return 1;
        }
        Catalogue c;
        try (Database db = Database.openReadOnly(args.path("store", AppPaths.bundledStore()))) {
            c = new CatalogueStore(db).read();
        } catch (StorageException e) {
            err.println(name + ": " + e.getMessage());
            return 1;
        }
        LinkFilter filter = FilterOptions.parse(args, c);
        ShownLinks shown = new ShownLinks(c, filter);
        try {
            if (alwaysGeoJson) {
                GeoJsonExport.write(shown.asCatalogue(), target);
                out.println("wrote " + shown.links().size() + " links to " + target);
                return 0;
            }
            LinkExports.Written w = LinkExports.write(shown, lang, target);
            out.println("wrote " + w.links() + " links" + (w.places() > 0 ? " and " + w.places() + " places" : "")
                    + " to " + target);
            return 0;
        } catch (IOException | StorageException e) {
            err.println(name + ": cannot write " + target + ": " + e.getMessage() + "; nothing written");
            return 1;
        }
    }
}
