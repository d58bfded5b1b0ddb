package org.linkatlas.basemap;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Spherical Web Mercator (EPSG:3857) in "world pixels": the whole world is 256 × 256 at zoom 0, y grows
 * southwards, and a point's pixel at zoom z is its world pixel × 2^z. Tiles are XYZ (y counted from the top).
 * Pure functions; any thread.
 */
final class WebMercator {
    static final double TILE = 256;
    static final double MAX_LAT = 85.05112877980659;
    static final int MAX_ZOOM = 30;

    private WebMercator() {
    }

    // the projection itself is geo.WebMercator's (world units 0..1); here it is scaled to 256 world pixels
    static double x(double lon) {
        return org.linkatlas.geo.WebMercator.x(lon) * TILE;
    }

    static double y(double lat) {
        return org.linkatlas.geo.WebMercator.y(lat) * TILE;
    }

    static double lon(double x) {
        return org.linkatlas.geo.WebMercator.lon(x / TILE);
    }

    static double lat(double y) {
        return org.linkatlas.geo.WebMercator.lat(y / TILE);
    }

    /** 2^zoom: world pixels → pixels at that zoom. */
    static double scale(int zoom) {
        return Math.scalb(1.0, zoom);
    }

    static boolean isTile(int zoom, long x, long y) {
        if (zoom < 0 || zoom > MAX_ZOOM) {
            return false;
        }
        long n = 1L << zoom;
        return x >= 0 && x < n && y >= 0 && y < n;
    }

    /** The lon/lat envelope of a tile grown by {@code marginPx} pixels (at that zoom) on every side. */
    static Envelope lonLatEnvelope(int zoom, long x, long y, double marginPx) {
        double s = scale(zoom);
        double m = marginPx / s;
        double x0 = x * TILE / s - m;
        double x1 = (x + 1) * TILE / s + m;
        double y0 = y * TILE / s - m;
        double y1 = (y + 1) * TILE / s + m;
        return new Envelope(lon(x0), lon(x1), lat(y1), lat(y0));
    }

    /** A copy of a lon/lat geometry in world pixels. */
    static Geometry project(Geometry lonLat) {
        Geometry g = lonLat.copy();
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lon = seq.getX(i);
                seq.setOrdinate(i, 0, x(lon));
                seq.setOrdinate(i, 1, y(seq.getY(i)));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return g;
    }
}
