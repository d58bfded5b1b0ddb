package org.linkatlas.report;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.linkatlas.report.PdfText.Line;
import org.linkatlas.report.PdfText.Piece;
import org.linkatlas.report.PdfText.Run;

/**
 * A cursor that fills pages from the top: it opens a new page when what comes next does not fit above the
 * footer, checking for cancellation at each one, and draws the footers once the page count is known.
 * Belongs to one document; one thread.
 */
final class PdfFlow implements Closeable {
    static final float MARGIN = 40;
    /** Room kept above the bottom margin for the footer. */
    static final float FOOTER = 22;
    static final float FOOTER_SIZE = 7.5f;
    private static final String BULLET = "•";

    private final PDDocument doc;
    private final PDRectangle size;
    private final PdfText text;
    private final Progress progress;
    private PDPageContentStream content;
    private float y;

    PdfFlow(PDDocument doc, PDRectangle size, PdfText text, Progress progress) throws IOException {
        this.doc = doc;
        this.size = size;
        this.text = text;
        this.progress = progress;
        newPage();
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    float top() {
        return size.getHeight() - MARGIN;
    }

    float bottom() {
        return MARGIN + FOOTER;
    }

    float pageHeight() {
        return top() - bottom();
    }

    float y() {
        return y;
    }

    float room() {
        return y - bottom();
    }

    PDPageContentStream content() {
        return content;
    }

    void down(float dy) {
        y -= dy;
    }

    /** A new page unless {@code height} fits on this one; a fresh page is kept even when it is too short. */
    void ensure(float height) throws IOException {
        if (height > room() && y < top()) {
            newPage();
        }
    }

    void newPage() throws IOException {
        progress.checkCancelled();
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = top();
    }

    /**
     * Draws on an earlier page from its top (a contents page reserved before the pages it lists); the next
     * {@link #newPage} appends at the end as usual. The caller keeps what it draws within the page.
     */
    void reopen(int pageIndex) throws IOException {
        if (content != null) {
            content.close();
        }
        content = new PDPageContentStream(doc, doc.getPage(pageIndex), PDPageContentStream.AppendMode.APPEND, true, true);
        y = top();
    }

    static float leading(float fontSize) {
        return fontSize * 1.3f;
    }

    /** Text that flows line by line over as many pages as it needs. */
    void paragraph(List<Run> runs, float indent) throws IOException {
        float fontSize = fontSize(runs);
        for (Line line : text.wrap(runs, width() - indent)) {
            ensure(leading(fontSize));
            draw(line, left() + indent, y - fontSize);
            y -= leading(fontSize);
        }
    }

    void paragraph(Run run, float indent) throws IOException {
        paragraph(List.of(run), indent);
    }

    /** A list item: "•" at the indent, the text wrapped beside it with its lines aligned (hanging indent). */
    void bullet(List<Run> runs, float indent) throws IOException {
        float fontSize = fontSize(runs);
        Line mark = text.wrap(new Run(BULLET, text.regular, fontSize, PdfText.BLACK), width()).get(0);
        float hang = bulletWidth(fontSize);
        boolean first = true;
        for (Line line : text.wrap(runs, width() - indent - hang)) {
            ensure(leading(fontSize));
            if (first) {
                draw(mark, left() + indent, y - fontSize);
                first = false;
            }
            draw(line, left() + indent + hang, y - fontSize);
            y -= leading(fontSize);
        }
    }

    /** Height of {@link #paragraph} for the same runs, to keep things together. */
    float height(List<Run> runs, float indent) {
        return text.wrap(runs, width() - indent).size() * leading(fontSize(runs));
    }

    /** Height of {@link #bullet} for the same runs. */
    float bulletHeight(List<Run> runs, float indent) {
        float fontSize = fontSize(runs);
        return text.wrap(runs, width() - indent - bulletWidth(fontSize)).size() * leading(fontSize);
    }

    private float bulletWidth(float fontSize) {
        return PdfText.width(BULLET, text.regular, fontSize) + fontSize * 0.25f;
    }

    private static float fontSize(List<Run> runs) {
        return (float) runs.stream().mapToDouble(Run::size).max().orElse(9);
    }

    void draw(Line line, float x, float baseline) throws IOException {
        for (Piece p : line.pieces()) {
            content.beginText();
            content.setFont(p.font(), p.size());
            content.setNonStrokingColor(p.color());
            content.newLineAtOffset(x + p.x(), baseline);
            content.showText(p.text());
            content.endText();
        }
    }

    void image(PDImageXObject image, float x, float w, float h) throws IOException {
        content.drawImage(image, x, y - h, w, h);
        stroke(x, y - h, w, h, new Color(0xAA, 0xAA, 0xAA), 0.5f);
        y -= h;
    }

    void fill(float x, float yBottom, float w, float h, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, yBottom, w, h);
        content.fill();
    }

    void stroke(float x, float yBottom, float w, float h, Color color, float lineWidth) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(lineWidth);
        content.addRect(x, yBottom, w, h);
        content.stroke();
    }

    void rule(float x1, float x2, float atY, Color color, float lineWidth) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(lineWidth);
        content.moveTo(x1, atY);
        content.lineTo(x2, atY);
        content.stroke();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /**
     * Footers on every page, drawn last because they need the page count: {@code left}, {@code centre} and
     * {@code right.apply(pageNumber)} under a thin rule.
     */
    void footers(String left, String centre, IntFunction<String> right) throws IOException {
        close();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            try (PDPageContentStream footer = new PDPageContentStream(doc, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = footer;
                float ruleY = MARGIN + FOOTER - 8;
                rule(left(), left() + width(), ruleY, new Color(0xBB, 0xBB, 0xBB), 0.5f);
                float baseline = MARGIN + 2;
                footerText(left, left(), baseline, 0);
                footerText(centre, left() + width() / 2, baseline, 0.5f);
                footerText(right.apply(n), left() + width(), baseline, 1);
            } finally {
                content = null;
            }
        }
    }

    /** @param align 0 left of x, 0.5 centred on x, 1 right of x */
    private void footerText(String s, float x, float baseline, float align) throws IOException {
        Line line = text.wrap(new Run(s, text.regular, FOOTER_SIZE, PdfText.GREY), width() / 3).get(0);
        draw(line, x - align * line.width(), baseline);
    }
}
