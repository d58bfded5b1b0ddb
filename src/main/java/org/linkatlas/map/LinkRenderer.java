package org.linkatlas.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;

/**
 * Draws the links onto one canvas as a few batched paths: shapes are culled to the viewport through the
 * {@link LinkShapes} index, grouped by style, and each group is stroked as one path; vertices closer than a
 * pixel to the previous one are skipped, which simplifies lines for the zoom. Selection, hover and agreement
 * highlights are halos under the lines; names are labelled at high zoom and for the selection.
 * JavaFX thread only (it draws on a GraphicsContext).
 */
public final class LinkRenderer {
    /** What to emphasise. */
    public record Emphasis(String selectedId, String hoveredId, Set<String> highlightedIds) {
        public static final Emphasis NONE = new Emphasis(null, null, Set.of());
    }

    private static final double LABEL_ZOOM = 11.5;
    /** Made at the first label: the bold face's lookup took about 4 % of the first frame, which has no label. */
    private Font labelFont;

    /** @return how many links were drawn */
    public int draw(GraphicsContext g, MapViewport v, LinkShapes shapes, Predicate<Link> visible, Emphasis emphasis) {
        return draw(g, v, shapes, visible, emphasis, true);
    }

    /** @param clear false to draw over what the canvas holds (the emphasised links over a raster) */
    public int draw(GraphicsContext g, MapViewport v, LinkShapes shapes, Predicate<Link> visible, Emphasis emphasis,
                    boolean clear) {
        if (clear) {
            g.clearRect(0, 0, v.width(), v.height());
        }
        double margin = 16 / v.worldPx();
        List<LinkShapes.Shape> inView = shapes.query(v.worldX(0) - margin, v.worldY(0) - margin,
                v.worldX(v.width()) + margin, v.worldY(v.height()) + margin);
        Map<StyleKey, List<LinkShapes.Shape>> lines = new HashMap<>();
        Map<LinkKind, List<LinkShapes.Shape>> points = new EnumMap<>(LinkKind.class);
        List<LinkShapes.Shape> drawn = new ArrayList<>();
        for (LinkShapes.Shape s : inView) {
            Link l = s.link();
            if (!visible.test(l)) {
                continue;
            }
            drawn.add(s);
            if (l.kind().isPointLike()) {
                points.computeIfAbsent(l.kind(), k -> new ArrayList<>()).add(s);
            } else {
                lines.computeIfAbsent(new StyleKey(l.kind(), l.status(), l.accuracy()), k -> new ArrayList<>()).add(s);
            }
        }
        double zoom = v.zoom();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        drawHalos(g, v, drawn, emphasis, zoom);
        drawUncertainty(g, v, drawn, zoom);
        lines.forEach((key, group) -> strokeGroup(g, v, key, group, zoom));
        points.forEach((kind, group) -> group.forEach(s -> drawPoint(g, v, s, zoom)));
        drawLabels(g, v, drawn, emphasis, zoom);
        return drawn.size();
    }

    private void strokeGroup(GraphicsContext g, MapViewport v, StyleKey key, List<LinkShapes.Shape> group, double zoom) {
        double w = LinkStyle.width(key.kind(), zoom);
        Color c = LinkStyle.color(key.status());
        double alpha = LinkStyle.alpha(key.accuracy());
        double[] dashes = LinkStyle.kindDashes(key.kind());
        if (dashes == null) {
            dashes = LinkStyle.accuracyDashes(key.accuracy());
        }
        if (key.kind() == LinkKind.BRIDGE || key.kind() == LinkKind.EXPRESSWAY) {
            // a dark casing makes bridges and expressways read as built structures
            g.setLineDashes((double[]) null);
            g.setStroke(Color.color(0.1, 0.1, 0.1, 0.55 * alpha));
            g.setLineWidth(w + 3);
            path(g, v, group);
        }
        g.setStroke(Color.color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
        g.setLineWidth(w);
        g.setLineDashes(dashes);
        path(g, v, group);
        if (key.kind() == LinkKind.RAILWAY) {
            // the classic railway look: white ties along a dark line
            g.setStroke(Color.color(1, 1, 1, alpha));
            g.setLineWidth(Math.max(1, w - 2));
            g.setLineDashes(6, 6);
            path(g, v, group);
        }
        g.setLineDashes((double[]) null);
    }

    /**
     * One path for the whole group. Vertices within a pixel of the previous one are dropped, and a line whose
     * whole extent is under two pixels is drawn end to end: that is the simplification for the zoom.
     */
    private static void path(GraphicsContext g, MapViewport v, List<LinkShapes.Shape> group) {
        g.beginPath();
        double scale = v.worldPx();
        double ox = v.offsetX();
        double oy = v.offsetY();
        for (LinkShapes.Shape s : group) {
            boolean tiny = s.bounds().getWidth() * scale < 2 && s.bounds().getHeight() * scale < 2;
            for (double[] xy : s.parts()) {
                double lastX = xy[0] * scale + ox;
                double lastY = xy[1] * scale + oy;
                g.moveTo(lastX, lastY);
                int n = xy.length / 2;
                if (tiny) {
                    g.lineTo(xy[2 * n - 2] * scale + ox, xy[2 * n - 1] * scale + oy);
                    continue;
                }
                for (int i = 1; i < n; i++) {
                    double x = xy[2 * i] * scale + ox;
                    double y = xy[2 * i + 1] * scale + oy;
                    if (i == n - 1 || Math.abs(x - lastX) >= 1.5 || Math.abs(y - lastY) >= 1.5) {
                        g.lineTo(x, y);
                        lastX = x;
                        lastY = y;
                    }
                }
            }
        }
        g.stroke();
    }

    private void drawHalos(GraphicsContext g, MapViewport v, List<LinkShapes.Shape> drawn, Emphasis e, double zoom) {
        for (LinkShapes.Shape s : drawn) {
            String id = s.link().id();
            Color halo = id.equals(e.selectedId()) ? LinkStyle.SELECTED
                    : id.equals(e.hoveredId()) ? LinkStyle.HOVERED
                    : e.highlightedIds().contains(id) ? LinkStyle.HIGHLIGHTED : null;
            if (halo == null) {
                continue;
            }
            double w = LinkStyle.width(s.link().kind(), zoom) + 10;
            if (s.link().kind().isPointLike()) {
                double[] p = s.parts()[0];
                double r = 12 + 6;
                g.setFill(halo);
                g.fillOval(v.screenX(p[0]) - r, v.screenY(p[1]) - r, 2 * r, 2 * r);
            } else {
                g.setStroke(halo);
                g.setLineWidth(w);
                g.setLineDashes((double[]) null);
                path(g, v, List.of(s));
            }
        }
    }

    /** Approximate points and bridges show how far off they may be, once that radius is big enough to see. */
    private static void drawUncertainty(GraphicsContext g, MapViewport v, List<LinkShapes.Shape> drawn, double zoom) {
        g.setFill(LinkStyle.UNCERTAINTY);
        for (LinkShapes.Shape s : drawn) {
            Link l = s.link();
            if (l.accuracy() != Accuracy.APPROXIMATE || !(l.kind().isPointLike() || l.kind() == LinkKind.BRIDGE)) {
                continue;
            }
            double cx = (s.bounds().getMinX() + s.bounds().getMaxX()) / 2;
            double cy = (s.bounds().getMinY() + s.bounds().getMaxY()) / 2;
            double r = kmToPixels(l.accuracyKm(), WebMercator.lat(cy), v);
            if (r >= 8) {
                g.fillOval(v.screenX(cx) - r, v.screenY(cy) - r, 2 * r, 2 * r);
            }
        }
    }

    static double kmToPixels(double km, double lat, MapViewport v) {
        double metresPerPixel = 40075016.686 * Math.cos(Math.toRadians(lat)) / v.worldPx();
        return km * 1000 / metresPerPixel;
    }

    private static void drawPoint(GraphicsContext g, MapViewport v, LinkShapes.Shape s, double zoom) {
        double[] p = s.parts()[0];
        double x = v.screenX(p[0]);
        double y = v.screenY(p[1]);
        double r = zoom >= 10 ? 7 : 5;
        Color c = LinkStyle.color(s.link().status());
        g.setFill(Color.WHITE);
        g.setStroke(c);
        g.setLineWidth(2.5);
        g.setLineDashes(s.link().accuracy() == Accuracy.SCHEMATIC ? new double[] {3, 3} : null);
        switch (s.link().kind()) {
            case AIRPORT -> polygon(g, new double[] {x, x + r * 1.15, x - r * 1.15}, new double[] {y - r * 1.2, y + r * 0.8, y + r * 0.8});
            case BORDER_GATE -> polygon(g, new double[] {x, x + r * 1.2, x, x - r * 1.2}, new double[] {y - r * 1.2, y, y + r * 1.2, y});
            case STATION -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            default -> {
                g.fillRect(x - r, y - r, 2 * r, 2 * r);
                g.strokeRect(x - r, y - r, 2 * r, 2 * r);
            }
        }
        g.setFill(c);
        g.fillOval(x - 2, y - 2, 4, 4);
        g.setLineDashes((double[]) null);
    }

    private static void polygon(GraphicsContext g, double[] xs, double[] ys) {
        g.fillPolygon(xs, ys, xs.length);
        g.strokePolygon(xs, ys, xs.length);
    }

    private void drawLabels(GraphicsContext g, MapViewport v, List<LinkShapes.Shape> drawn, Emphasis e, double zoom) {
        if (zoom < LABEL_ZOOM && e.selectedId() == null) {
            return; // nothing to label
        }
        if (labelFont == null) {
            labelFont = Font.font("DejaVu Sans", FontWeight.BOLD, 12);
        }
        g.setFont(labelFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        List<double[]> placed = new ArrayList<>();
        // the selection first, so that it always gets its label
        drawn.stream().filter(s -> s.link().id().equals(e.selectedId())).forEach(s -> label(g, v, s, placed));
        if (zoom >= LABEL_ZOOM) {
            drawn.stream().filter(s -> !s.link().id().equals(e.selectedId())).forEach(s -> label(g, v, s, placed));
        }
    }

    private static void label(GraphicsContext g, MapViewport v, LinkShapes.Shape s, List<double[]> placed) {
        double[] anchor = anchor(s);
        double x = v.screenX(anchor[0]);
        double y = v.screenY(anchor[1]) - (s.link().kind().isPointLike() ? 16 : 12);
        String text = s.link().nameVi();
        double w = text.length() * 7.2;
        double[] box = {x - w / 2, y - 9, x + w / 2, y + 9};
        for (double[] b : placed) {
            if (box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1]) {
                return;
            }
        }
        placed.add(box);
        g.setStroke(Color.WHITE);
        g.setLineWidth(4);
        g.setLineDashes((double[]) null);
        g.strokeText(text, x, y);
        g.setFill(Color.web("#212121"));
        g.fillText(text, x, y);
    }

    /** The middle vertex of the longest part: a point on the line, not the centre of its box. */
    static double[] anchor(LinkShapes.Shape s) {
        double[] best = s.parts()[0];
        for (double[] p : s.parts()) {
            if (p.length > best.length) {
                best = p;
            }
        }
        int n = best.length / 2;
        if (n == 2) {
            return new double[] {(best[0] + best[2]) / 2, (best[1] + best[3]) / 2};
        }
        return new double[] {best[2 * (n / 2)], best[2 * (n / 2) + 1]};
    }

    /** The link drawn nearest to a screen point, within {@code tolerancePx}; null if none. */
    public static Link pick(MapViewport v, LinkShapes shapes, Predicate<Link> visible, double px, double py,
                            double tolerancePx) {
        double t = (tolerancePx + 12) / v.worldPx();
        double wx = v.worldX(px);
        double wy = v.worldY(py);
        Link best = null;
        double bestD = tolerancePx;
        for (LinkShapes.Shape s : shapes.query(wx - t, wy - t, wx + t, wy + t)) {
            if (!visible.test(s.link())) {
                continue;
            }
            double d = distancePx(v, s, px, py);
            if (s.link().kind().isPointLike()) {
                d = Math.max(0, d - 7); // the symbol itself is a target
            }
            if (d <= bestD) {
                bestD = d;
                best = s.link();
            }
        }
        return best;
    }

    static double distancePx(MapViewport v, LinkShapes.Shape s, double px, double py) {
        double best = Double.MAX_VALUE;
        for (double[] xy : s.parts()) {
            int n = xy.length / 2;
            if (n == 1) {
                best = Math.min(best, Math.hypot(v.screenX(xy[0]) - px, v.screenY(xy[1]) - py));
            }
            for (int i = 1; i < n; i++) {
                best = Math.min(best, segment(px, py, v.screenX(xy[2 * i - 2]), v.screenY(xy[2 * i - 1]),
                        v.screenX(xy[2 * i]), v.screenY(xy[2 * i + 1])));
            }
        }
        return best;
    }

    private static double segment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
