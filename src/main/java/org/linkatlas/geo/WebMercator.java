package org.linkatlas.geo;

/**
 * Web Mercator (EPSG:3857) in "world units": x and y from 0 to 1 across the whole map, y from the top, as
 * the OSM tile scheme counts them (at zoom z the world is 256·2^z pixels). For drawing only: lengths come
 * from {@link GeodesicLength}. Pure; any thread.
 */
public final class WebMercator {
    public static final double MAX_LAT = 85.05112878;

    private WebMercator() {
    }

    public static double x(double lon) {
        return (lon + 180.0) / 360.0;
    }

    public static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double r = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
    }

    public static double lon(double x) {
        return x * 360.0 - 180.0;
    }

    public static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }
}
