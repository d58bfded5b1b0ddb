package org.linkatlas.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.model.Link;

/**
 * Shortest routes by length over a {@link RoutingNetwork}: Dijkstra with a binary heap
 * ({@link PriorityQueue}, stale entries skipped rather than decreased), stopping when the target is settled.
 * Holds per-query arrays, so one finder serves one thread; make one per thread.
 */
public final class RouteFinder {
    private record Entry(double dist, int node) {
    }

    private final RoutingNetwork net;
    private final double[] dist;
    private final int[] via; // the adjacency slot used to reach each node, -1 at the source
    private final int[] from;
    private final int[] stamp; // which query last touched a node, so arrays are not cleared per query
    private int query;

    public RouteFinder(RoutingNetwork net) {
        this.net = net;
        int n = net.nodeCount();
        dist = new double[n];
        via = new int[n];
        from = new int[n];
        stamp = new int[n];
    }

    /** The shortest route between two positions (lon/lat), each joined to its nearest node; empty when none. */
    public Optional<Route> find(double lonA, double latA, double lonB, double latB) {
        int a = net.nodeForPlace(lonA, latA);
        int b = net.nodeForPlace(lonB, latB);
        if (a < 0 || b < 0) {
            return Optional.empty();
        }
        double gapA = GeodesicLength.metres(lonA, latA, net.lon(a), net.lat(a)) / 1000;
        double gapB = GeodesicLength.metres(lonB, latB, net.lon(b), net.lat(b)) / 1000;
        return find(a, b).map(r -> new Route(r.segments(), r.totalKm(), gapA, gapB));
    }

    /** The shortest route between two nodes; empty when they are not connected. */
    public Optional<Route> find(int source, int target) {
        query++;
        if (query == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            query = 1;
        }
        PriorityQueue<Entry> heap = new PriorityQueue<>((x, y) -> Double.compare(x.dist, y.dist));
        touch(source, 0, -1, -1);
        heap.add(new Entry(0, source));
        while (!heap.isEmpty()) {
            Entry e = heap.poll();
            int u = e.node;
            if (e.dist > dist[u]) {
                continue; // stale
            }
            if (u == target) {
                return Optional.of(path(source, target));
            }
            for (int s = net.firstEdge(u), end = net.endEdge(u); s < end; s++) {
                int v = net.edgeTarget(s);
                double d = e.dist + net.edgeMetres(s);
                if (stamp[v] != query || d < dist[v]) {
                    touch(v, d, s, u);
                    heap.add(new Entry(d, v));
                }
            }
        }
        return Optional.empty();
    }

    private void touch(int node, double d, int slot, int prev) {
        stamp[node] = query;
        dist[node] = d;
        via[node] = slot;
        from[node] = prev;
    }

    private Route path(int source, int target) {
        List<Route.Segment> reversed = new ArrayList<>();
        Link current = null;
        double km = 0;
        for (int n = target; n != source; n = from[n]) {
            Link l = net.edgeLink(via[n]);
            if (current != null && !current.id().equals(l.id())) {
                reversed.add(new Route.Segment(current, km));
                km = 0;
            }
            current = l;
            km += net.edgeMetres(via[n]) / 1000;
        }
        if (current != null) {
            reversed.add(new Route.Segment(current, km));
        }
        Collections.reverse(reversed);
        return new Route(reversed, dist[target] / 1000, 0, 0);
    }
}
