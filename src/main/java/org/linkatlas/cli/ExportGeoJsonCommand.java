package org.linkatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.linkatlas.AppPaths;
import org.linkatlas.catalogue.GeoJsonExport;
import org.linkatlas.model.Catalogue;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;

/** {@code export-geojson FILE}: every link with its properties as GeoJSON (see {@link GeoJsonExport}). */
final class ExportGeoJsonCommand {
    private final PrintStream out;
    private final PrintStream err;

    ExportGeoJsonCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("store"));
        if (args.positional().size() != 1) {
            throw new Args.UsageException("give exactly one output FILE");
        }
        Path target = Path.of(args.positional().get(0));
        var missing = Args.missingOutputFolder(target);
        if (missing.isPresent()) {
            err.println("export-geojson: " + missing.get() + "; nothing written");
            return 1;
        }
        Path storePath = args.path("store", AppPaths.bundledStore());
        Catalogue c;
        try (Database db = Database.openReadOnly(storePath)) {
            c = new CatalogueStore(db).read();
        } catch (StorageException e) {
            err.println("export-geojson: " + e.getMessage());
            return 1;
        }
        try {
            GeoJsonExport.write(c, target);
        } catch (IOException e) {
            err.println("export-geojson: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        out.println("wrote " + c.links().size() + " links to " + target);
        return 0;
    }
}
