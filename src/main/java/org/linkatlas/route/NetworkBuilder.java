package org.linkatlas.route;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.geo.GeodesicLength;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Collects the nodes and edges of a {@link RoutingNetwork} while it is built: each vertex of a link becomes
 * a node, or joins a node of another link within the snapping tolerance ({@link NodeGrid}); each consecutive
 * pair of vertices becomes an edge with its geodesic length; a context road's edge that repeats a catalogue
 * link's is left out; and at the end a link end left dangling is joined to the nearest segment of another
 * link within its tolerance, that segment split there. Split out of {@link RoutingNetwork}, which packs what
 * this collects into its compressed, immutable arrays. One use, one thread: made, filled and read by
 * {@link RoutingNetwork#build} on the caller's thread.
 */
final class NetworkBuilder {
    final GrowableArrays.Doubles lon = new GrowableArrays.Doubles();
    final GrowableArrays.Doubles lat = new GrowableArrays.Doubles();
    final GrowableArrays.Ints from = new GrowableArrays.Ints();
    final GrowableArrays.Ints to = new GrowableArrays.Ints();
    final GrowableArrays.Doubles metres = new GrowableArrays.Doubles();
    final GrowableArrays.Ints link = new GrowableArrays.Ints();
    final java.util.BitSet removed = new java.util.BitSet();
    final GrowableArrays.Ints endNode = new GrowableArrays.Ints(); // per end of a line: its node
    final GrowableArrays.Ints endLink = new GrowableArrays.Ints(); // and its link
    final GrowableArrays.Doubles endSnap = new GrowableArrays.Doubles(); // km, per end
    final java.util.Set<Long> linkPairs = new java.util.HashSet<>(); // node pairs a catalogue link joins
    final GrowableArrays.Ints lastLink = new GrowableArrays.Ints(); // the last link that used each node
    final double snapKm;
    final NodeGrid grid;

    NetworkBuilder(double snapKm) {
        this.snapKm = snapKm;
        this.grid = new NodeGrid(this.lon, this.lat, Math.max(snapKm, 3.0));
    }

    /** A vertex of link {@code linkIndex}: an existing node of another link within tolerance, or a new one. */
    int node(double x, double y, int linkIndex, double snap) {
        int n = grid.nearest(x, y, snap, m -> lastLink.get(m) != linkIndex);
        if (n < 0) {
            lon.add(x);
            lat.add(y);
            lastLink.add(linkIndex);
            n = lon.size() - 1;
            grid.add(n);
        }
        lastLink.set(n, linkIndex);
        return n;
    }

    void addLink(int linkIndex, Geometry g, boolean context, double snap) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof LineString line && line.getNumPoints() >= 2) {
                Coordinate[] cs = line.getCoordinates();
                int prev = node(cs[0].x, cs[0].y, linkIndex, snap);
                endNode.add(prev);
                endLink.add(linkIndex);
                endSnap.add(snap);
                for (int j = 1; j < cs.length; j++) {
                    int next = node(cs[j].x, cs[j].y, linkIndex, snap);
                    long pair = Math.min(prev, next) * (1L << 32) + Math.max(prev, next);
                    if (!context) {
                        linkPairs.add(pair);
                        edge(prev, next, linkIndex);
                    } else if (!linkPairs.contains(pair)) {
                        edge(prev, next, linkIndex); // a context road where no link already runs
                    }
                    prev = next;
                }
                endNode.add(prev);
                endLink.add(linkIndex);
                endSnap.add(snap);
            }
        }
    }

    void edge(int u, int v, int linkIndex) {
        if (u == v) {
            return; // both vertices snapped to one node
        }
        from.add(u);
        to.add(v);
        metres.add(GeodesicLength.metres(lon.get(u), lat.get(u), lon.get(v), lat.get(v)));
        link.add(linkIndex);
    }

    /** A link end with one edge, near another link's segment: split that segment and connect. */
    void joinDanglingEnds() {
        int[] degree = new int[lon.size()];
        for (int e = 0; e < from.size(); e++) {
            degree[from.get(e)]++;
            degree[to.get(e)]++;
        }
        STRtree segments = null; // built at the first dangling end: a surveyed network may have none
        int edges = from.size();
        double pad = snapKm / 100.0; // degrees; > snapKm at these latitudes (1° ≈ 104–111 km)
        Map<Integer, List<double[]>> splits = new HashMap<>(); // edge → {t, node, link}
        for (int k = 0; k < endNode.size(); k++) {
            int n = endNode.get(k);
            int endsLink = endLink.get(k);
            if (degree[n] != 1) {
                continue;
            }
            if (segments == null) {
                segments = new STRtree();
                for (int e = 0; e < edges; e++) {
                    Envelope env = new Envelope(lon.get(from.get(e)), lon.get(to.get(e)), lat.get(from.get(e)), lat.get(to.get(e)));
                    segments.insert(env, e);
                }
            }
            double x = lon.get(n);
            double y = lat.get(n);
            double best = endSnap.get(k) * 1000;
            int bestEdge = -1;
            double bestT = 0;
            double padK = Math.min(pad, endSnap.get(k) / 100.0);
            for (Object o : segments.query(new Envelope(x - padK, x + padK, y - padK, y + padK))) {
                int e = (Integer) o;
                int u = from.get(e);
                int v = to.get(e);
                if (link.get(e) == endsLink || u == n || v == n) {
                    continue;
                }
                double t = projection(x, y, u, v);
                double px = lon.get(u) + t * (lon.get(v) - lon.get(u));
                double py = lat.get(u) + t * (lat.get(v) - lat.get(u));
                double d = GeodesicLength.metres(x, y, px, py);
                if (d < best) {
                    best = d;
                    bestEdge = e;
                    bestT = t;
                }
            }
            if (bestEdge >= 0) {
                splits.computeIfAbsent(bestEdge, key -> new ArrayList<>()).add(new double[] {bestT, n, endsLink});
                degree[n]++;
            }
        }
        List<Integer> order = new ArrayList<>(splits.keySet());
        Collections.sort(order); // deterministic node numbering
        for (int e : order) {
            List<double[]> cuts = splits.get(e);
            cuts.sort((a, b) -> Double.compare(a[0], b[0]));
            int u = from.get(e);
            int v = to.get(e);
            int segLink = link.get(e);
            removed.set(e);
            int prev = u;
            for (double[] cut : cuts) {
                double t = cut[0];
                int dangling = (int) cut[1];
                int p;
                if (t <= 0) {
                    p = u;
                } else if (t >= 1) {
                    p = v;
                } else {
                    lon.add(lon.get(u) + t * (lon.get(v) - lon.get(u)));
                    lat.add(lat.get(u) + t * (lat.get(v) - lat.get(u)));
                    lastLink.add(segLink);
                    p = lon.size() - 1;
                    grid.add(p);
                }
                edge(prev, p, segLink);
                edge(p, dangling, (int) cut[2]);
                prev = p;
            }
            edge(prev, v, segLink);
        }
    }

    private double projection(double x, double y, int u, int v) {
        return RoutingNetwork.projection(x, y, lon.get(u), lat.get(u), lon.get(v), lat.get(v));
    }
}
