package org.linkatlas.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.route.RouteFinder;
import org.linkatlas.route.RoutingNetwork;
import org.locationtech.jts.geom.Coordinate;

/**
 * Route query time on a synthetic grid of about 100,000 edges (224 × 224 nodes, 2.5 km apart, each edge one
 * link, positions jittered) over northern Vietnam: median and p95 of 200 queries between random nodes, and of
 * 200 between random positions (each joined to its nearest edge, as the window asks).
 * Prints figures; asserts nothing. Run: {@code ./mvnw -q test-compile exec:exec@bench-route}.
 */
public final class RouteBenchmark {
    public static void main(String[] args) throws Exception {
        int side = 224;
        double step = 0.025; // degrees, about 2.6–2.8 km: beyond the 1.5 km snapping tolerance
        Random rnd = new Random(42);
        double[][] lon = new double[side][side];
        double[][] lat = new double[side][side];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                lon[i][j] = 103.0 + i * step + (rnd.nextDouble() - 0.5) * step * 0.3;
                lat[i][j] = 20.0 + j * step + (rnd.nextDouble() - 0.5) * step * 0.3;
            }
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                if (i + 1 < side) {
                    links.add(link(links.size(), lon[i][j], lat[i][j], lon[i + 1][j], lat[i + 1][j]));
                }
                if (j + 1 < side) {
                    links.add(link(links.size(), lon[i][j], lat[i][j], lon[i][j + 1], lat[i][j + 1]));
                }
            }
        }
        long t0 = System.nanoTime();
        RoutingNetwork net = RoutingNetwork.build(links, RoutingNetwork.Variant.EXISTING);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("network: %d nodes, %d edges, built in %.0f ms%n", net.nodeCount(), net.edgeCount(), buildMs);
        RouteFinder finder = new RouteFinder(net);
        for (int warm = 0; warm < 50; warm++) {
            finder.find(rnd.nextInt(net.nodeCount()), rnd.nextInt(net.nodeCount()));
        }
        int n = 200;
        double[] ms = new double[n];
        for (int q = 0; q < n; q++) {
            int a = rnd.nextInt(net.nodeCount());
            int b = rnd.nextInt(net.nodeCount());
            long s = System.nanoTime();
            finder.find(a, b).orElseThrow();
            ms[q] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("route query, random node pairs (%d): median %.1f ms, p95 %.1f ms, max %.1f ms (target <= 50 ms)%n",
                n, ms[n / 2], ms[(int) (n * 0.95)], ms[n - 1]);
        // as the window and the command line ask: two positions, each joined to its nearest edge
        for (int q = 0; q < n; q++) {
            double lonA = 103.0 + rnd.nextDouble() * (side - 1) * step;
            double latA = 20.0 + rnd.nextDouble() * (side - 1) * step;
            double lonB = 103.0 + rnd.nextDouble() * (side - 1) * step;
            double latB = 20.0 + rnd.nextDouble() * (side - 1) * step;
            long s = System.nanoTime();
            finder.find(lonA, latA, lonB, latB).orElseThrow();
            ms[q] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("route query, random positions joined to the nearest edge (%d): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                n, ms[n / 2], ms[(int) (n * 0.95)], ms[n - 1]);
        ImportedNetworkBenchmark.main(args); // issue 12: bundled vs an imported 200,000-edge network, import time
    }


    private static Link link(int id, double x1, double y1, double x2, double y2) {
        return new Link("l" + id, "l" + id, null, LinkKind.ROAD, null, LinkStatus.EXISTING, null, List.of(), List.of(), null,
                null, null, null, List.of(), GeoJsonCodec.WGS84.createLineString(
                        new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y2)}),
                Accuracy.LOCATED, 1.0, "synthetic", List.of(), List.of());
    }
}
