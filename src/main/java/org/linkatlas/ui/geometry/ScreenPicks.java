package org.linkatlas.ui.geometry;

import java.util.List;
import org.linkatlas.edit.geometry.GeometryShapes;
import org.linkatlas.edit.geometry.Vertex;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.map.MapPointer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Screen-pixel picking for the geometry tools: the vertex or segment under the pointer. Pure; any thread. */
final class ScreenPicks {
    private ScreenPicks() {
    }

    /** The vertex of {@code g} nearest the pointer within {@code tolerancePx}, or null. */
    static Vertex vertexAt(Geometry g, MapPointer p, double tolerancePx) {
        List<Coordinate[]> parts = GeometryShapes.parts(g);
        Vertex best = null;
        double bestD = tolerancePx;
        for (int part = 0; part < parts.size(); part++) {
            Coordinate[] cs = parts.get(part);
            for (int i = 0; i < cs.length; i++) {
                double d = Math.hypot((WebMercator.x(cs[i].x) - WebMercator.x(p.lon())) * p.worldPx(),
                        (WebMercator.y(cs[i].y) - WebMercator.y(p.lat())) * p.worldPx());
                if (d <= bestD) {
                    bestD = d;
                    best = new Vertex(part, i);
                }
            }
        }
        return best;
    }

    static double segmentDistancePx(MapPointer p, Coordinate a, Coordinate b) {
        double px = WebMercator.x(p.lon()) * p.worldPx();
        double py = WebMercator.y(p.lat()) * p.worldPx();
        double ax = WebMercator.x(a.x) * p.worldPx();
        double ay = WebMercator.y(a.y) * p.worldPx();
        double bx = WebMercator.x(b.x) * p.worldPx();
        double by = WebMercator.y(b.y) * p.worldPx();
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(ax + t * dx - px, ay + t * dy - py);
    }

    /** The segment of {@code g} nearest the pointer within {@code tolerancePx}, as the vertex an insert there makes. */
    static Vertex segmentAt(Geometry g, MapPointer p, double tolerancePx) {
        List<Coordinate[]> parts = GeometryShapes.parts(g);
        double best = tolerancePx;
        Vertex at = null;
        for (int part = 0; part < parts.size(); part++) {
            Coordinate[] cs = parts.get(part);
            for (int i = 1; i < cs.length; i++) {
                double d = segmentDistancePx(p, cs[i - 1], cs[i]);
                if (d <= best) {
                    best = d;
                    at = new Vertex(part, i);
                }
            }
        }
        return at;
    }

    static double[] flat(List<Coordinate> cs) {
        double[] out = new double[cs.size() * 2];
        for (int i = 0; i < cs.size(); i++) {
            out[2 * i] = cs.get(i).x;
            out[2 * i + 1] = cs.get(i).y;
        }
        return out;
    }

}
