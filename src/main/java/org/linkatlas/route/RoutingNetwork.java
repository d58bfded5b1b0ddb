package org.linkatlas.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.locationtech.jts.geom.Envelope;
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
 * <p>Between the links the agreements name, the basemap's schematic national roads and expressways
 * ({@link ContextRoads}) may be added as existing roads: an edge of a context road that joins two nodes
 * already joined by a link is left out, so where both draw the same road the route follows the link and
 * its agreements. Parallel edges of equal length keep a fixed preference: bridges, tunnels and ferries are
 * added before roads, so a route over a bridge names the bridge.
 *
 * <p>A link whose position is uncertain by more than {@link Options#maxUncertaintyKm()} (20 km by default)
 * is not routed over: its line only marks that the two ends will be linked (a ring road "between Bắc Giang
 * and Thái Nguyên"), and a length along it would be invented. {@link #notRouted} lists them.
 *
 * <p>A place joins the network at the nearest point of any edge within {@link Options#placeKm()}, not only
 * at a node: a port beside a long schematic road joins it where it passes.
 *
 * <p>{@link NetworkBuilder} collects the nodes and edges (snapping, dangling ends); this class packs them into
 * compressed adjacency arrays and an STRtree of edges and answers {@link RouteFinder}'s and the places'
 * questions. Immutable once built; any thread.
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

    /**
     * Tolerances in km: vertices closer than {@code snapKm} are one node; a place joins an edge within
     * {@code placeKm}; a link uncertain by more than {@code maxUncertaintyKm} is not routed over.
     */
    public record Options(double snapKm, double placeKm, double maxUncertaintyKm, double contextSnapKm) {
        public static final Options DEFAULT = new Options(1.5, 3.0, 20.0);

        /** The context roads snap as the links do (the bundled base network is schematic too). */
        public Options(double snapKm, double placeKm, double maxUncertaintyKm) {
            this(snapKm, placeKm, maxUncertaintyKm, snapKm);
        }

        /**
         * For surveyed context roads (a user's OpenStreetMap extract): they share their junction vertices
         * exactly, so only vertices within 20 m are one node; merging within 1.5 km would join roads that pass
         * near each other without meeting. The catalogue's links still join them within {@code snapKm}.
         */
        public Options surveyedContext() {
            return new Options(snapKm, placeKm, maxUncertaintyKm, 0.02);
        }
    }

    /** Where a position joins the network: on edge {@code slot} (from its source node), {@code t} of the way along. */
    public record Access(int slot, double t, double lon, double lat, double gapKm) {
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
    private final int[] sourceOf;
    private final NodeGrid grid;
    private final STRtree edges = new STRtree();

    private RoutingNetwork(Options options, List<Link> links, NetworkBuilder b) {
        this.options = options;
        this.links = List.copyOf(links);
        int n = b.lon.size();
        lon = b.lon.toArray();
        lat = b.lat.toArray();
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
        sourceOf = new int[live];
        int[] fill = first.clone();
        for (int e = 0; e < b.from.size(); e++) {
            if (!b.removed.get(e)) {
                int u = b.from.get(e);
                int v = b.to.get(e);
                int slot = fill[u]++;
                put(slot, u, v, b.metres.get(e), b.link.get(e));
                put(fill[v]++, v, u, b.metres.get(e), b.link.get(e));
                edges.insert(new Envelope(lon[u], lon[v], lat[u], lat[v]), slot);
            }
        }
        edges.build();
        grid = b.grid;
    }

    private void put(int slot, int from, int to, double m, int link) {
        sourceOf[slot] = from;
        target[slot] = to;
        metres[slot] = m;
        linkOf[slot] = link;
    }

    /** The network of the routable links of {@code all} admitted by {@code variant}, without context roads. */
    public static RoutingNetwork build(List<Link> all, Variant variant, Options options) {
        return build(all, List.of(), variant, options);
    }

    public static RoutingNetwork build(List<Link> all, Variant variant) {
        return build(all, List.of(), variant, Options.DEFAULT);
    }

    /**
     * The network of the routable links of {@code all} admitted by {@code variant}, plus the {@code context}
     * roads (existing, in every variant) where they do not repeat a link.
     */
    public static RoutingNetwork build(List<Link> all, List<Link> context, Variant variant, Options options) {
        List<Link> chosen = new ArrayList<>(all.stream()
                .filter(l -> routable(l, options) && variant.admits(l.status()))
                .sorted(Comparator.comparingInt(l -> l.kind() == LinkKind.ROAD || l.kind() == LinkKind.EXPRESSWAY ? 1 : 0))
                .toList());
        int links = chosen.size();
        context.stream().filter(l -> routable(l, options)).forEach(chosen::add);
        NetworkBuilder b = new NetworkBuilder(options.snapKm());
        for (int i = 0; i < chosen.size(); i++) {
            b.addLink(i, chosen.get(i).geometry(), i >= links, i >= links ? options.contextSnapKm() : options.snapKm());
        }
        b.joinDanglingEnds();
        return new RoutingNetwork(options, chosen, b);
    }

    private static boolean routable(Link l, Options options) {
        return ROAD_KINDS.contains(l.kind()) && l.geometry() != null && !tooUncertain(l, options);
    }

    /** A road-kind link left out because its course is unknown (see the class comment). */
    public static boolean tooUncertain(Link l, Options options) {
        return l.accuracyKm() > options.maxUncertaintyKm();
    }

    /** The road-kind links of {@code all} that no route uses because their course is unknown. */
    public static List<Link> notRouted(List<Link> all, Options options) {
        return all.stream().filter(l -> ROAD_KINDS.contains(l.kind()) && tooUncertain(l, options)).toList();
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

    int edgeSource(int slot) {
        return sourceOf[slot];
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

    /**
     * Where a place at this position joins the network: the nearest point of any edge within
     * {@link Options#placeKm()}, or {@code null} when none is that near.
     */
    public Access access(double lonDeg, double latDeg) {
        double pad = options.placeKm() / 100.0; // degrees; more than placeKm at these latitudes
        Access best = null;
        for (Object o : edges.query(new Envelope(lonDeg - pad, lonDeg + pad, latDeg - pad, latDeg + pad))) {
            int slot = (Integer) o;
            int u = sourceOf[slot];
            int v = target[slot];
            double t = projection(lonDeg, latDeg, lon[u], lat[u], lon[v], lat[v]);
            double px = lon[u] + t * (lon[v] - lon[u]);
            double py = lat[u] + t * (lat[v] - lat[u]);
            double km = GeodesicLength.metres(lonDeg, latDeg, px, py) / 1000;
            if (km <= options.placeKm() && (best == null || km < best.gapKm() - 1e-9)) {
                best = new Access(slot, t, px, py, km);
            }
        }
        return best;
    }

    /** Where along u→v the point (x, y) projects, 0..1, in a local plane with longitude scaled by cos(lat). */
    static double projection(double x, double y, double ux, double uy, double vx, double vy) {
        double k = Math.cos(Math.toRadians(y));
        double ax = ux * k;
        double bx = vx * k - ax;
        double by = vy - uy;
        double len2 = bx * bx + by * by;
        if (len2 == 0) {
            return 0;
        }
        double t = ((x * k - ax) * bx + (y - uy) * by) / len2;
        return Math.max(0, Math.min(1, t));
    }
}
