package org.linkatlas.basemap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * A line projected to world pixels, with its Douglas–Peucker simplification per zoom level and the distance
 * along it of every vertex, so that a tile can draw only its stretch of a long line and still continue the dash
 * pattern exactly where the neighbouring tile left it. Immutable apart from its thread-safe cache; any thread.
 */
final class WorldLine {
    private final LineString world;
    private final Envelope lonLat;
    private final String kind;
    private final ZoomCache<Polyline> levels = new ZoomCache<>(this::simplify);

    /** @param kind what the line is, for the style (e.g. "railway"); may be empty */
    WorldLine(LineString lonLatLine, String kind) {
        this.world = (LineString) WebMercator.project(lonLatLine);
        this.lonLat = lonLatLine.getEnvelopeInternal();
        this.kind = kind == null ? "" : kind;
    }

    Envelope lonLatEnvelope() {
        return lonLat;
    }

    String kind() {
        return kind;
    }

    Polyline at(int zoom) {
        return levels.at(zoom);
    }

    private Polyline simplify(int level) {
        Geometry g = DouglasPeuckerSimplifier.simplify(world, ZoomCache.tolerance(level));
        Coordinate[] cs = g.isEmpty() ? world.getCoordinates() : g.getCoordinates();
        double[] xy = new double[cs.length * 2];
        double[] along = new double[cs.length];
        for (int i = 0; i < cs.length; i++) {
            xy[2 * i] = cs[i].x;
            xy[2 * i + 1] = cs[i].y;
            if (i > 0) {
                along[i] = along[i - 1] + Math.hypot(cs[i].x - cs[i - 1].x, cs[i].y - cs[i - 1].y);
            }
        }
        return new Polyline(xy, along);
    }

    /** Vertices as x0, y0, x1, y1 … in world pixels; {@code along[i]}: world pixels from the start to vertex i. */
    record Polyline(double[] xy, double[] along) {
        int size() {
            return along.length;
        }
    }
}
