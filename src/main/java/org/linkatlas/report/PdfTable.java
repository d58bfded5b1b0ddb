package org.linkatlas.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.linkatlas.report.PdfText.Line;
import org.linkatlas.report.PdfText.Run;

/**
 * A table in a {@link PdfFlow}: a shaded header, rows whose cells wrap at word boundaries, a rule under each
 * row; a row that does not fit moves whole to the next page, under the header again. Column widths start from
 * weights and are then widened so that the longest word of every column fits on one line ("Under construction"
 * never becomes "Under constructio/n"); the room comes from the columns that have it to spare. One thread.
 */
final class PdfTable {
    static final float SIZE = 7.5f;
    static final float PAD = 2.5f;
    private static final Color HEADER_FILL = new Color(0xE6, 0xE9, 0xEE);
    private static final Color RULE = new Color(0xC8, 0xC8, 0xC8);

    /** One row: its cells, font and colour. */
    record Row(List<String> cells, PDFont font, Color color) {
    }

    private final PdfFlow flow;
    private final PdfText text;
    private final boolean[] right;
    private float[] widths;

    /**
     * @param weights the columns' shares of the width before fitting
     * @param right   which columns are right-aligned (numbers)
     * @param rows    every row the table will draw, header first, so the widths fit them all
     */
    PdfTable(PdfFlow flow, PdfText text, float[] weights, boolean[] right, List<Row> rows) {
        this.flow = flow;
        this.text = text;
        this.right = right.clone();
        float[] longest = new float[weights.length];
        for (Row row : rows) {
            for (int i = 0; i < row.cells().size(); i++) {
                longest[i] = Math.max(longest[i], longestWord(row.cells().get(i), row.font()) + 2 * PAD + 0.5f);
            }
        }
        this.widths = fit(weights, longest, flow.width());
    }

    /**
     * Widths that add up to {@code total}: each column at least its {@code minimum} (while all minima fit),
     * the rest shared by weight among the columns above their minimum.
     */
    static float[] fit(float[] weights, float[] minimum, float total) {
        int n = weights.length;
        float weightSum = 0;
        for (float w : weights) {
            weightSum += w;
        }
        float minSum = 0;
        for (float m : minimum) {
            minSum += m;
        }
        float[] out = new float[n];
        if (minSum >= total) { // even the longest words do not all fit: shrink them alike
            for (int i = 0; i < n; i++) {
                out[i] = minimum[i] * total / minSum;
            }
            return out;
        }
        boolean[] pinned = new boolean[n];
        boolean changed = true;
        while (changed) { // pin the columns whose share is below their minimum, share the rest again
            changed = false;
            float free = total;
            float freeWeight = 0;
            for (int i = 0; i < n; i++) {
                if (pinned[i]) {
                    free -= minimum[i];
                } else {
                    freeWeight += weights[i];
                }
            }
            for (int i = 0; i < n; i++) {
                if (!pinned[i]) {
                    out[i] = freeWeight > 0 ? free * weights[i] / freeWeight : free / n;
                    if (out[i] < minimum[i]) {
                        pinned[i] = true;
                        changed = true;
                    }
                } else {
                    out[i] = minimum[i];
                }
            }
        }
        return out;
    }

    private float longestWord(String cell, PDFont font) {
        float max = 0;
        for (String word : text.safe(cell, font).split("[ \\n]+")) {
            max = Math.max(max, PdfText.width(word, font, SIZE));
        }
        return max;
    }

    float[] widths() {
        return widths.clone();
    }

    float width(int column) {
        return widths[column];
    }

    /** Draws the header, then the rows, repeating the header on each new page. */
    void draw(Row header, List<Row> rows) throws IOException {
        flow.ensure(height(header) + (rows.isEmpty() ? 0 : height(rows.get(0))));
        drawRow(header, true);
        for (Row row : rows) {
            if (height(row) > flow.room()) {
                flow.newPage();
                drawRow(header, true);
            }
            drawRow(row, false);
        }
    }

    private List<List<Line>> lines(Row row) {
        List<List<Line>> out = new ArrayList<>();
        int maxLines = (int) ((flow.pageHeight() / 2 - 2 * PAD) / PdfFlow.leading(SIZE)); // a runaway cell cannot fill a page
        for (int i = 0; i < row.cells().size(); i++) {
            List<Line> cell = text.wrap(new Run(row.cells().get(i), row.font(), SIZE, row.color()), widths[i] - 2 * PAD);
            out.add(cell.size() > maxLines ? cell.subList(0, maxLines) : cell);
        }
        return out;
    }

    float height(Row row) {
        int n = lines(row).stream().mapToInt(List::size).max().orElse(1);
        return n * PdfFlow.leading(SIZE) + 2 * PAD;
    }

    /** @param emphasised a total row: a darker rule above it */
    void drawRow(Row row, boolean header, boolean emphasised) throws IOException {
        List<List<Line>> cells = lines(row);
        float h = height(row);
        float top = flow.y();
        float x = flow.left();
        if (header) {
            flow.fill(x, top - h, flow.width(), h, HEADER_FILL);
        } else if (emphasised) {
            flow.rule(x, x + flow.width(), top, Color.DARK_GRAY, 0.8f);
        }
        for (int i = 0; i < cells.size(); i++) {
            float w = widths[i];
            float baseline = top - PAD - SIZE;
            for (Line line : cells.get(i)) {
                float lx = right[i] ? x + w - PAD - line.width() : x + PAD;
                flow.draw(line, lx, baseline);
                baseline -= PdfFlow.leading(SIZE);
            }
            x += w;
        }
        flow.rule(flow.left(), flow.left() + flow.width(), top - h, RULE, 0.4f);
        flow.down(h);
    }

    private void drawRow(Row row, boolean header) throws IOException {
        drawRow(row, header, false);
    }
}
