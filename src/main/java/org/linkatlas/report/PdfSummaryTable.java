package org.linkatlas.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.linkatlas.report.PdfText.Run;
import org.linkatlas.report.RouteReport.Segment;

/**
 * The table of segments: number, name, kind, status, provinces, length, accuracy, cost, and a total row, drawn
 * by {@link PdfTable} (cells wrap at word boundaries; each column at least as wide as its longest word).
 * Flags: "≈" before an approximate length, "†" after a context road's name, each with a footnote. One thread.
 */
final class PdfSummaryTable {
    static final String APPROXIMATE = "≈";
    static final String CONTEXT = "†";
    private static final float SIZE = PdfTable.SIZE;
    private static final float[] WEIGHTS = {0.045f, 0.255f, 0.09f, 0.10f, 0.185f, 0.085f, 0.13f, 0.11f};
    private static final boolean[] RIGHT = {true, false, false, false, false, true, false, true};
    private static final Color CONTEXT_TEXT = new Color(0x66, 0x66, 0x66);

    private final PdfFlow flow;
    private final PdfText text;
    private final PdfLabels labels;

    PdfSummaryTable(PdfFlow flow, PdfText text, PdfLabels labels) {
        this.flow = flow;
        this.text = text;
        this.labels = labels;
    }

    void draw(RouteReport report) throws IOException {
        PdfTable.Row header = new PdfTable.Row(List.of(labels.get("col.number"), labels.get("col.name"), labels.get("col.kind"),
                labels.get("col.status"), labels.get("col.provinces"), labels.get("col.km"),
                labels.get("col.accuracy"), labels.get("col.cost")), text.bold, PdfText.BLACK);
        List<PdfTable.Row> rows = new ArrayList<>();
        boolean anyApproximate = false;
        boolean anyContext = false;
        for (Segment s : report.segments()) {
            anyApproximate |= s.approximate();
            anyContext |= s.context();
            rows.add(new PdfTable.Row(List.of(String.valueOf(s.number()), s.name() + (s.context() ? " " + CONTEXT : ""),
                    dash(s.kind()), dash(s.status()), s.provinces().isEmpty() ? "–" : String.join("; ", s.provinces()),
                    (s.approximate() ? APPROXIMATE + " " : "") + labels.number(s.km()), accuracy(s), cost(s.costBillionVnd())),
                    text.regular, s.context() ? CONTEXT_TEXT : PdfText.BLACK));
        }
        PdfTable.Row total = totalRow(report);
        List<PdfTable.Row> all = new ArrayList<>(rows);
        all.add(0, header);
        all.add(total);
        PdfTable table = new PdfTable(flow, text, WEIGHTS, RIGHT, all);
        table.draw(header, rows);
        if (table.height(total) > flow.room()) {
            flow.newPage();
            table.drawRow(header, true, false);
        }
        table.drawRow(total, false, true);
        flow.down(4);
        if (anyApproximate) {
            flow.paragraph(new Run(labels.get("footnote.approximate"), text.regular, SIZE, PdfText.GREY), 0);
        }
        if (anyContext) {
            flow.paragraph(new Run(labels.get("footnote.context"), text.regular, SIZE, PdfText.GREY), 0);
        }
    }

    private PdfTable.Row totalRow(RouteReport report) {
        RouteReport.Total listed = report.listed();
        double km = report.segments().stream().mapToDouble(Segment::km).sum();
        double cost = 0;
        boolean someCost = false;
        boolean someUnknown = false;
        for (Segment s : report.segments()) {
            if (s.costBillionVnd() == null) {
                someUnknown |= !s.context();
            } else {
                cost += s.costBillionVnd();
                someCost = true;
            }
        }
        String costCell = !someCost ? "" : (someUnknown ? "≥ " : "") + labels.cost(cost);
        return new PdfTable.Row(List.of("", labels.get("total.row", report.segments().size()), "", "", "",
                (listed.approximate() ? APPROXIMATE + " " : "") + labels.number(km), "", costCell), text.bold, PdfText.BLACK);
    }

    /** "label ±x km": wrapped between the words when the column is narrow. */
    private String accuracy(Segment s) {
        String km = Double.isNaN(s.accuracyKm()) ? labels.get("accuracy.unknown") : labels.get("accuracy.km", labels.km(s.accuracyKm()));
        return dash(s.accuracy()) + " " + km;
    }

    private String cost(Double billionVnd) {
        return billionVnd == null ? "–" : labels.cost(billionVnd);
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
