package org.linkatlas.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.geo.GeodesicLength;

/**
 * Finds the node nearest a position through square cells of about {@code cellKm}; distances are geodesic.
 * Searches only the 3×3 cells around the position, so a query radius must not exceed {@code cellKm}.
 * Confined to the thread building the network; read-only afterwards.
 */
final class NodeGrid {
    private final List<Double> lon;
    private final List<Double> lat;
    private final double cellDeg;
    private final double cellKm;
    private final Map<Long, List<Integer>> cells = new HashMap<>();

    NodeGrid(List<Double> lon, List<Double> lat, double cellKm) {
        this.lon = lon;
        this.lat = lat;
        this.cellKm = cellKm;
        this.cellDeg = cellKm / 100.0; // 1° of longitude is at least 100 km up to 25° N; latitude 110.6 km
    }

    private long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }

    void add(int node) {
        long cx = (long) Math.floor(lon.get(node) / cellDeg);
        long cy = (long) Math.floor(lat.get(node) / cellDeg);
        cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(2)).add(node);
    }

    int nearest(double x, double y, double maxKm) {
        return nearest(x, y, maxKm, n -> true);
    }

    int nearest(double x, double y, double maxKm, java.util.function.IntPredicate allowed) {
        if (maxKm > cellKm) {
            throw new IllegalArgumentException(maxKm + " km is more than the grid's cell of " + cellKm + " km");
        }
        long cx = (long) Math.floor(x / cellDeg);
        long cy = (long) Math.floor(y / cellDeg);
        int best = -1;
        double bestM = maxKm * 1000;
        for (long i = cx - 1; i <= cx + 1; i++) {
            for (long j = cy - 1; j <= cy + 1; j++) {
                List<Integer> nodes = cells.get(key(i, j));
                if (nodes == null) {
                    continue;
                }
                for (int n : nodes) {
                    if (!allowed.test(n)) {
                        continue;
                    }
                    double dx = (lon.get(n) - x) * 111_320 * Math.cos(Math.toRadians(y));
                    double dy = (lat.get(n) - y) * 110_574;
                    if (dx * dx + dy * dy > bestM * bestM * 1.02 + 1) {
                        continue; // plainly farther than the best so far: skip the geodesic
                    }
                    double m = GeodesicLength.metres(x, y, lon.get(n), lat.get(n));
                    if (m <= bestM) {
                        bestM = m;
                        best = n;
                    }
                }
            }
        }
        return best;
    }
}
