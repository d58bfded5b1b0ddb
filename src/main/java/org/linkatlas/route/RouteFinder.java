package org.linkatlas.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.model.Link;
import org.locationtech.jts.geom.Coordinate;

/**
 * Shortest routes by length over a {@link RoutingNetwork}: A* (a great-circle lower bound) with a binary heap
 * ({@link PriorityQueue}, stale entries skipped rather than decreased), stopping when the target is settled.
 * Between two positions, each joins the network where it is nearest to an edge ({@link RoutingNetwork#access}),
 * through two extra nodes the finder adds for the query: the start reaches both ends of its edge, both ends
 * of the target's edge reach the target, and when both lie on one edge the part between them is a way too.
 * Holds per-query arrays, so one finder serves one thread; make one per thread.
 */
public final class RouteFinder {
    private record Entry(double key, double dist, int node) {
    }

    // via[] codes for the edges of the extra nodes
    private static final int SOURCE = -1;
    private static final int FROM_START = -2;
    private static final int TO_END = -3;
    private static final int SAME_EDGE = -4;

    private final RoutingNetwork net;
    private final int start; // the extra nodes: n and n+1
    private final int end;
    private final double[] dist;
    private final int[] via; // the adjacency slot used to reach each node, or a code above
    private final int[] from;
    private final int[] stamp; // which query last touched a node, so arrays are not cleared per query
    private int query;
    private RoutingNetwork.Access a;
    private RoutingNetwork.Access b;
    private java.util.function.BooleanSupplier cancelled = () -> false;

    public RouteFinder(RoutingNetwork net) {
        this.net = net;
        int n = net.nodeCount();
        start = n;
        end = n + 1;
        dist = new double[n + 2];
        via = new int[n + 2];
        from = new int[n + 2];
        stamp = new int[n + 2];
    }

    /**
     * Makes later queries stop with a {@link java.util.concurrent.CancellationException} once {@code cancelled}
     * says so (checked every 4,096 nodes settled: well under a millisecond apart).
     */
    public RouteFinder cancelWhen(java.util.function.BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        return this;
    }

    /** The shortest route between two positions (lon/lat), each joined to its nearest edge; empty when none. */
    public Optional<Route> find(double lonA, double latA, double lonB, double latB) {
        a = net.access(lonA, latA);
        b = net.access(lonB, latB);
        if (a == null || b == null) {
            return Optional.empty();
        }
        return search(start, end).map(r -> new Route(r.segments(), r.totalKm(), a.gapKm(), b.gapKm()));
    }

    /** The shortest route between two nodes; empty when they are not connected. */
    public Optional<Route> find(int source, int target) {
        a = null;
        b = null;
        return search(source, target);
    }

    private Optional<Route> search(int source, int target) {
        query++;
        if (query == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            query = 1;
        }
        PriorityQueue<Entry> heap = new PriorityQueue<>((x, y) -> Double.compare(x.key, y.key));
        if (b != null) {
            goalLon = b.lon();
            goalLat = b.lat();
        } else {
            goalLon = net.lon(target);
            goalLat = net.lat(target);
        }
        touch(source, 0, SOURCE, -1);
        heap.add(new Entry(0, 0, source));
        int settled = 0;
        while (!heap.isEmpty()) {
            Entry e = heap.poll();
            int u = e.node;
            if (e.dist > dist[u]) {
                continue; // stale
            }
            if ((++settled & 4095) == 0 && cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("route search cancelled");
            }
            if (u == target) {
                return Optional.of(path(source, target));
            }
            if (u == start && a != null) {
                int slot = a.slot();
                double m = net.edgeMetres(slot);
                relax(heap, u, net.edgeSource(slot), e.dist + a.t() * m, FROM_START);
                relax(heap, u, net.edgeTarget(slot), e.dist + (1 - a.t()) * m, FROM_START);
                if (sameEdge()) {
                    relax(heap, u, end, e.dist + Math.abs(a.t() - tOnA(b)) * m, SAME_EDGE);
                }
                continue;
            }
            if (b != null && (u == net.edgeSource(b.slot()) || u == net.edgeTarget(b.slot()))) {
                double m = net.edgeMetres(b.slot());
                relax(heap, u, end, e.dist + (u == net.edgeSource(b.slot()) ? b.t() : 1 - b.t()) * m, TO_END);
            }
            for (int s = net.firstEdge(u), stop = net.endEdge(u); s < stop; s++) {
                relax(heap, u, net.edgeTarget(s), e.dist + net.edgeMetres(s), s);
            }
        }
        return Optional.empty();
    }

    private void relax(PriorityQueue<Entry> heap, int u, int v, double d, int slot) {
        if (stamp[v] != query || d < dist[v]) {
            touch(v, d, slot, u);
            heap.add(new Entry(d + lowerBound(v), d, v));
        }
    }

    private double goalLon;
    private double goalLat;
    /** Below the smallest radius of curvature of WGS84 (6,335 km, meridional at the equator): a lower bound. */
    private static final double R_MIN = 6_330_000;

    /**
     * A* (Hart, Nilsson, Raphael 1968): the great-circle distance to the goal on a sphere smaller than the
     * ellipsoid never exceeds the geodesic length of any way there, so the first time the target is settled its
     * route is still the shortest; far fewer nodes are settled than by plain Dijkstra.
     */
    private double lowerBound(int v) {
        if (v >= net.nodeCount()) {
            return 0;
        }
        double p1 = Math.toRadians(net.lat(v));
        double p2 = Math.toRadians(goalLat);
        double dp = p2 - p1;
        double dl = Math.toRadians(goalLon - net.lon(v));
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * R_MIN * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Both positions join the same edge (in either direction). */
    private boolean sameEdge() {
        int sa = net.edgeSource(a.slot());
        int ta = net.edgeTarget(a.slot());
        int sb = net.edgeSource(b.slot());
        int tb = net.edgeTarget(b.slot());
        return net.edgeLink(a.slot()) == net.edgeLink(b.slot()) && (sa == sb && ta == tb || sa == tb && ta == sb)
                && net.edgeMetres(a.slot()) == net.edgeMetres(b.slot());
    }

    /** Where {@code x} lies along A's edge, measured from A's edge's source node. */
    private double tOnA(RoutingNetwork.Access x) {
        return net.edgeSource(x.slot()) == net.edgeSource(a.slot()) ? x.t() : 1 - x.t();
    }

    private void touch(int node, double d, int slot, int prev) {
        stamp[node] = query;
        dist[node] = d;
        via[node] = slot;
        from[node] = prev;
    }

    /** One step of the path: a link, its length and its course from → to. */
    private record Step(Link link, double metres, double x1, double y1, double x2, double y2) {
    }

    private Route path(int source, int target) {
        List<Step> steps = new ArrayList<>();
        for (int n = target; n != source; n = from[n]) {
            int p = from[n];
            int code = via[n];
            if (code >= 0) {
                steps.add(new Step(net.edgeLink(code), net.edgeMetres(code), net.lon(p), net.lat(p), net.lon(n), net.lat(n)));
            } else if (code == FROM_START) {
                steps.add(new Step(net.edgeLink(a.slot()), dist[n] - dist[p], a.lon(), a.lat(), net.lon(n), net.lat(n)));
            } else if (code == TO_END) {
                steps.add(new Step(net.edgeLink(b.slot()), dist[n] - dist[p], net.lon(p), net.lat(p), b.lon(), b.lat()));
            } else if (code == SAME_EDGE) {
                steps.add(new Step(net.edgeLink(a.slot()), dist[n] - dist[p], a.lon(), a.lat(), b.lon(), b.lat()));
            }
        }
        Collections.reverse(steps);
        List<Route.Segment> segments = new ArrayList<>();
        Link current = null;
        double metres = 0;
        List<Coordinate> line = new ArrayList<>();
        for (Step s : steps) {
            if (s.metres() <= 0) {
                continue; // a place exactly at a node: nothing travelled on that edge
            }
            if (current != null && !current.id().equals(s.link().id())) {
                segments.add(segment(current, metres, line));
                metres = 0;
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                line.add(new Coordinate(s.x1(), s.y1()));
            }
            line.add(new Coordinate(s.x2(), s.y2()));
            current = s.link();
            metres += s.metres();
        }
        if (current != null) {
            segments.add(segment(current, metres, line));
        }
        return new Route(segments, dist[target] / 1000, 0, 0);
    }

    private static Route.Segment segment(Link l, double metres, List<Coordinate> line) {
        return new Route.Segment(l, metres / 1000, GeoJsonCodec.WGS84.createLineString(line.toArray(Coordinate[]::new)));
    }
}
