package org.linkatlas.basemap;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * One polygon projected to world pixels, with its rings simplified per zoom level. Rings that shrink below a
 * triangle at a zoom are dropped there (an island smaller than a pixel). Immutable apart from its thread-safe
 * cache; any thread.
 */
final class WorldArea {
    private final Polygon world;
    private final Envelope lonLat;
    private final ZoomCache<List<Ring>> levels = new ZoomCache<>(this::simplify);

    WorldArea(Polygon lonLatPolygon) {
        this.world = (Polygon) WebMercator.project(lonLatPolygon);
        this.lonLat = lonLatPolygon.getEnvelopeInternal();
    }

    Envelope lonLatEnvelope() {
        return lonLat;
    }

    List<Ring> at(int zoom) {
        return levels.at(zoom);
    }

    private List<Ring> simplify(int level) {
        var simplifier = new DouglasPeuckerSimplifier(world);
        simplifier.setDistanceTolerance(ZoomCache.tolerance(level));
        simplifier.setEnsureValid(false); // a fill does not need valid topology, and buffer(0) would be slow
        Geometry g = simplifier.getResultGeometry();
        List<Ring> rings = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                add(rings, p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    add(rings, p.getInteriorRingN(h));
                }
            }
        }
        return List.copyOf(rings);
    }

    private static void add(List<Ring> rings, LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        if (cs.length < 4) {
            return;
        }
        double[] xy = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            xy[2 * i] = cs[i].x;
            xy[2 * i + 1] = cs[i].y;
        }
        rings.add(new Ring(xy, ring.getEnvelopeInternal()));
    }

    /** A closed ring, x0, y0, x1, y1 … in world pixels, and its bounds. */
    record Ring(double[] xy, Envelope bounds) {
    }
}
