package org.linkatlas.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the labels of one zoom go, decided once for the whole map rather than per tile.
 *
 * <p>Placement works in global pixel coordinates of the zoom: candidates are taken in a fixed order of
 * importance (capital, province capitals, province names, district seats, other places; then population), each
 * tries a few positions around its dot, and the first position whose box (text, halo and a gap) overlaps no
 * label or dot already placed wins; a place whose label fits nowhere gets no dot either. Every tile of the
 * zoom then draws every placed label whose box touches it, translated to the tile: a label that straddles a
 * tile edge is drawn by both tiles at the same global position, so its halves meet exactly and it is never cut
 * off, and two tiles can never disagree about which label won. With about 140 candidates, placing a zoom takes
 * a few milliseconds, once.
 *
 * <p>Text is drawn as glyph outlines (halo stroke, then fill), which renders the same at any offset and scales
 * exactly for 512-pixel tiles. Immutable once built; any thread.
 */
final class LabelLayout {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Color HALO = new Color(255, 255, 255, 215);
    private static final float HALO_WIDTH = 3f;
    private static final double GAP = 2;
    /** From this zoom on, places lose their dot and the label sits on the point. */
    private static final int NO_DOT_ZOOM = 13;
    /** A province name this close (pixels) to a placed town of the same name would repeat it. */
    private static final double SAME_NAME_DISTANCE = 50;
    private final List<Placed> placed;

    private LabelLayout(List<Placed> placed) {
        this.placed = List.copyOf(placed);
    }

    List<Placed> placed() {
        return placed;
    }

    static LabelLayout place(List<LabelCandidate> candidates, int zoom, LabelFonts fonts) {
        double s = WebMercator.scale(zoom);
        List<Rectangle2D> taken = new ArrayList<>();
        // The dots of the capitals are obstacles from the start: Haiphong's label must not cover Hạ Long's dot.
        Map<LabelCandidate, Rectangle2D> reserved = new IdentityHashMap<>();
        for (LabelCandidate c : candidates) {
            if (c.kind().compareTo(LabelCandidate.Kind.PROVINCE_CAPITAL) <= 0 && c.kind().shownAt(zoom) && zoom < NO_DOT_ZOOM) {
                reserved.put(c, dotBox(c.worldX() * s, c.worldY() * s, Look.of(c.kind(), zoom, fonts).dotRadius));
            }
        }
        List<Placed> out = new ArrayList<>();
        for (LabelCandidate c : candidates) {
            reserved.remove(c);
            if (!c.kind().shownAt(zoom)) {
                continue;
            }
            Look look = Look.of(c.kind(), zoom, fonts);
            TextLayout layout = new TextLayout(c.text(), look.font, FRC);
            Rectangle2D text = layout.getBounds();
            double gx = c.worldX() * s;
            double gy = c.worldY() * s;
            double r = zoom >= NO_DOT_ZOOM || c.kind() == LabelCandidate.Kind.PROVINCE ? 0 : look.dotRadius;
            if (c.kind() == LabelCandidate.Kind.PROVINCE && !provinceNameFits(c, text, s, out, gx, gy)) {
                continue;
            }
            Rectangle2D dot = r == 0 ? null : dotBox(gx, gy, r);
            if (dot != null && !free(dot, taken, reserved)) {
                continue;
            }
            for (double[] o : origins(c.kind(), text, look, gx, gy, r)) {
                double pad = HALO_WIDTH / 2 + GAP / 2;
                Rectangle2D box = new Rectangle2D.Double(o[0] + text.getMinX() - pad, o[1] + text.getMinY() - pad,
                        text.getWidth() + 2 * pad, text.getHeight() + 2 * pad);
                if (free(box, taken, reserved)) {
                    taken.add(box);
                    if (dot != null) {
                        taken.add(dot);
                    }
                    out.add(new Placed(c.text(), layout.getOutline(null), o[0], o[1], box, look.color, gx, gy, r));
                    break;
                }
            }
        }
        return new LabelLayout(out);
    }

    /** Where the text's baseline origin may go, best first: right of the dot, left, above, below, diagonals. */
    private static List<double[]> origins(LabelCandidate.Kind kind, Rectangle2D text, Look look, double gx, double gy, double r) {
        // Centre on the height of a capital letter, so that stacked diacritics do not push a name down.
        double midY = -look.font.getSize2D() * 0.36;
        double centre = gx - text.getCenterX();
        if (kind == LabelCandidate.Kind.PROVINCE) {
            return List.of(new double[] {centre, gy - midY});
        }
        if (r == 0) {
            return List.of(new double[] {centre, gy - midY}, new double[] {centre, gy + 4 - text.getMinY()},
                    new double[] {centre, gy - 4 - text.getMaxY()});
        }
        double d = r + GAP;
        double right = gx + d - text.getMinX();
        double left = gx - d - text.getMaxX();
        return List.of(new double[] {right, gy - midY}, new double[] {left, gy - midY},
                new double[] {centre, gy - d - text.getMaxY()}, new double[] {centre, gy + d - text.getMinY()},
                new double[] {right - 0.3 * d, gy - 0.7 * d - text.getMaxY()},
                new double[] {right - 0.3 * d, gy + 0.7 * d - text.getMinY()},
                new double[] {left + 0.3 * d, gy - 0.7 * d - text.getMaxY()},
                new double[] {left + 0.3 * d, gy + 0.7 * d - text.getMinY()});
    }

    /** A province name must fit inside the province, and not repeat the name of its capital close by. */
    private static boolean provinceNameFits(LabelCandidate c, Rectangle2D text, double s, List<Placed> placed, double gx, double gy) {
        double radius = c.radiusWorld() * s;
        return text.getWidth() / 2 <= 1.2 * radius && text.getHeight() <= 1.2 * radius
                && !sameNameNearby(placed, c.text(), gx, gy);
    }

    private static Rectangle2D dotBox(double gx, double gy, double r) {
        return new Rectangle2D.Double(gx - r - 1, gy - r - 1, 2 * r + 2, 2 * r + 2);
    }

    private static boolean free(Rectangle2D box, List<Rectangle2D> taken, Map<LabelCandidate, Rectangle2D> reserved) {
        return !overlaps(box, taken) && !overlaps(box, reserved.values());
    }

    private static boolean sameNameNearby(List<Placed> placed, String text, double gx, double gy) {
        for (Placed p : placed) {
            if (p.text.equals(text) && Math.hypot(p.dotX - gx, p.dotY - gy) < SAME_NAME_DISTANCE) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Rectangle2D box, Collection<Rectangle2D> taken) {
        for (Rectangle2D t : taken) {
            if (t.intersects(box)) {
                return true;
            }
        }
        return false;
    }

    /** Draws, into the tile whose top-left global pixel is (originX, originY), every label that touches it. */
    void draw(Graphics2D g, double originX, double originY) {
        Rectangle2D tile = new Rectangle2D.Double(originX, originY, WebMercator.TILE, WebMercator.TILE);
        for (Placed p : placed) {
            if (p.dotRadius > 0 && tile.intersects(p.dotX - p.dotRadius - 1, p.dotY - p.dotRadius - 1,
                    2 * p.dotRadius + 2, 2 * p.dotRadius + 2)) {
                var shape = new Ellipse2D.Double(p.dotX - originX - p.dotRadius, p.dotY - originY - p.dotRadius,
                        2 * p.dotRadius, 2 * p.dotRadius);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(1.2f));
                g.draw(shape);
                g.setColor(p.color);
                g.fill(shape);
            }
        }
        g.setStroke(new BasicStroke(HALO_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Placed p : placed) {
            if (p.box.intersects(tile)) {
                AffineTransform saved = g.getTransform();
                g.translate(p.x - originX, p.y - originY);
                g.setColor(HALO);
                g.draw(p.outline);
                g.setColor(p.color);
                g.fill(p.outline);
                g.setTransform(saved);
            }
        }
    }

    /** A placed label: its glyph outlines at baseline origin (x, y) and its box, in global pixels. */
    record Placed(String text, Shape outline, double x, double y, Rectangle2D box, Color color, double dotX, double dotY, double dotRadius) {
    }

    /** Font, colour and dot size of a kind at a zoom. */
    private record Look(Font font, Color color, double dotRadius) {
        static Look of(LabelCandidate.Kind kind, int zoom, LabelFonts fonts) {
            int step = zoom <= 7 ? 0 : zoom <= 10 ? 1 : zoom <= 12 ? 2 : zoom <= 14 ? 3 : 4;
            return switch (kind) {
                case CAPITAL -> new Look(fonts.bold(11.5 + 1.5 * step), new Color(0x1f1f1f), 3.2);
                case PROVINCE_CAPITAL -> new Look(fonts.bold(10 + 1.25 * step), new Color(0x2b2b2b), 2.8);
                case PROVINCE -> new Look(fonts.spaced(zoom <= 7 ? 10 : 11.5), new Color(0x7a6790), 0);
                case DISTRICT_SEAT -> new Look(fonts.plain(9.25 + step * 0.75), new Color(0x3d3d3d), 2.0);
                case PLACE -> new Look(fonts.plain(9 + step * 0.5), new Color(0x505050), 1.6);
            };
        }
    }
}
