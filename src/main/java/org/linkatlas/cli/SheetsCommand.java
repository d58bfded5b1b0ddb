package org.linkatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkatlas.AppPaths;
import org.linkatlas.map.LinkShapes;
import org.linkatlas.map.tiles.OfflineTileSource;
import org.linkatlas.map.tiles.TileSource;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.report.AgreementSheets;
import org.linkatlas.report.PdfExport;
import org.linkatlas.report.Progress;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;

/**
 * {@code sheets --pdf FILE [--agreement ID] [--lang vi|en] [--store F]}: agreement sheets as PDF (see
 * {@link AgreementSheets}), the maps from the offline basemap (a command never goes online). An unknown id is
 * bad usage with the known ids listed; a missing folder is reported, not created. Main thread.
 */
final class SheetsCommand {
    private final CliText text;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    SheetsCommand(CliText text, PrintStream out, PrintStream err, Clock clock) {
        this.text = text;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("pdf", "agreement", "store"));
        if (!args.positional().isEmpty()) {
            throw new Args.UsageException("usage.unexpected", 1, FilterOptions.elide(args.positional().get(0)));
        }
        if (args.option("pdf") == null) {
            throw new Args.UsageException("sheets.give");
        }
        Path target = args.path("pdf", null);
        String lang = text.lang();
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            err.println("sheets: " + text.get("folderMissing", folder.toString()));
            return 1;
        }
        Catalogue c;
        try (Database db = Database.openReadOnly(args.path("store", AppPaths.bundledStore()))) {
            c = new CatalogueStore(db).read();
        } catch (StorageException e) {
            err.println("sheets: " + e.getMessage());
            return 1;
        }
        String id = args.option("agreement");
        if (id != null && c.agreements().stream().noneMatch(a -> a.id().equals(id))) {
            throw new Args.UsageException("filter.agreement", FilterOptions.elide(id),
                    c.agreements().stream().map(Agreement::id).collect(Collectors.joining(", ")));
        }
        TileSource offline = new OfflineTileSource(AppPaths.basemapDir());
        PdfExport.MapInputs map = new PdfExport.MapInputs(List.of(offline), new LinkShapes(c.links()), null,
                org.linkatlas.report.MapAttribution.of(offline.attribution(),
                        text.messages()));
        try {
            int n = AgreementSheets.write(new AgreementSheets.Request(c, id == null ? List.of() : List.of(id), lang, map,
                    ZonedDateTime.now(clock), LocalDate.now(clock)), target, Progress.NONE);
            out.println(text.get("sheets.wrote", n, target.toString()));
            return 0;
        } catch (IOException e) {
            err.println("sheets: " + text.get("notWritten", text.get("cannotWrite", target.toString(), e.getMessage())));
            return 1;
        }
    }
}
