package org.linkatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.linkatlas.AppPaths;
import org.linkatlas.map.LinkShapes;
import org.linkatlas.map.tiles.OfflineTileSource;
import org.linkatlas.map.tiles.TileSource;
import org.linkatlas.model.Catalogue;
import org.linkatlas.report.PdfExport;
import org.linkatlas.report.Progress;
import org.linkatlas.report.RouteReport;

/**
 * The PDF of {@code summary --pdf}: the map from the offline basemap (a command never goes online) with every
 * link drawn, then the pages. Main thread.
 */
final class SummaryPdf {
    private SummaryPdf() {
    }

    static void write(RouteReport report, Catalogue c, Path target, boolean landscape) throws IOException {
        TileSource offline = new OfflineTileSource(AppPaths.basemapDir());
        PdfExport.MapInputs map = new PdfExport.MapInputs(List.of(offline), new LinkShapes(c.links()), l -> true,
                org.linkatlas.report.MapAttribution.of(offline.attribution(),
                        new org.linkatlas.i18n.Messages(java.util.Locale.forLanguageTag(report.lang()))));
        PdfExport.write(new PdfExport.Request(report, map, landscape, ZonedDateTime.now()), target, Progress.NONE);
    }
}
