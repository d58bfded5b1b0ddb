package org.linkatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.linkatlas.map.tiles.OfflineTileSource;
import org.linkatlas.map.tiles.RenderedTileCache;

/**
 * Offline tiles through the disk cache: time to draw and store a tile (miss) and to read it back (hit), at
 * z8, z11 and z14 over the region. Prints figures; asserts nothing.
 * Run: {@code ./mvnw -q test-compile exec:exec@bench-tiles}.
 */
public final class TileCacheBenchmark {
    public static void main(String[] args) throws Exception {
        Path cacheDir = Files.createTempDirectory("link-atlas-bench-cache");
        OfflineTileSource offline = new OfflineTileSource(Path.of("data", "basemap"));
        RenderedTileCache cache = new RenderedTileCache(offline, cacheDir, "bench");
        offline.tile(8, 203, 113, 256); // load the data once, as the app does on its first tile
        System.out.println("offline tiles through the disk cache, 256 px, ms per tile: median / p95");
        for (int z : new int[] {8, 11, 14}) {
            int n = 1 << z;
            long cx = (long) ((106.6 + 180) / 360 * n);
            long cy = (long) ((1 - Math.log(Math.tan(Math.toRadians(21.2)) + 1 / Math.cos(Math.toRadians(21.2))) / Math.PI) / 2 * n);
            for (int warm = 0; warm < 3; warm++) {
                offline.tile(z, cx + 5, cy + 5, 256);
            }
            double[] miss = new double[36];
            double[] hit = new double[36];
            for (int i = 0; i < 36; i++) {
                long x = cx - 3 + i % 6;
                long y = cy - 3 + i / 6;
                long t0 = System.nanoTime();
                cache.tile(z, x, y, 256);
                miss[i] = (System.nanoTime() - t0) / 1e6;
            }
            for (int i = 0; i < 36; i++) {
                long x = cx - 3 + i % 6;
                long y = cy - 3 + i / 6;
                long t0 = System.nanoTime();
                cache.tile(z, x, y, 256);
                hit[i] = (System.nanoTime() - t0) / 1e6;
            }
            System.out.printf("  z%-3d miss (draw + write PNG): %6.2f / %6.2f    hit (read PNG): %6.2f / %6.2f%n",
                    z, pct(miss, 50), pct(miss, 95), pct(hit, 50), pct(hit, 95));
        }
        cache.clear();
    }

    private static double pct(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100 * s.length) - 1)];
    }
}
