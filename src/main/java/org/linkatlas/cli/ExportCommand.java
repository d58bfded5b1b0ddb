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
    private final CliText text;
    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(CliText text, PrintStream out, PrintStream err) {
        this.text = text;
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
        Args args = new Args(argv, 1, known);
        if (args.positional().size() != 1) {
            throw new Args.UsageException("export.give");
        }
        Path target = Path.of(args.positional().get(0));
        if (!alwaysGeoJson && LinkExports.Format.of(target).isEmpty()) {
            throw new Args.UsageException("export.extension", FilterOptions.elide(target.getFileName().toString()));
        }
        String lang = text.lang();
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            err.println(name + ": " + text.get("folderMissing", folder.toString()));
            return 1;
        }
        Catalogue c;
        try (Database db = Database.openReadOnly(args.path("store", AppPaths.bundledStore()))) {
            c = new CatalogueStore(db).read();
        } catch (StorageException e) {
            err.println(name + ": " + e.getMessage());
            return 1;
        }
        LinkFilter filter = FilterOptions.parse(args, c, text);
        ShownLinks shown = new ShownLinks(c, filter);
        try {
            if (alwaysGeoJson) {
                GeoJsonExport.write(shown.asCatalogue(), target);
                out.println(text.get("export.wrote", shown.links().size(), target.toString()));
                return 0;
            }
            LinkExports.Written w = LinkExports.write(shown, lang, target);
            out.println(w.places() > 0 ? text.get("export.wroteWithPlaces", w.links(), w.places(), target.toString())
                    : text.get("export.wrote", w.links(), target.toString()));
            return 0;
        } catch (IOException | StorageException e) {
            err.println(name + ": " + text.get("notWritten", text.get("cannotWrite", target.toString(), e.getMessage())));
            return 1;
        }
    }
}
