package org.linkatlas.bench;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.model.Catalogue;
import org.linkatlas.route.BaseNetwork;
import org.linkatlas.route.DistrictSeats;
import org.linkatlas.route.RouteFinder;
import org.linkatlas.route.RoutePlanner;
import org.linkatlas.route.RoutingNetwork;

/**
 * Issue 12's benchmark: route queries on the bundled network (the baseline, measured in the same run) and on an
 * imported network of about 200,000 edges, median and p95, and the time to import that network (read the file,
 * build both variants), then the time to index and draw it on the map (RoadNetworkRaster, against LinkRaster). The
 * imported network is a GeoJSON grid of road lines over the region (317 × 317 nodes,
 * about 900 × 550 m apart, one line per edge), written to a temporary file first. Prints figures; asserts
 * nothing. Run: {@code ./mvnw -q test-compile exec:exec@bench-route} (after RouteBenchmark's figures).
 */
public final class ImportedNetworkBenchmark {
    public static void main(String[] args) throws Exception {
        Path data = Path.of("data");
        Catalogue c = new CatalogueReader().read(data, Path.of("seeds"));
        Path networkDir = data.resolve("network");
        Random rnd = new Random(7);

        RoutePlanner bundled = BaseNetwork.bundled(networkDir).planner(c);
        List<DistrictSeats.Seat> seats = DistrictSeats.read(networkDir);
        double[] base = time(bundled, seats, rnd, 300);
        System.out.printf(Locale.ROOT, "bundled network (%d nodes, %d edges): route query between district seats, median %.2f ms, p95 %.2f ms%n",
                bundled.network(RoutingNetwork.Variant.EXISTING).nodeCount(), bundled.network(RoutingNetwork.Variant.EXISTING).edgeCount(),
                base[0], base[1]);

        int side = 317;
        Path file = Files.createTempFile("link-atlas-bench-", ".geojson");
        try {
            long edges = writeGrid(file, side, rnd);
            System.out.printf(Locale.ROOT, "imported network file: %d road lines, %.0f MB%n", edges, Files.size(file) / 1e6);
            long t0 = System.nanoTime();
            double[] lastProgress = {0};
            BaseNetwork imported = BaseNetwork.imported(networkDir, file, p -> lastProgress[0] = p, () -> false);
            long t1 = System.nanoTime();
            RoutePlanner planner = imported.planner(c);
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "import: read %.1f s (progress reached %.0f%%), build both variants %.1f s, total %.1f s (target <= 20 s)%n",
                    (t1 - t0) / 1e9, lastProgress[0] * 100, (t2 - t1) / 1e9, (t2 - t0) / 1e9);
            RoutingNetwork net = planner.network(RoutingNetwork.Variant.EXISTING);
            System.out.printf(Locale.ROOT, "imported routing network: %d nodes, %d edges%n", net.nodeCount(), net.edgeCount());
            double[] big = time(planner, seats, rnd, 200);
            System.out.printf(Locale.ROOT, "imported network: route query between district seats, median %.1f ms, p95 %.1f ms "
                    + "(target median <= 20 ms); %.0f× the bundled network's median%n", big[0], big[1], big[0] / base[0]);
            drawing(imported.roads());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The imported network on the map: indexing it (once, on the layer's drawing thread) and drawing one view plus
     * the layer's margin (2112 × 1512 px) at zoom 8 (the region; minor roads culled) and zoom 12, median of 5, against
     * the links' own raster ({@code LinkRaster}, every line in the links' style) of the same lines, same view, same run.
     */
    private static void drawing(List<org.linkatlas.model.Link> roads) {
        long t0 = System.nanoTime();
        org.linkatlas.map.LinkShapes shapes = new org.linkatlas.map.LinkShapes(roads);
        System.out.printf(Locale.ROOT, "road network layer: index %d lines %.0f ms (drawing thread)%n", roads.size(), (System.nanoTime() - t0) / 1e6);
        for (int zoom : new int[] {8, 12}) {
            double worldPx = 256 * Math.pow(2, zoom);
            double w = 1600 + 512;
            double h = 1000 + 512;
            org.linkatlas.map.MapViewport v = new org.linkatlas.map.MapViewport(worldPx,
                    w / 2 - org.linkatlas.geo.WebMercator.x(106.85) * worldPx, h / 2 - org.linkatlas.geo.WebMercator.y(21.4) * worldPx, w, h);
            int[] drawn = new int[1];
            double layer = median(() -> {
                java.awt.image.BufferedImage img = new java.awt.image.BufferedImage((int) w, (int) h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
                java.awt.Graphics2D g = img.createGraphics();
                drawn[0] = org.linkatlas.map.RoadNetworkRaster.draw(g, v, shapes);
                g.dispose();
            });
            double links = median(() -> org.linkatlas.map.LinkRaster.render(v, shapes, l -> true));
            System.out.printf(Locale.ROOT, "road network layer, zoom %d: %d lines drawn, median %.0f ms per view; the links' raster of "
                    + "the same lines %.0f ms (ratio %.2f)%n", zoom, drawn[0], layer, links, layer / links);
        }
    }

    private static double median(Runnable r) {
        r.run(); // warm-up
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long s = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        return ms[2];
    }

    /** Median and p95 ms of queries between random pairs of seats, both variants per query as the window asks. */
    private static double[] time(RoutePlanner planner, List<DistrictSeats.Seat> seats, Random rnd, int n) {
        RouteFinder finder = new RouteFinder(planner.network(RoutingNetwork.Variant.EXISTING));
        for (int w = 0; w < 30; w++) {
            query(finder, seats, rnd);
        }
        double[] ms = new double[n];
        for (int q = 0; q < n; q++) {
            long s = System.nanoTime();
            query(finder, seats, rnd);
            ms[q] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[n / 2], ms[(int) (n * 0.95)]};
    }

    private static void query(RouteFinder finder, List<DistrictSeats.Seat> seats, Random rnd) {
        DistrictSeats.Seat a = seats.get(rnd.nextInt(seats.size()));
        DistrictSeats.Seat b = seats.get(rnd.nextInt(seats.size()));
        finder.find(a.lon(), a.lat(), b.lon(), b.lat());
    }

    private static long writeGrid(Path file, int side, Random rnd) throws java.io.IOException {
        double dx = 2.7 / (side - 1);
        double dy = 1.6 / (side - 1);
        double[][] lon = new double[side][side];
        double[][] lat = new double[side][side];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                lon[i][j] = 105.5 + i * dx + (rnd.nextDouble() - 0.5) * dx * 0.3;
                lat[i][j] = 20.6 + j * dy + (rnd.nextDouble() - 0.5) * dy * 0.3;
            }
        }
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < side; i++) {
                for (int j = 0; j < side; j++) {
                    for (int d = 0; d < 2; d++) {
                        int i2 = d == 0 ? i + 1 : i;
                        int j2 = d == 0 ? j : j + 1;
                        if (i2 >= side || j2 >= side) {
                            continue;
                        }
                        w.write(n == 0 ? "" : ",\n");
                        w.write(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"osm_id\":\"%d\",\"highway\":\"%s\",\"ref\":\"T%d\"},"
                                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[%.6f,%.6f],[%.6f,%.6f]]}}",
                                n, (i + j) % 10 == 0 ? "primary" : "tertiary", n % 1000, lon[i][j], lat[i][j], lon[i2][j2], lat[i2][j2]));
                        n++;
                    }
                }
            }
            w.write("\n]}\n");
        }
        return n;
    }
}
