package org.linkatlas.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text on the print map: the typeface (DejaVu Sans, which has every Vietnamese letter with its stacked
 * diacritics, else Java's logical SansSerif), labels with a white halo, and the attribution box, wrapped and
 * never cut. Every string is NFC-normalised first, so a decomposed name draws as the same letters. Pure; any thread.
 */
final class MapText {
    /** Letters with stacked diacritics and đ: a font that shows these shows any Vietnamese name. */
    static final String VIETNAMESE_SAMPLE = "ẮẰẲẴẶấầẩẫậẾỀỂỄỆốồổỗộỚỜỞỠỢứừửữựỲỸỶỴĐđƠơƯư";
    static final Color INK = new Color(0x21, 0x21, 0x21);
    private static final Font BASE = chooseBase();

    private MapText() {
    }

    private static Font chooseBase() {
        Font f = new Font("DejaVu Sans", Font.PLAIN, 12);
        if (!"DejaVu Sans".equals(f.getFamily(Locale.ROOT)) || f.canDisplayUpTo(VIETNAMESE_SAMPLE) >= 0) {
            f = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
        return f;
    }

    static Font font(int style, double size) {
        return BASE.deriveFont(style, (float) size);
    }

    static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * {@code text} broken at spaces into lines no wider than {@code maxWidth}; a word wider than that on its
     * own is broken between letters, so nothing ever runs past the limit.
     */
    static List<String> wrap(String text, FontMetrics fm, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : nfc(text).trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // the word starts a new line; if it is too wide even alone, break it between letters
            int start = 0;
            while (true) {
                int end = start + Character.charCount(word.codePointAt(start));
                while (end < word.length()) {
                    int next = end + Character.charCount(word.codePointAt(end));
                    if (fm.stringWidth(word.substring(start, next)) > maxWidth) {
                        break;
                    }
                    end = next;
                }
                if (end == word.length()) {
                    line.append(word, start, end);
                    break;
                }
                lines.add(word.substring(start, end));
                start = end;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The attribution in the bottom-right corner of a {@code width × height} map, on a semi-opaque white box
     * at most {@code maxBoxWidth} wide (lines wrap to fit).
     */
    static void attribution(Graphics2D g, String text, double width, double height, double maxBoxWidth) {
        String t = nfc(text).strip();
        if (t.isEmpty()) {
            return;
        }
        Font font = font(Font.PLAIN, 10);
        g.setFont(font);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        FontMetrics fm = g.getFontMetrics();
        double pad = 4;
        List<String> lines = wrap(t, fm, maxBoxWidth - 2 * pad);
        double textWidth = 0;
        for (String line : lines) {
            textWidth = Math.max(textWidth, fm.getStringBounds(line, g).getWidth());
        }
        double lineHeight = fm.getHeight();
        double boxW = textWidth + 2 * pad;
        double boxH = lines.size() * lineHeight + 2 * pad - fm.getLeading();
        double x = width - boxW;
        double y = height - boxH;
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(new Rectangle2D.Double(x, y, boxW, boxH));
        g.setColor(new Color(0x42, 0x42, 0x42));
        double baseline = y + pad + fm.getAscent();
        for (String line : lines) {
            g.drawString(line, (float) (x + pad), (float) baseline);
            baseline += lineHeight;
        }
    }

    /** A label with a white halo, its baseline starting at (x, y); returns its width. */
    static double haloLabel(Graphics2D g, String text, Font font, double x, double y) {
        String t = nfc(text).strip();
        if (t.isEmpty()) {
            return 0;
        }
        TextLayout layout = new TextLayout(t, font, g.getFontRenderContext());
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, 230));
        g.draw(outline);
        g.setColor(INK);
        g.fill(outline);
        return layout.getAdvance();
    }

    /**
     * A label on a white plate, left edge at {@code x}, centred on {@code centreY}. The plate hides the
     * basemap's own label for the same place, which would otherwise show through as a second name.
     */
    static void plateLabel(Graphics2D g, String text, Font font, double x, double centreY) {
        String t = nfc(text).strip();
        if (t.isEmpty()) {
            return;
        }
        TextLayout layout = new TextLayout(t, font, g.getFontRenderContext());
        double padX = 4;
        double padY = 2;
        double h = layout.getAscent() + layout.getDescent() + 2 * padY;
        var plate = new java.awt.geom.RoundRectangle2D.Double(x, centreY - h / 2, layout.getAdvance() + 2 * padX, h, 5, 5);
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(plate);
        g.setColor(new Color(0x75, 0x75, 0x75));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(plate);
        g.setColor(INK);
        layout.draw(g, (float) (x + padX), (float) (centreY - h / 2 + padY + layout.getAscent()));
    }

    /** How wide {@link #plateLabel} draws {@code text}, plate included. */
    static double plateWidth(Graphics2D g, String text, Font font) {
        String t = nfc(text).strip();
        return t.isEmpty() ? 0 : new TextLayout(t, font, g.getFontRenderContext()).getAdvance() + 8;
    }

    /** How wide {@link #haloLabel} would draw {@code text}. */
    static double labelWidth(Graphics2D g, String text, Font font) {
        String t = nfc(text).strip();
        return t.isEmpty() ? 0 : new TextLayout(t, font, g.getFontRenderContext()).getAdvance();
    }
}
