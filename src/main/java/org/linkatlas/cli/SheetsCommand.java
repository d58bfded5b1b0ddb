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
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    SheetsCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("pdf", "agreement", "lang", "store"));
        if (!args.positional().isEmpty()) {
            throw new Args.UsageException("unexpected argument '" + FilterOptions.elide(args.positional().get(0)) + "'");
        }
        if (args.option("pdf") == null) {
            throw new Args.UsageException("needs --pdf FILE");
        }
        Path target = args.path("pdf", null);
        String lang = args.option("lang") == null ? "vi" : args.option("lang");
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new Args.UsageException("--lang is vi or en");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            err.println("sheets: the folder " + folder + " does not exist; nothing written");
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
            throw new Args.UsageException("--agreement: no agreement has the id '" + FilterOptions.elide(id) + "'; known: "
                    + c.agreements().stream().map(Agreement::id).collect(Collectors.joining(", ")));
        }
        TileSource offline = new OfflineTileSource(AppPaths.basemapDir());
        PdfExport.MapInputs map = new PdfExport.MapInputs(List.of(offline), new LinkShapes(c.links()), null,
                org.linkatlas.report.MapAttribution.of(offline.attribution(),
                        new org.linkatlas.i18n.Messages(java.util.Locale.forLanguageTag(lang))));
        try {
            int n = AgreementSheets.write(new AgreementSheets.Request(c, id == null ? List.of() : List.of(id), lang, map,
                    ZonedDateTime.now(clock), LocalDate.now(clock)), target, Progress.NONE);
            out.println("wrote " + n + (n == 1 ? " agreement sheet" : " agreement sheets") + " to " + target);
            return 0;
        } catch (IOException e) {
            err.println("sheets: cannot write " + target + ": " + e.getMessage() + "; nothing written");
            return 1;
        }
    }
}
