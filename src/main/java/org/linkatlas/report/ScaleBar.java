package org.linkatlas.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.map.MapViewport;

/**
 * A scale bar: a round ground length (1, 2 or 5 × 10ⁿ m) and how many pixels it takes at the map's centre.
 * Web Mercator's scale changes with latitude (ground metres per pixel = cos φ · 2πR / worldPx), so the length is
 * measured on the WGS84 ellipsoid across the centre rather than taken from the projection. Pure; any thread.
 *
 * @param metres the ground length the bar stands for
 * @param px     its length in the viewport's pixels
 * @param label  e.g. "10 km" or "500 m"
 */
record ScaleBar(double metres, double px, String label) {

    /** The longest round length that takes at most {@code maxPx} pixels across the centre of {@code v}. */
    static ScaleBar choose(MapViewport v, double maxPx) {
        if (!(maxPx > 0)) {
            throw new IllegalArgumentException("a scale bar needs room: " + maxPx + " px");
        }
        double metresPerPx = metresPerPx(v, maxPx);
        double target = maxPx * metresPerPx * (1 + 1e-9); // so that exactly 1000 m is not taken for 999.999…
        double decade = Math.pow(10, Math.floor(Math.log10(target)));
        double metres = decade;
        for (double f : new double[] {5, 2, 1}) {
            if (f * decade <= target) {
                metres = f * decade;
                break;
            }
        }
        return new ScaleBar(metres, metres / metresPerPx, label(metres));
    }

    /** Ground metres per pixel along the parallel through the centre, over a span of {@code spanPx}. */
    static double metresPerPx(MapViewport v, double spanPx) {
        double cx = v.width() / 2;
        double lat = WebMercator.lat(v.worldY(v.height() / 2));
        double lonWest = WebMercator.lon(v.worldX(cx - spanPx / 2));
        double lonEast = WebMercator.lon(v.worldX(cx + spanPx / 2));
        return GeodesicLength.metres(lonWest, lat, lonEast, lat) / spanPx;
    }

    static String label(double metres) {
        return metres >= 1000 ? Math.round(metres / 1000) + " km" : Math.round(metres) + " m";
    }

    /**
     * Draws the bar with its bottom-left corner near ({@code x}, {@code bottom}), on a light box: a bar in two
     * halves (dark, white) with "0" and the length above its ends.
     *
     * @return the right edge of what was drawn, so other corner content can keep clear of it
     */
    double draw(Graphics2D g, double x, double bottom) {
        Font font = MapText.font(Font.PLAIN, 11);
        double barH = 5;
        double pad = 5;
        double labelW = MapText.labelWidth(g, label, font);
        double zeroW = MapText.labelWidth(g, "0", font);
        double textH = font.getSize2D();
        double left = x + pad + zeroW / 2;
        double barTop = bottom - pad - barH;
        double boxW = pad + zeroW / 2 + px + labelW / 2 + pad;
        double boxH = pad + textH + 3 + barH + pad;
        g.setColor(new Color(255, 255, 255, 200));
        g.fill(new RoundRectangle2D.Double(x, bottom - boxH, boxW, boxH, 6, 6));
        g.setColor(MapText.INK);
        g.fill(new Rectangle2D.Double(left, barTop, px / 2, barH));
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(left + px / 2, barTop, px / 2, barH));
        g.setColor(MapText.INK);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(left, barTop, px, barH));
        g.draw(new Line2D.Double(left, barTop - 3, left, barTop));
        g.draw(new Line2D.Double(left + px, barTop - 3, left + px, barTop));
        double baseline = barTop - 4;
        MapText.haloLabel(g, "0", font, left - zeroW / 2, baseline);
        MapText.haloLabel(g, label, font, left + px - labelW / 2, baseline);
        return x + boxW;
    }
}
