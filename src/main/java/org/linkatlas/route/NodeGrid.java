package org.linkatlas.route;

import java.util.HashMap;
import java.util.Map;
import org.linkatlas.geo.GeodesicLength;

/**
 * Finds the node nearest a position through square cells of about {@code cellKm}; distances are geodesic.
 * Searches only the 3×3 cells around the position, so a query radius must not exceed {@code cellKm}.
 * A candidate plainly farther than the best so far (by a local plane) is skipped, and one at exactly the
 * position is 0 m away without the geodesic, so a surveyed network whose lines share their junction vertices
 * snaps cheaply. Confined to the thread building the network; read-only afterwards.
 */
final class NodeGrid {
    private final GrowableArrays.Doubles lon;
    private final GrowableArrays.Doubles lat;
    private final double cellDeg;
    private final double cellKm;
    private final Map<Long, GrowableArrays.Ints> cells = new HashMap<>();

    NodeGrid(GrowableArrays.Doubles lon, GrowableArrays.Doubles lat, double cellKm) {
        this.lon = lon;
        this.lat = lat;
        this.cellKm = cellKm;
        this.cellDeg = cellKm / 100.0; // 1° of longitude is at least 100 km up to 25° N; latitude 110.6 km
    }

    /** One key per cell; the odd multiplier (a bijection) spreads neighbouring cells over the hash table. */
    private static long key(long cx, long cy) {
        return ((cx << 32) ^ (cy & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }

    void add(int node) {
        long cx = (long) Math.floor(lon.get(node) / cellDeg);
        long cy = (long) Math.floor(lat.get(node) / cellDeg);
        cells.computeIfAbsent(key(cx, cy), k -> new GrowableArrays.Ints(2)).add(node);
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
        double cosY = Math.cos(Math.toRadians(y));
        int best = -1;
        double bestM = maxKm * 1000;
        for (long i = cx - 1; i <= cx + 1; i++) {
            for (long j = cy - 1; j <= cy + 1; j++) {
                GrowableArrays.Ints nodes = cells.get(key(i, j));
                if (nodes == null) {
                    continue;
                }
                for (int k = 0, size = nodes.size(); k < size; k++) {
                    int n = nodes.get(k);
                    double nx = lon.get(n);
                    double ny = lat.get(n);
                    double dx = (nx - x) * 111_320 * cosY;
                    double dy = (ny - y) * 110_574;
                    if (dx * dx + dy * dy > bestM * bestM * 1.02 + 1) {
                        continue; // plainly farther than the best so far: skip the geodesic
                    }
                    if (!allowed.test(n)) {
                        continue;
                    }
                    double m = nx == x && ny == y ? 0 : GeodesicLength.metres(x, y, nx, ny);
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
