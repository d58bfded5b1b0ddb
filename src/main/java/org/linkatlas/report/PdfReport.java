package org.linkatlas.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.linkatlas.files.AtomicFile;
import org.linkatlas.report.PdfText.Run;
import org.linkatlas.report.RouteReport.Total;

/**
 * A route or corridor summary as an A4 PDF in the report's language: title, map with its attribution,
 * totals, a table of segments, then per segment the agreements, commitments and sources behind it, with a
 * footer (page N of M, date printed) on every page. Fonts are embedded subsets of DejaVu Sans, so Vietnamese
 * renders anywhere. Pure apart from the file; any thread but the JavaFX one (it takes seconds for long
 * reports).
 */
public final class PdfReport {
    private static final float TITLE = 15;
    private static final float HEADING = 11.5f;
    private static final float BODY = 9;
    private static final float SMALL = 7.5f;
    /** The map may take this share of the page's height; a taller image is narrowed to keep its aspect. */
    private static final float MAP_MAX_SHARE = 0.6f;
    private static final Color NO_MAP_FILL = new Color(0xF0, 0xF0, 0xF0);

    public enum Orientation {
        PORTRAIT, LANDSCAPE
    }

    /**
     * @param orientation the A4 page's orientation
     * @param attribution the basemap's attribution, printed under the map; may be empty
     * @param printed     the date and time printed in the header and the footers, and the document's date
     */
    public record Options(Orientation orientation, String attribution, ZonedDateTime printed) {
        public Options {
            Objects.requireNonNull(orientation, "orientation");
            Objects.requireNonNull(printed, "printed");
            attribution = attribution == null ? "" : attribution;
        }
    }

    private PdfReport() {
    }

    /**
     * Writes the PDF whole or not at all (through a temporary file beside the target).
     *
     * @param map the route drawn for print, with scale bar and attribution; {@code null}: the PDF says there
     *            is no map
     * @throws CancellationException when the progress reports the user cancelled; the target is then left as
     *                               it was
     */
    public static void write(RouteReport report, BufferedImage map, Options options, Path target, Progress progress)
            throws IOException {
        AtomicFile.write(target, temp -> {
            try (PDDocument doc = build(report, map, options, progress)) {
                doc.save(temp.toFile());
            }
            progress.checkCancelled();
        });
        progress.update(1, new PdfLabels(report.lang()).get("step.done"));
    }

    /** The same PDF written to a stream (not closed); a cancelled export leaves the stream untouched. */
    public static void write(RouteReport report, BufferedImage map, Options options, OutputStream out, Progress progress)
            throws IOException {
        try (PDDocument doc = build(report, map, options, progress)) {
            doc.save(out);
        }
        progress.update(1, new PdfLabels(report.lang()).get("step.done"));
    }

    private static PDDocument build(RouteReport report, BufferedImage map, Options options, Progress progress)
            throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        PdfLabels labels = new PdfLabels(report.lang());
        PDDocument doc = new PDDocument();
        try {
            progress.checkCancelled();
            PDRectangle a4 = options.orientation() == Orientation.PORTRAIT ? PDRectangle.A4
                    : new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PdfText text = new PdfText(doc);
            String title = title(report, labels);
            try (PdfFlow flow = new PdfFlow(doc, a4, text, progress)) {
                progress.update(0.05, labels.get("step.map"));
                flow.paragraph(text.boldRun(title, TITLE), 0);
                flow.paragraph(new Run(labels.get("printed", labels.dateTime(options.printed()), labels.date(report.date())),
                        text.regular, BODY, PdfText.GREY), 0);
                flow.down(8);
                map(doc, flow, text, labels, map, options.attribution());
                progress.checkCancelled();
                progress.update(0.2, labels.get("step.totals"));
                totals(flow, text, labels, report);
                progress.checkCancelled();
                progress.update(0.3, labels.get("step.table"));
                flow.down(10);
                flow.ensure(PdfFlow.leading(HEADING) + 60);
                flow.paragraph(text.boldRun(segmentsHeading(report, labels), HEADING), 0);
                flow.down(3);
                if (report.segments().isEmpty()) {
                    flow.paragraph(text.run(labels.get("noSegments"), BODY), 0);
                } else {
                    new PdfSummaryTable(flow, text, labels).draw(report);
                    details(flow, text, labels, report, progress);
                }
                progress.checkCancelled();
                progress.update(0.9, labels.get("step.pages"));
                int pages = doc.getNumberOfPages();
                flow.footers(labels.get("footer.app"), labels.get("footer.printed", labels.dateTime(options.printed())),
                        n -> labels.get("footer.page", n, pages));
            }
            info(doc, report, options, title);
            progress.checkCancelled();
            progress.update(0.95, labels.get("step.save"));
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    private static String title(RouteReport report, PdfLabels labels) {
        String key = report.kind() == RouteReport.Kind.CORRIDOR ? "title.corridor" : "title.route";
        return labels.get(key, nz(report.from()), nz(report.to()));
    }

    private static void map(PDDocument doc, PdfFlow flow, PdfText text, PdfLabels labels, BufferedImage map,
                            String attribution) throws IOException {
        if (map == null || map.getWidth() == 0 || map.getHeight() == 0) {
            float h = 36;
            flow.fill(flow.left(), flow.y() - h, flow.width(), h, NO_MAP_FILL);
            flow.down(12);
            flow.paragraph(new Run(labels.get("noMap"), text.regular, BODY, PdfText.GREY), 10);
            flow.down(h - 12 - PdfFlow.leading(BODY));
            return;
        }
        PDImageXObject image = LosslessFactory.createFromImage(doc, map);
        float w = flow.width();
        float h = w * map.getHeight() / map.getWidth();
        float maxH = flow.pageHeight() * MAP_MAX_SHARE;
        if (h > maxH) {
            h = maxH;
            w = h * map.getWidth() / map.getHeight();
        }
        flow.image(image, flow.left() + (flow.width() - w) / 2, w, h);
        if (!attribution.isBlank()) {
            flow.down(2);
            flow.paragraph(new Run(attribution, text.regular, SMALL, PdfText.GREY), 0);
        }
    }

    private static void totals(PdfFlow flow, PdfText text, PdfLabels labels, RouteReport report) throws IOException {
        flow.down(8);
        if (report.kind() == RouteReport.Kind.CORRIDOR || report.withPlanned() == null) {
            total(flow, text, labels, labels.get("totals.corridor"), report.existing(), null);
        } else {
            String network = ReportText.networkName(labels.messages(), report);
            total(flow, text, labels, labels.get("totals.existing"), report.existing(), network);
            total(flow, text, labels, labels.get("totals.withPlanned"), report.withPlanned(), network);
            if (!report.plannedLinks().isEmpty()) {
                line(flow, text, labels.get("totals.plannedLinks"), String.join(", ", report.plannedLinks()));
            }
            if (report.existing().connected() && report.withPlanned().connected()) {
                boolean timed = !Double.isNaN(report.existing().minutes()) && !Double.isNaN(report.withPlanned().minutes());
                line(flow, text, labels.get("totals.saved"), timed
                        ? labels.get("totals.savedTime", labels.km(report.savedKm()), Math.round(report.savedMinutes()))
                        : labels.km(report.savedKm()));
            } else if (!report.existing().connected() && report.withPlanned().connected()) {
                flow.paragraph(text.boldRun(labels.get("totals.onlyPlanned"), BODY), 0);
            }
        }
        flow.paragraph(new Run(labels.get("totals.lengths"), text.regular, SMALL, PdfText.GREY), 0);
        if (!report.notes().isEmpty()) {
            flow.down(4);
            flow.ensure(2 * PdfFlow.leading(BODY));
            flow.paragraph(text.boldRun(labels.get("notes"), BODY), 0);
            for (String note : report.notes()) {
                flow.bullet(List.of(text.run(note, BODY)), 0);
            }
        }
    }

    /** One variant's total: length and segments, driving time, detour; "not connected on" its network. */
    private static void total(PdfFlow flow, PdfText text, PdfLabels labels, String label, Total t, String network)
            throws IOException {
        if (!t.connected()) {
            line(flow, text, label, network == null ? labels.get("totals.notConnected")
                    : labels.get("totals.notConnectedOn", network));
            return;
        }
        List<String> parts = new ArrayList<>();
        String length = labels.get("totals.length", labels.km(t.km()), t.segments());
        if (!Double.isNaN(t.minutes())) {
            length += ", " + labels.get("totals.time", Math.round(t.minutes()));
        }
        if (!Double.isNaN(t.detourRatio())) {
            length += ", " + labels.get("totals.detour", labels.ratio(t.detourRatio()), labels.km(t.straightKm()));
        }
        parts.add(length);
        if (t.approximate()) {
            parts.add(labels.get("totals.approximate"));
        }
        if (t.startGapKm() + t.endGapKm() > 0.05) {
            parts.add(labels.get("totals.offNetwork", labels.km(t.startGapKm()), labels.km(t.endGapKm())));
        }
        line(flow, text, label, String.join("; ", parts));
    }

    private static void line(PdfFlow flow, PdfText text, String label, String value) throws IOException {
        flow.paragraph(List.of(text.boldRun(label + ": ", BODY), text.run(value, BODY)), 0);
    }

    private static String segmentsHeading(RouteReport report, PdfLabels labels) {
        if (report.kind() == RouteReport.Kind.CORRIDOR || report.withPlanned() == null) {
            return labels.get("segments.corridor");
        }
        return labels.get(report.plannedListed() ? "segments.withPlanned" : "segments.existing");
    }

    private static void details(PdfFlow flow, PdfText text, PdfLabels labels, RouteReport report, Progress progress)
            throws IOException {
        flow.down(12);
        flow.ensure(PdfFlow.leading(HEADING) + 60);
        flow.paragraph(text.boldRun(labels.get("details"), HEADING), 0);
        PdfSegmentDetails details = new PdfSegmentDetails(flow, text, labels);
        int n = report.segments().size();
        for (int i = 0; i < n; i++) {
            progress.checkCancelled();
            progress.update(0.4 + 0.5 * i / n, labels.get("step.details", i + 1, n));
            details.draw(report.segments().get(i));
        }
    }

    private static void info(PDDocument doc, RouteReport report, Options options, String title) {
        describe(doc, title, options.printed(), report.lang());
    }

    /** What every Link Atlas PDF says of itself: its title (NFC), the creator, when it was printed, its language. */
    static void describe(PDDocument doc, String title, java.time.ZonedDateTime printed, String lang) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(Normalizer.normalize(title, Normalizer.Form.NFC));
        info.setCreator("Link Atlas");
        info.setCreationDate(GregorianCalendar.from(printed));
        doc.getDocumentCatalog().setLanguage(lang);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
