package org.linkatlas.route;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The road network the catalogue's links make, as a graph for {@link RouteFinder}.
 *
 * <p>Only links a car can use are routable: road, expressway, bridge, tunnel and ferry. Railways and
 * waterways are left out (a road route does not board a train), and point links (ports, stations, gates)
 * are places to go to, not ways. Every consecutive pair of vertices of a link's line is one edge whose
 * length is geodesic ({@link GeodesicLength}, WGS84), never Web Mercator.
 *
 * <p>Most of the catalogue's geometry is schematic or approximate (straight lines between waypoints, ends
 * placed to a km or several), so two links rarely share a vertex exactly. Vertices within
 * {@link Options#snapKm()} (1.5 km by default) are merged into one node (a grid of cells finds the
 * candidates); a link's own vertices are never merged with each other, so a 500 m bridge keeps its two ends,
 * and a link end left dangling is joined to the nearest segment of another link within the same
 * tolerance (an STRtree of segments; the segment is split there, the short connector counts as part of the
 * dangling link). The price of that tolerance: links that pass within 1.5 km of each other without meeting
 * (an overpass) join too.
 *
 * <p>Immutable once built; any thread.
 */
public final class RoutingNetwork {
    /** Kinds a road route may use. */
    public static final Set<LinkKind> ROAD_KINDS =
            EnumSet.of(LinkKind.ROAD, LinkKind.EXPRESSWAY, LinkKind.BRIDGE, LinkKind.TUNNEL, LinkKind.FERRY);

    /**
     * Which links count. {@code EXISTING}: links one can drive on today, including those being upgraded or
     * restored and those due to be replaced (they still carry traffic). {@code WITH_PLANNED}: those plus the
     * links under construction, planned or proposed: what the agreements would add.
     */
    public enum Variant {
        EXISTING(EnumSet.of(LinkStatus.EXISTING, LinkStatus.UPGRADE, LinkStatus.RESTORATION, LinkStatus.TO_BE_REPLACED)),
        WITH_PLANNED(EnumSet.allOf(LinkStatus.class));

        private final Set<LinkStatus> statuses;

        Variant(Set<LinkStatus> statuses) {
            this.statuses = statuses;
        }

        public boolean admits(LinkStatus s) {
            return statuses.contains(s);
        }
    }

    /** Tolerances in km: vertices closer than {@code snapKm} are one node; a place joins a node within {@code placeKm}. */
    public record Options(double snapKm, double placeKm) {
        public static final Options DEFAULT = new Options(1.5, 3.0);
    }

    private final Options options;
    private final List<Link> links;
    private final double[] lon;
    private final double[] lat;
    // compressed adjacency: the edges of node n are first[n] .. first[n+1]-1
    private final int[] first;
    private final int[] target;
    private final double[] metres;
    private final int[] linkOf;
    private final NodeGrid grid;

    private RoutingNetwork(Options options, List<Link> links, Builder b) {
        this.options = options;
        this.links = List.copyOf(links);
        int n = b.lon.size();
        lon = new double[n];
        lat = new double[n];
        for (int i = 0; i < n; i++) {
            lon[i] = b.lon.get(i);
            lat[i] = b.lat.get(i);
        }
        first = new int[n + 1];
        int live = 0;
        for (int e = 0; e < b.from.size(); e++) {
            if (!b.removed.get(e)) {
                first[b.from.get(e) + 1]++;
                first[b.to.get(e) + 1]++;
                live += 2;
            }
        }
        for (int i = 0; i < n; i++) {
            first[i + 1] += first[i];
        }
        target = new int[live];
        metres = new double[live];
        linkOf = new int[live];
        int[] fill = first.clone();
        for (int e = 0; e < b.from.size(); e++) {
            if (!b.removed.get(e)) {
                int u = b.from.get(e);
                int v = b.to.get(e);
                put(fill[u]++, v, b.metres.get(e), b.link.get(e));
                put(fill[v]++, u, b.metres.get(e), b.link.get(e));
            }
        }
        grid = b.grid;
    }

    private void put(int slot, int to, double m, int link) {
        target[slot] = to;
        metres[slot] = m;
        linkOf[slot] = link;
    }

    /** The network of the routable links of {@code all} admitted by {@code variant}. */
    public static RoutingNetwork build(List<Link> all, Variant variant, Options options) {
        List<Link> chosen = all.stream()
                .filter(l -> ROAD_KINDS.contains(l.kind()) && variant.admits(l.status()) && l.geometry() != null)
                .toList();
        Builder b = new Builder(options.snapKm());
        for (int i = 0; i < chosen.size(); i++) {
            b.addLink(i, chosen.get(i).geometry());
        }
        b.joinDanglingEnds();
        return new RoutingNetwork(options, chosen, b);
    }

    public static RoutingNetwork build(List<Link> all, Variant variant) {
        return build(all, variant, Options.DEFAULT);
    }

    public Options options() {
        return options;
    }

    public int nodeCount() {
        return lon.length;
    }

    /** Each undirected edge once. */
    public int edgeCount() {
        return target.length / 2;
    }

    public double lon(int node) {
        return lon[node];
    }

    public double lat(int node) {
        return lat[node];
    }

    int firstEdge(int node) {
        return first[node];
    }

    int endEdge(int node) {
        return first[node + 1];
    }

    int edgeTarget(int slot) {
        return target[slot];
    }

    double edgeMetres(int slot) {
        return metres[slot];
    }

    Link edgeLink(int slot) {
        return links.get(linkOf[slot]);
    }

    /** The links in this network. */
    public List<Link> links() {
        return links;
    }

    /** The node nearest to a position, if one lies within {@code maxKm}; -1 otherwise. */
    public int nearestNode(double lonDeg, double latDeg, double maxKm) {
        return grid.nearest(lonDeg, latDeg, maxKm);
    }

    /** The node a place at this position joins ({@link Options#placeKm()}), or -1. */
    public int nodeForPlace(double lonDeg, double latDeg) {
        return nearestNode(lonDeg, latDeg, options.placeKm());
    }

    /** Collects nodes and edges while the network is built. */
    private static final class Builder {
        final List<Double> lon = new ArrayList<>();
        final List<Double> lat = new ArrayList<>();
        final List<Integer> from = new ArrayList<>();
        final List<Integer> to = new ArrayList<>();
        final List<Double> metres = new ArrayList<>();
        final List<Integer> link = new ArrayList<>();
        final List<Boolean> removed = new ArrayList<>();
        final List<int[]> ends = new ArrayList<>(); // {node, link}
        final double snapKm;
        final NodeGrid grid;

        Builder(double snapKm) {
            this.snapKm = snapKm;
            this.grid = new NodeGrid(this.lon, this.lat, Math.max(snapKm, 3.0));
        }

        final List<Integer> lastLink = new ArrayList<>(); // the last link that used each node

        /** A vertex of link {@code linkIndex}: an existing node of another link within tolerance, or a new one. */
        int node(double x, double y, int linkIndex) {
            int n = grid.nearest(x, y, snapKm, m -> lastLink.get(m) != linkIndex);
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

        void addLink(int linkIndex, Geometry g) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof LineString line && line.getNumPoints() >= 2) {
                    Coordinate[] cs = line.getCoordinates();
                    int prev = node(cs[0].x, cs[0].y, linkIndex);
                    ends.add(new int[] {prev, linkIndex});
                    for (int j = 1; j < cs.length; j++) {
                        int next = node(cs[j].x, cs[j].y, linkIndex);
                        edge(prev, next, linkIndex);
                        prev = next;
                    }
                    ends.add(new int[] {prev, linkIndex});
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
            removed.add(false);
        }

        /** A link end with one edge, near another link's segment: split that segment and connect. */
        void joinDanglingEnds() {
            int[] degree = new int[lon.size()];
            for (int e = 0; e < from.size(); e++) {
                degree[from.get(e)]++;
                degree[to.get(e)]++;
            }
            STRtree segments = new STRtree();
            int edges = from.size();
            for (int e = 0; e < edges; e++) {
                Envelope env = new Envelope(lon.get(from.get(e)), lon.get(to.get(e)), lat.get(from.get(e)), lat.get(to.get(e)));
                segments.insert(env, e);
            }
            double pad = snapKm / 100.0; // degrees; > snapKm at these latitudes (1° ≈ 104–111 km)
            Map<Integer, List<double[]>> splits = new HashMap<>(); // edge → {t, node, link}
            for (int[] end : ends) {
                int n = end[0];
                if (degree[n] != 1) {
                    continue;
                }
                double x = lon.get(n);
                double y = lat.get(n);
                double best = snapKm * 1000;
                int bestEdge = -1;
                double bestT = 0;
                for (Object o : segments.query(new Envelope(x - pad, x + pad, y - pad, y + pad))) {
                    int e = (Integer) o;
                    int u = from.get(e);
                    int v = to.get(e);
                    if (link.get(e) == end[1] || u == n || v == n) {
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
                    splits.computeIfAbsent(bestEdge, k -> new ArrayList<>()).add(new double[] {bestT, n, end[1]});
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
                removed.set(e, true);
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

        /** Where along u→v the point (x, y) projects, 0..1, in a local plane with longitude scaled by cos(lat). */
        private double projection(double x, double y, int u, int v) {
            double k = Math.cos(Math.toRadians(y));
            double ax = lon.get(u) * k;
            double ay = lat.get(u);
            double bx = lon.get(v) * k - ax;
            double by = lat.get(v) - ay;
            double len2 = bx * bx + by * by;
            if (len2 == 0) {
                return 0;
            }
            double t = ((x * k - ax) * bx + (y - ay) * by) / len2;
            return Math.max(0, Math.min(1, t));
        }
    }
}
