package org.linkatlas.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;

/**
 * Draws the links into an image with Java2D, in the same style as {@link LinkRenderer} (without labels and
 * emphasis, which stay on the canvas). Used for large networks, where drawing tens of thousands of links on
 * the JavaFX thread for every frame would stall panning: the image is made on a background thread and the
 * frame only places it. Pure; any thread ({@code render} draws into its own image, {@code draw} into the caller's).
 */
public final class LinkRaster {
    private LinkRaster() {
    }

    /** The links visible in {@code v}, drawn into a new transparent image of the viewport's size. */
    public static BufferedImage render(MapViewport v, LinkShapes shapes, Predicate<Link> visible) {
        BufferedImage img = new BufferedImage((int) Math.ceil(v.width()), (int) Math.ceil(v.height()), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            draw(g, v, shapes, visible);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * The same drawing into {@code g}, in the viewport's pixels. A caller that scales {@code g} (print at 2× or
     * 3×) gets the links sharp at the higher resolution with the same widths and symbols in viewport pixels.
     * Sets antialiasing and stroke hints on {@code g}.
     */
    public static void draw(Graphics2D g, MapViewport v, LinkShapes shapes, Predicate<Link> visible) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
        double margin = 16 / v.worldPx();
        Map<StyleKey, List<LinkShapes.Shape>> lines = new HashMap<>();
        List<LinkShapes.Shape> points = new ArrayList<>();
        for (LinkShapes.Shape s : shapes.query(v.worldX(0) - margin, v.worldY(0) - margin,
                v.worldX(v.width()) + margin, v.worldY(v.height()) + margin)) {
            Link l = s.link();
            if (!visible.test(l)) {
                continue;
            }
            if (l.kind().isPointLike()) {
                points.add(s);
            } else {
                lines.computeIfAbsent(new StyleKey(l.kind(), l.status(), l.accuracy()), k -> new ArrayList<>()).add(s);
            }
        }
        double zoom = v.zoom();
        lines.forEach((key, group) -> strokeGroup(g, v, key, group, zoom));
        points.forEach(s -> drawPoint(g, v, s, zoom));
    }

    private static void strokeGroup(Graphics2D g, MapViewport v, StyleKey key, List<LinkShapes.Shape> group, double zoom) {
        float w = (float) LinkStyle.width(key.kind(), zoom);
        double alpha = LinkStyle.alpha(key.accuracy());
        double[] dashes = LinkStyle.kindDashes(key.kind());
        if (dashes == null) {
            dashes = LinkStyle.accuracyDashes(key.accuracy());
        }
        Path2D.Double path = path(v, group);
        if (key.kind() == LinkKind.BRIDGE || key.kind() == LinkKind.EXPRESSWAY) {
            g.setColor(new Color(0.1f, 0.1f, 0.1f, (float) (0.55 * alpha)));
            g.setStroke(new BasicStroke(w + 3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }
        g.setColor(awt(LinkStyle.color(key.status()), alpha));
        g.setStroke(stroke(w, dashes));
        g.draw(path);
        if (key.kind() == LinkKind.RAILWAY) {
            g.setColor(new Color(1f, 1f, 1f, (float) alpha));
            g.setStroke(stroke(Math.max(1, w - 2), new double[] {6, 6}));
            g.draw(path);
        }
    }

    private static BasicStroke stroke(float width, double[] dashes) {
        if (dashes == null) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] d = new float[dashes.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) dashes[i];
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, d, 0);
    }

    /** Same simplification as the canvas: sub-pixel steps dropped, lines under two pixels drawn end to end. */
    private static Path2D.Double path(MapViewport v, List<LinkShapes.Shape> group) {
        Path2D.Double p = new Path2D.Double();
        double scale = v.worldPx();
        for (LinkShapes.Shape s : group) {
            boolean tiny = s.bounds().getWidth() * scale < 2 && s.bounds().getHeight() * scale < 2;
            for (double[] xy : s.parts()) {
                int n = xy.length / 2;
                double lastX = v.screenX(xy[0]);
                double lastY = v.screenY(xy[1]);
                p.moveTo(lastX, lastY);
                if (tiny) {
                    p.lineTo(v.screenX(xy[2 * n - 2]), v.screenY(xy[2 * n - 1]));
                    continue;
                }
                for (int i = 1; i < n; i++) {
                    double x = v.screenX(xy[2 * i]);
                    double y = v.screenY(xy[2 * i + 1]);
                    if (i == n - 1 || Math.abs(x - lastX) >= 1.5 || Math.abs(y - lastY) >= 1.5) {
                        p.lineTo(x, y);
                        lastX = x;
                        lastY = y;
                    }
                }
            }
        }
        return p;
    }

    /** The same symbols as the canvas: square for ports and wharves, triangle airport, diamond gate, circle station. */
    private static void drawPoint(Graphics2D g, MapViewport v, LinkShapes.Shape s, double zoom) {
        double[] xy = s.parts()[0];
        double x = v.screenX(xy[0]);
        double y = v.screenY(xy[1]);
        double r = zoom >= 10 ? 7 : 5;
        java.awt.Shape symbol = switch (s.link().kind()) {
            case AIRPORT -> polygon(new double[] {x, x + r * 1.15, x - r * 1.15}, new double[] {y - r * 1.2, y + r * 0.8, y + r * 0.8});
            case BORDER_GATE -> polygon(new double[] {x, x + r * 1.2, x, x - r * 1.2}, new double[] {y - r * 1.2, y, y + r * 1.2, y});
            case STATION -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            default -> new java.awt.geom.Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
        };
        g.setColor(Color.WHITE);
        g.fill(symbol);
        Color c = awt(LinkStyle.color(s.link().status()), 1);
        g.setColor(c);
        g.setStroke(s.link().accuracy() == Accuracy.SCHEMATIC ? stroke(2.5f, new double[] {3, 3}) : new BasicStroke(2.5f));
        g.draw(symbol);
        g.fill(new Ellipse2D.Double(x - 2, y - 2, 4, 4));
    }

    private static java.awt.Shape polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }

    static Color awt(javafx.scene.paint.Color c, double alpha) {
        return new Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) (c.getOpacity() * alpha));
    }
}
