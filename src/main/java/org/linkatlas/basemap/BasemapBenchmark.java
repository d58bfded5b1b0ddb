package org.linkatlas.basemap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Headless benchmark of {@link OfflineBasemapRenderer}: renders the tiles over the data's box, and over its
 * busiest part (Bắc Giang, Hải Dương, Hạ Long), at z8, z11 and z14 (at most {@value #MAX_TILES} per zoom,
 * spread evenly) after a warm-up, and prints the median, mean and 95th percentile milliseconds per tile, on one
 * thread. It prints figures and never asserts them.
 *
 * <pre>java -cp target/classes:target/lib/* org.linkatlas.basemap.BasemapBenchmark [data/basemap] [rounds]</pre>
 *
 * Main thread only. It writes to standard output like the commands in {@code cli}: printing is its purpose.
 */
public final class BasemapBenchmark {
    private static final int[] ZOOMS = {8, 11, 14};
    private static final int MAX_TILES = 300;
    private static final int MIN_SAMPLES = 200;

    private BasemapBenchmark() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "data/basemap");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long t0 = System.nanoTime();
        OfflineBasemapRenderer renderer = OfflineBasemapRenderer.load(dir);
        System.out.printf(Locale.ROOT, "loaded %s in %.0f ms%s%n", dir, (System.nanoTime() - t0) / 1e6,
                renderer.data().problems().isEmpty() ? "" : "; left out: " + renderer.data().problems());
        Map<String, List<long[]>> sets = new LinkedHashMap<>();
        sets.put("whole box", new ArrayList<>());
        sets.put("core", new ArrayList<>());
        for (int z : ZOOMS) {
            sets.get("whole box").add(tilesOver(z, 105.5, 20.6, 108.2, 22.2));
            sets.get("core").add(tilesOver(z, 106.0, 20.85, 107.3, 21.4)); // Bắc Giang, Hải Dương, Hạ Long
        }
        for (int i = 0; i < ZOOMS.length; i++) {
            long start = System.nanoTime();
            renderAll(renderer, ZOOMS[i], sets.get("whole box").get(i), 256, null, 0);
            System.out.printf(Locale.ROOT, "z%-2d first pass (simplifying, placing labels) %.0f ms%n", ZOOMS[i],
                    (System.nanoTime() - start) / 1e6);
        }
        for (int warm = 0; warm < 3; warm++) {
            for (List<long[]> set : sets.values()) {
                for (int i = 0; i < ZOOMS.length; i++) {
                    renderAll(renderer, ZOOMS[i], set.get(i), 256, null, 0);
                    renderAll(renderer, ZOOMS[i], set.get(i), 512, null, 0);
                }
            }
        }
        for (int size : new int[] {256, 512}) {
            for (Map.Entry<String, List<long[]>> set : sets.entrySet()) {
                for (int i = 0; i < ZOOMS.length; i++) {
                    measure(renderer, ZOOMS[i], set.getValue().get(i), size, rounds, set.getKey());
                }
            }
        }
    }

    private static void measure(OfflineBasemapRenderer renderer, int z, long[] xy, int size, int rounds, String set) {
        int tiles = xy.length / 2;
        int n = Math.max(rounds, (MIN_SAMPLES + tiles - 1) / tiles);
        double[] ms = new double[tiles * n];
        for (int r = 0; r < n; r++) {
            renderAll(renderer, z, xy, size, ms, r * tiles);
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT,
                "z%-2d %3d px %-9s %3d tiles x %2d  median %6.2f ms  mean %6.2f ms  p95 %6.2f ms  max %6.2f ms%n",
                z, size, set, tiles, n, percentile(ms, 50), Arrays.stream(ms).average().orElse(0),
                percentile(ms, 95), ms[ms.length - 1]);
    }

    private static void renderAll(OfflineBasemapRenderer r, int z, long[] xy, int size, double[] ms, int offset) {
        for (int t = 0; t < xy.length / 2; t++) {
            long start = System.nanoTime();
            r.render(z, xy[2 * t], xy[2 * t + 1], size);
            if (ms != null) {
                ms[offset + t] = (System.nanoTime() - start) / 1e6;
            }
        }
    }

    /** The x, y pairs of the tiles over a lon/lat box, thinned evenly to at most MAX_TILES. */
    static long[] tilesOver(int z, double west, double south, double east, double north) {
        double s = WebMercator.scale(z) / WebMercator.TILE;
        long x0 = (long) Math.floor(WebMercator.x(west) * s);
        long x1 = (long) Math.floor(WebMercator.x(east) * s);
        long y0 = (long) Math.floor(WebMercator.y(north) * s);
        long y1 = (long) Math.floor(WebMercator.y(south) * s);
        long count = (x1 - x0 + 1) * (y1 - y0 + 1);
        long step = Math.max(1, (count + MAX_TILES - 1) / MAX_TILES);
        List<Long> out = new ArrayList<>();
        for (long i = 0; i < count; i += step) {
            out.add(x0 + i % (x1 - x0 + 1));
            out.add(y0 + i / (x1 - x0 + 1));
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
