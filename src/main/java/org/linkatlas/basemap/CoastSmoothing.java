package org.linkatlas.basemap;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Smooths a coastline traced from a raster (the GSHHG sea was polygonised from a 3″ land mask, about 90 m
 * cells, so from z11 on its edges show stair steps). Douglas–Peucker at a little under one cell turns the steps
 * into diagonals, then two rounds of Chaikin corner cutting round them. The line moves by less than a cell,
 * well inside the data's stated 100–200 m precision. Vertices on the clipping box stay where they are, so the
 * straight edges the clipping left stay straight and keep their corners. Pure; any thread.
 */
final class CoastSmoothing {
    /** A little under the 3″ (0.00083°) cell of the land mask. */
    static final double STEP = 0.0007;

    private CoastSmoothing() {
    }

    /**
     * @param box the box the data was clipped to: vertices on its edges are pinned
     * @return the smoothed polygon, or {@code null} when it shrinks away (a sub-cell islet or pool)
     */
    static Polygon smooth(Polygon lonLat, Envelope box) {
        var simplifier = new DouglasPeuckerSimplifier(lonLat);
        simplifier.setDistanceTolerance(STEP);
        simplifier.setEnsureValid(false);
        Geometry g = simplifier.getResultGeometry();
        if (!(g instanceof Polygon p) || p.isEmpty()) {
            return null;
        }
        LinearRing shell = ring(chaikin(chaikin(p.getExteriorRing().getCoordinates(), box), box));
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(chaikin(chaikin(p.getInteriorRingN(i).getCoordinates(), box), box));
        }
        return GeoJsonFeatureReader.WGS84.createPolygon(shell, holes);
    }

    /** One round of corner cutting on a closed ring; a pinned vertex is kept instead of cut. */
    private static List<Coordinate> chaikin(List<Coordinate> ring, Envelope box) {
        return chaikin(ring.toArray(new Coordinate[0]), box);
    }

    private static List<Coordinate> chaikin(Coordinate[] ring, Envelope box) {
        int n = ring.length - 1; // closed: the last repeats the first
        List<Coordinate> out = new ArrayList<>(2 * n + 1);
        for (int i = 0; i < n; i++) {
            Coordinate a = ring[i];
            Coordinate b = ring[i + 1];
            add(out, pinned(a, box) ? a : new Coordinate(0.75 * a.x + 0.25 * b.x, 0.75 * a.y + 0.25 * b.y));
            add(out, pinned(b, box) ? b : new Coordinate(0.25 * a.x + 0.75 * b.x, 0.25 * a.y + 0.75 * b.y));
        }
        if (!out.get(0).equals2D(out.get(out.size() - 1))) {
            out.add(new Coordinate(out.get(0)));
        }
        return out;
    }

    private static void add(List<Coordinate> out, Coordinate c) {
        if (out.isEmpty() || !out.get(out.size() - 1).equals2D(c)) {
            out.add(c);
        }
    }

    private static boolean pinned(Coordinate c, Envelope box) {
        double eps = 1e-7;
        return Math.abs(c.x - box.getMinX()) < eps || Math.abs(c.x - box.getMaxX()) < eps
                || Math.abs(c.y - box.getMinY()) < eps || Math.abs(c.y - box.getMaxY()) < eps;
    }

    private static LinearRing ring(List<Coordinate> coordinates) {
        if (coordinates.size() < 4) {
            return GeoJsonFeatureReader.WGS84.createLinearRing();
        }
        return GeoJsonFeatureReader.WGS84.createLinearRing(coordinates.toArray(new Coordinate[0]));
    }
}
