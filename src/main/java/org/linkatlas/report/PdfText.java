package org.linkatlas.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two embedded fonts of one PDF and what text needs before it is drawn with them: NFC (NFD input would
 * stack combining accents beside their letters), '?' for characters the font lacks (PDFBox would throw),
 * widths, and wrapping of styled runs into lines. Belongs to one document; one thread.
 */
final class PdfText {
    static final Color BLACK = Color.BLACK;
    static final Color GREY = new Color(0x55, 0x55, 0x55);
    static final Color RED = new Color(0xC0, 0x10, 0x10);

    /** A piece of text in one font, size and colour. */
    record Run(String text, PDFont font, float size, Color color) {
    }

    /** One drawn line: pieces placed from its left edge, and its total width. */
    record Line(List<Piece> pieces, float width) {
    }

    record Piece(String text, PDFont font, float size, Color color, float x) {
    }

    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();

    PdfText(PDDocument doc) throws IOException {
        regular = load(doc, "DejaVuSans.ttf");
        bold = load(doc, "DejaVuSans-Bold.ttf");
    }

    private static PDFont load(PDDocument doc, String file) throws IOException {
        try (InputStream in = PdfText.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IOException("font missing from the class path: " + file);
            }
            // no glyph substitution: PDFBox would set "ff" in "003_c23ff6cc….txt" as one ligature glyph, which
            // copies out of the PDF as "ﬀ", so a seed's name or a quote could no longer be searched for
            org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            doc.registerTrueTypeFontForClosing(font);
            return PDType0Font.load(doc, font, true);
        }
    }

    Run run(String text, float size) {
        return new Run(text, regular, size, BLACK);
    }

    Run boldRun(String text, float size) {
        return new Run(text, bold, size, BLACK);
    }

    /**
     * The text as it can be drawn with the font: NFC, control characters (but line breaks) as spaces, and '?'
     * for each character the font has no glyph for.
     */
    String safe(String text, PDFont font) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (hasGlyph(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(PDFont font, int codePoint) {
        return glyphs.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException e) { // PDFBox: "No glyph for U+… in font …"
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Width in points of text already made {@link #safe}. */
    static float width(String safeText, PDFont font, float size) {
        try {
            return font.getStringWidth(safeText) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One run wrapped to the width. */
    List<Line> wrap(Run run, float maxWidth) {
        return wrap(List.of(run), maxWidth);
    }

    /**
     * Runs wrapped into lines no wider than {@code maxWidth}: breaks at spaces and at '\n'; a word wider than a
     * line is cut between characters. Spaces at a break are dropped. Always at least one line.
     */
    List<Line> wrap(List<Run> runs, float maxWidth) {
        LineBuilder lines = new LineBuilder(maxWidth);
        for (Run run : runs) {
            String s = safe(run.text(), run.font());
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n') {
                    lines.breakLine();
                    i++;
                } else if (c == ' ') {
                    lines.space(run);
                    i++;
                } else {
                    int end = i;
                    while (end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != '\n') {
                        end++;
                    }
                    lines.word(s.substring(i, end), run);
                    i = end;
                }
            }
        }
        return lines.finish();
    }

    /** Collects pieces into lines, merging neighbours of the same style so each line is few text operators. */
    private static final class LineBuilder {
        private final float maxWidth;
        private final List<Line> lines = new ArrayList<>();
        private List<Piece> pieces = new ArrayList<>();
        private float x;
        private Run pendingSpace;

        LineBuilder(float maxWidth) {
            this.maxWidth = maxWidth;
        }

        void space(Run run) {
            if (!pieces.isEmpty()) {
                pendingSpace = run;
            }
        }

        void word(String word, Run run) {
            float w = width(word, run.font(), run.size());
            float space = pendingSpace == null ? 0 : width(" ", pendingSpace.font(), pendingSpace.size());
            if (!pieces.isEmpty() && x + space + w > maxWidth) {
                breakLine();
                space = 0;
            }
            if (pieces.isEmpty() && w > maxWidth) {
                cut(word, run);
                return;
            }
            if (pendingSpace != null && space > 0) {
                add(" ", pendingSpace, space);
            }
            add(word, run, w);
        }

        /** A word longer than a line: as many characters per line as fit (at least one). */
        private void cut(String word, Run run) {
            int start = 0;
            while (start < word.length()) {
                int end = start + Character.charCount(word.codePointAt(start));
                while (end < word.length()) {
                    int next = end + Character.charCount(word.codePointAt(end));
                    if (width(word.substring(start, next), run.font(), run.size()) > maxWidth) {
                        break;
                    }
                    end = next;
                }
                String part = word.substring(start, end);
                add(part, run, width(part, run.font(), run.size()));
                start = end;
                if (start < word.length()) {
                    breakLine();
                }
            }
        }

        private void add(String text, Run run, float w) {
            pendingSpace = null;
            if (!pieces.isEmpty()) {
                Piece last = pieces.get(pieces.size() - 1);
                if (last.font() == run.font() && last.size() == run.size() && last.color().equals(run.color())) {
                    pieces.set(pieces.size() - 1, new Piece(last.text() + text, last.font(), last.size(), last.color(), last.x()));
                    x += w;
                    return;
                }
            }
            pieces.add(new Piece(text, run.font(), run.size(), run.color(), x));
            x += w;
        }

        void breakLine() {
            lines.add(new Line(pieces, x));
            pieces = new ArrayList<>();
            x = 0;
            pendingSpace = null;
        }

        List<Line> finish() {
            if (!pieces.isEmpty() || lines.isEmpty()) {
                breakLine();
            }
            return lines;
        }
    }
}
