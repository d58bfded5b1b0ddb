package org.linkatlas.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.linkatlas.report.PdfText.Line;
import org.linkatlas.report.PdfText.Run;
import org.linkatlas.report.RouteReport.Segment;

/**
 * The table of segments: number, name, kind, status, provinces, length, accuracy, cost, and a total row.
 * Text wraps inside its cell; a row that does not fit moves whole to the next page, under the header again.
 * Flags: "≈" before an approximate length, "†" after a context road's name, each with a footnote. One thread.
 */
final class PdfSummaryTable {
    static final String APPROXIMATE = "≈";
    static final String CONTEXT = "†";
    private static final float SIZE = 7.5f;
    private static final float PAD = 2.5f;
    private static final float[] WEIGHTS = {0.045f, 0.255f, 0.09f, 0.10f, 0.185f, 0.085f, 0.13f, 0.11f};
    private static final int ACCURACY = 6;
    private static final boolean[] RIGHT = {true, false, false, false, false, true, false, true};
    private static final Color HEADER_FILL = new Color(0xE6, 0xE9, 0xEE);
    private static final Color RULE = new Color(0xC8, 0xC8, 0xC8);
    private static final Color CONTEXT_TEXT = new Color(0x66, 0x66, 0x66);

    private record Row(List<String> cells, PDFont font, Color color) {
    }

    private final PdfFlow flow;
    private final PdfText text;
    private final PdfLabels labels;

    PdfSummaryTable(PdfFlow flow, PdfText text, PdfLabels labels) {
        this.flow = flow;
        this.text = text;
        this.labels = labels;
    }

    void draw(RouteReport report) throws IOException {
        Row header = new Row(List.of(labels.get("col.number"), labels.get("col.name"), labels.get("col.kind"),
                labels.get("col.status"), labels.get("col.provinces"), labels.get("col.km"),
                labels.get("col.accuracy"), labels.get("col.cost")), text.bold, PdfText.BLACK);
        List<Row> rows = new ArrayList<>();
        boolean anyApproximate = false;
        boolean anyContext = false;
        for (Segment s : report.segments()) {
            anyApproximate |= s.approximate();
            anyContext |= s.context();
            rows.add(new Row(List.of(String.valueOf(s.number()), s.name() + (s.context() ? " " + CONTEXT : ""),
                    dash(s.kind()), dash(s.status()), s.provinces().isEmpty() ? "–" : String.join(", ", s.provinces()),
                    (s.approximate() ? APPROXIMATE + " " : "") + labels.number(s.km()), accuracy(s), cost(s.costBillionVnd())),
                    text.regular, s.context() ? CONTEXT_TEXT : PdfText.BLACK));
        }
        rows.add(totalRow(report));

        float headerHeight = height(header);
        flow.ensure(headerHeight + height(rows.get(0)));
        drawRow(header, true);
        for (Row row : rows) {
            float h = height(row);
            if (h > flow.room()) {
                flow.newPage();
                drawRow(header, true);
            }
            drawRow(row, false);
        }
        flow.down(4);
        if (anyApproximate) {
            flow.paragraph(new Run(labels.get("footnote.approximate"), text.regular, SIZE, PdfText.GREY), 0);
        }
        if (anyContext) {
            flow.paragraph(new Run(labels.get("footnote.context"), text.regular, SIZE, PdfText.GREY), 0);
        }
    }

    private Row totalRow(RouteReport report) {
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
        return new Row(List.of("", labels.get("total.row", report.segments().size()), "", "", "",
                (listed.approximate() ? APPROXIMATE + " " : "") + labels.number(km), "", costCell), text.bold, PdfText.BLACK);
    }

    /** "label ±x km" on one line when it fits the column, else the uncertainty under the label. */
    private String accuracy(Segment s) {
        String label = dash(s.accuracy());
        String km = Double.isNaN(s.accuracyKm()) ? labels.get("accuracy.unknown") : labels.get("accuracy.km", labels.km(s.accuracyKm()));
        String oneLine = label + " " + km;
        boolean fits = text.wrap(new Run(oneLine, text.regular, SIZE, PdfText.BLACK), columnWidth(ACCURACY) - 2 * PAD).size() == 1;
        return fits ? oneLine : label + "\n" + km;
    }

    private String cost(Double billionVnd) {
        return billionVnd == null ? "–" : labels.cost(billionVnd);
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }

    private float columnWidth(int i) {
        return flow.width() * WEIGHTS[i];
    }

    private List<List<Line>> lines(Row row) {
        List<List<Line>> out = new ArrayList<>();
        int maxLines = (int) ((flow.pageHeight() / 2 - 2 * PAD) / PdfFlow.leading(SIZE)); // a runaway cell cannot fill a page
        for (int i = 0; i < row.cells().size(); i++) {
            List<Line> cell = text.wrap(new Run(row.cells().get(i), row.font(), SIZE, row.color()), columnWidth(i) - 2 * PAD);
            out.add(cell.size() > maxLines ? cell.subList(0, maxLines) : cell);
        }
        return out;
    }

    private float height(Row row) {
        int n = lines(row).stream().mapToInt(List::size).max().orElse(1);
        return n * PdfFlow.leading(SIZE) + 2 * PAD;
    }

    private void drawRow(Row row, boolean header) throws IOException {
        List<List<Line>> cells = lines(row);
        float h = height(row);
        float top = flow.y();
        float x = flow.left();
        if (header) {
            flow.fill(x, top - h, flow.width(), h, HEADER_FILL);
        } else if (row.font() == text.bold) {
            flow.rule(x, x + flow.width(), top, Color.DARK_GRAY, 0.8f);
        }
        for (int i = 0; i < cells.size(); i++) {
            float w = columnWidth(i);
            float baseline = top - PAD - SIZE;
            for (Line line : cells.get(i)) {
                float lx = RIGHT[i] ? x + w - PAD - line.width() : x + PAD;
                flow.draw(line, lx, baseline);
                baseline -= PdfFlow.leading(SIZE);
            }
            x += w;
        }
        flow.rule(flow.left(), flow.left() + flow.width(), top - h, RULE, 0.4f);
        flow.down(h);
    }
}
