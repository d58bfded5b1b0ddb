package org.linkatlas.basemap;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * One value per simplification level, computed on first use. Zooms above {@link #FINEST} share the finest
 * level: the bundled data is itself simplified at 0.0002–0.0006°, so half a pixel at z14 (about 5 m) already
 * keeps every vertex. Thread-safe: two threads may compute the same level at once, both get an equal value
 * and the first one stored wins.
 */
final class ZoomCache<T> {
    static final int FINEST = 14;
    private final AtomicReferenceArray<T> levels = new AtomicReferenceArray<>(FINEST + 1);
    private final IntFunction<T> compute;

    ZoomCache(IntFunction<T> compute) {
        this.compute = compute;
    }

    static int level(int zoom) {
        return Math.max(0, Math.min(FINEST, zoom));
    }

    /** Half a pixel at the level's zoom, in world pixels: what Douglas–Peucker may drop without it showing. */
    static double tolerance(int level) {
        return 0.5 / WebMercator.scale(level);
    }

    T at(int zoom) {
        int level = level(zoom);
        T v = levels.get(level);
        if (v == null) {
            v = compute.apply(level);
            if (!levels.compareAndSet(level, null, v)) {
                v = levels.get(level);
            }
        }
        return v;
    }
}
