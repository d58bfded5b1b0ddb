package org.linkatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.linkatlas.model.Catalogue;
import org.linkatlas.report.RouteReport;

/** Placeholder until the PDF writer lands: refuses, so nothing half-made is written. */
final class SummaryPdf {
    private SummaryPdf() {
    }

    static void write(RouteReport report, Catalogue c, Path target, boolean landscape) throws IOException {
        throw new IOException(target + ": PDF export is not built yet");
    }
}
