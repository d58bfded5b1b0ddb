package org.linkatlas.basemap;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws world-pixel geometry into one tile: the Graphics2D is already scaled for the tile size, and this class
 * maps world pixels to the tile's 256-pixel space ({@code world × 2^zoom − origin}, in doubles, so z19 loses
 * nothing). Only the part of a line or ring near the tile becomes a path. One instance per tile render, used by
 * the thread that created it.
 */
final class TileCanvas {
    /** How far beyond the tile edge geometry is kept, in tile pixels: more than the widest stroke. */
    static final double MARGIN = 12;
    private final Graphics2D g;
    private final int zoom;
    private final double scale;
    private final double originX;
    private final double originY;

    TileCanvas(Graphics2D g, int zoom, long x, long y) {
        this.g = g;
        this.zoom = zoom;
        this.scale = WebMercator.scale(zoom);
        this.originX = x * WebMercator.TILE;
        this.originY = y * WebMercator.TILE;
    }

    int zoom() {
        return zoom;
    }

    Graphics2D graphics() {
        return g;
    }

    double localX(double worldX) {
        return worldX * scale - originX;
    }

    double localY(double worldY) {
        return worldY * scale - originY;
    }

    /** Fills a lon/lat box (the data's extent), which is a rectangle in Web Mercator. */
    void fillLonLatBox(Envelope lonLat, Color color) {
        double x0 = Math.max(-MARGIN, localX(WebMercator.x(lonLat.getMinX())));
        double x1 = Math.min(WebMercator.TILE + MARGIN, localX(WebMercator.x(lonLat.getMaxX())));
        double y0 = Math.max(-MARGIN, localY(WebMercator.y(lonLat.getMaxY())));
        double y1 = Math.min(WebMercator.TILE + MARGIN, localY(WebMercator.y(lonLat.getMinY())));
        if (x0 < x1 && y0 < y1) {
            g.setColor(color);
            g.fill(new java.awt.geom.Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0));
        }
    }

    /** Fills the areas' rings as one even-odd path: holes stay holes, and touching pieces show no seam. */
    void fill(List<WorldArea> areas, Color color) {
        double lo = -MARGIN;
        double hi = WebMercator.TILE + MARGIN;
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (WorldArea area : areas) {
            for (WorldArea.Ring ring : area.at(zoom)) {
                Envelope b = ring.bounds();
                double x0 = localX(b.getMinX());
                double x1 = localX(b.getMaxX());
                double y0 = localY(b.getMinY());
                double y1 = localY(b.getMaxY());
                if (x1 < lo || x0 > hi || y1 < lo || y0 > hi) {
                    continue;
                }
                double[] xy = ring.xy();
                int n = xy.length / 2 - 1; // the closing vertex repeats the first
                double[] local = new double[n * 2];
                for (int i = 0; i < n; i++) {
                    local[2 * i] = localX(xy[2 * i]);
                    local[2 * i + 1] = localY(xy[2 * i + 1]);
                }
                boolean inside = x0 >= lo && x1 <= hi && y0 >= lo && y1 <= hi;
                double[] pts = inside ? local : RectClipper.clip(local, n, lo, hi);
                if (pts.length >= 6) {
                    path.moveTo(pts[0], pts[1]);
                    for (int i = 2; i < pts.length; i += 2) {
                        path.lineTo(pts[i], pts[i + 1]);
                    }
                    path.closePath();
                }
            }
        }
        g.setColor(color);
        g.fill(path);
    }

    /**
     * Strokes the stretches of the lines that come near the tile. A solid style draws them all as one path; a
     * dashed one draws each stretch with the dash phase of its distance from the line's start, so dashes run on
     * across tile edges.
     */
    void stroke(List<WorldLine> lines, LineStyle style) {
        if (style == null || lines.isEmpty()) {
            return;
        }
        double lo = -MARGIN;
        double hi = WebMercator.TILE + MARGIN;
        Path2D.Double solid = new Path2D.Double();
        g.setColor(style.color());
        if (!style.isDashed()) {
            g.setStroke(style.stroke(0));
        }
        for (WorldLine line : lines) {
            WorldLine.Polyline p = line.at(zoom);
            double[] xy = p.xy();
            int n = p.size();
            int runStart = -1;
            Path2D.Double run = null;
            double px = localX(xy[0]);
            double py = localY(xy[1]);
            for (int i = 1; i < n; i++) {
                double qx = localX(xy[2 * i]);
                double qy = localY(xy[2 * i + 1]);
                boolean near = Math.max(px, qx) >= lo && Math.min(px, qx) <= hi
                        && Math.max(py, qy) >= lo && Math.min(py, qy) <= hi;
                if (near) {
                    if (run == null) {
                        run = style.isDashed() ? new Path2D.Double() : solid;
                        run.moveTo(px, py);
                        runStart = i - 1;
                    }
                    run.lineTo(qx, qy);
                } else if (run != null) {
                    finishRun(run, style, p.along()[runStart]);
                    run = null;
                }
                px = qx;
                py = qy;
            }
            if (run != null) {
                finishRun(run, style, p.along()[runStart]);
            }
        }
        if (!style.isDashed()) {
            g.draw(solid);
        }
    }

    private void finishRun(Path2D.Double run, LineStyle style, double alongWorld) {
        if (style.isDashed()) {
            g.setStroke(style.stroke(alongWorld * scale));
            g.draw(run);
        }
    }
}
