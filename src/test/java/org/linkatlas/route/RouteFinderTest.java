package org.linkatlas.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.route.RoutingNetwork.Variant;
import org.locationtech.jts.geom.Coordinate;

class RouteFinderTest {
    // a square of 0.1° at 21° N (about 10.4 × 11.1 km) with corners A B C D counter-clockwise
    static final double[] A = {106.0, 21.0};
    static final double[] B = {106.1, 21.0};
    static final double[] C = {106.1, 21.1};
    static final double[] D = {106.0, 21.1};

    static Link link(String id, LinkKind kind, LinkStatus status, Accuracy acc, double[]... pts) {
        Coordinate[] cs = new Coordinate[pts.length];
        for (int i = 0; i < pts.length; i++) {
            cs[i] = new Coordinate(pts[i][0], pts[i][1]);
        }
        return new Link(id, id, null, kind, null, status, null, List.of(), List.of(), null, null, null, null, List.of(),
                GeoJsonCodec.WGS84.createLineString(cs), acc, 1.0, "test", List.of(), List.of());
    }

    static Link road(String id, LinkStatus status, double[]... pts) {
        return link(id, LinkKind.ROAD, status, Accuracy.LOCATED, pts);
    }

    static double km(double[] p, double[] q) {
        return GeodesicLength.metres(p[0], p[1], q[0], q[1]) / 1000;
    }

    static List<Link> square(LinkStatus diagonal) {
        return List.of(road("ab", LinkStatus.EXISTING, A, B), road("bc", LinkStatus.EXISTING, B, C),
                road("cd", LinkStatus.EXISTING, C, D), road("da", LinkStatus.EXISTING, D, A),
                road("ac", diagonal, A, C));
    }

    static Route route(List<Link> links, Variant v, double[] from, double[] to) {
        return new RouteFinder(RoutingNetwork.build(links, v)).find(from[0], from[1], to[0], to[1]).orElseThrow();
    }

    @Test
    void existingDiagonalIsTheShortestWay() {
        Route r = route(square(LinkStatus.EXISTING), Variant.EXISTING, A, C);
        assertEquals(List.of("ac"), r.segments().stream().map(s -> s.link().id()).toList());
        assertEquals(km(A, C), r.totalKm(), 1e-9);
    }

    @Test
    void plannedShortcutIsUsedOnlyWithPlannedLinks() {
        List<Link> links = square(LinkStatus.PLANNED);
        Route today = route(links, Variant.EXISTING, A, C);
        Route promised = route(links, Variant.WITH_PLANNED, A, C);
        assertEquals(Math.min(km(A, B) + km(B, C), km(A, D) + km(D, C)), today.totalKm(), 1e-9);
        assertEquals(2, today.segments().size());
        assertEquals(km(A, C), promised.totalKm(), 1e-9);
        assertTrue(today.totalKm() - promised.totalKm() > 4, "the diagonal saves several km");
    }

    @Test
    void segmentsAlongOneLinkAreOneSegmentWithItsGeodesicLength() {
        double[] mid = {106.05, 21.02};
        Link bent = road("bent", LinkStatus.EXISTING, A, mid, B);
        Route r = route(List.of(bent), Variant.EXISTING, A, B);
        assertEquals(1, r.segments().size());
        assertEquals(GeodesicLength.metres(bent.geometry()) / 1000, r.segments().get(0).km(), 1e-9);
        assertEquals(GeodesicLength.metres(bent.geometry()) / 1000, r.totalKm(), 1e-9);
    }

    @Test
    void unreachablePlacesGiveNoRoute() {
        List<Link> links = new ArrayList<>(square(LinkStatus.EXISTING));
        links.add(road("far", LinkStatus.EXISTING, new double[] {106.5, 21.5}, new double[] {106.6, 21.5}));
        var finder = new RouteFinder(RoutingNetwork.build(links, Variant.EXISTING));
        assertTrue(finder.find(A[0], A[1], 106.6, 21.5).isEmpty(), "separate piece");
        assertTrue(finder.find(A[0], A[1], 107.5, 22.0).isEmpty(), "no road within the place tolerance");
    }

    @Test
    void endsWithinTheToleranceJoinAndBeyondItDoNot() {
        double[] nearB = {106.1, 21.009}; // about 1.0 km north of B
        double[] farB = {106.1, 21.02};   // about 2.2 km north of B
        Link ab = road("ab", LinkStatus.EXISTING, A, B);
        var joined = RoutingNetwork.build(List.of(ab, road("up", LinkStatus.EXISTING, nearB, C)), Variant.EXISTING);
        assertTrue(new RouteFinder(joined).find(A[0], A[1], C[0], C[1]).isPresent());
        var apart = RoutingNetwork.build(List.of(ab, road("up", LinkStatus.EXISTING, farB, C)), Variant.EXISTING);
        assertTrue(new RouteFinder(apart).find(A[0], A[1], C[0], C[1]).isEmpty());
        assertEquals(1, NetworkCheck.isolated(apart).size());
        assertEquals(0, NetworkCheck.isolated(joined).size());
    }

    @Test
    void aDanglingEndJoinsTheMiddleOfANearbySegment() {
        double[] midAB = {106.05, 21.005}; // about 0.55 km north of the middle of A–B, far from both ends
        Link ab = road("ab", LinkStatus.EXISTING, A, B);
        Link spur = road("spur", LinkStatus.EXISTING, midAB, new double[] {106.05, 21.1});
        Route r = route(List.of(ab, spur), Variant.EXISTING, A, new double[] {106.05, 21.1});
        assertEquals(List.of("ab", "spur"), r.segments().stream().map(s -> s.link().id()).toList());
    }

    @Test
    void aShortBridgeKeepsBothEnds() {
        double[] w = {106.0, 21.0};
        double[] e = {106.005, 21.0}; // 520 m: less than the snapping tolerance
        Link bridge = link("bridge", LinkKind.BRIDGE, LinkStatus.EXISTING, Accuracy.APPROXIMATE, w, e);
        Link east = road("east", LinkStatus.EXISTING, e, new double[] {106.1, 21.0});
        var net = RoutingNetwork.build(List.of(bridge, east), Variant.EXISTING);
        Route r = new RouteFinder(net).find(0, net.nearestNode(106.1, 21.0, 0.1)).orElseThrow();
        assertEquals(List.of("bridge", "east"), r.segments().stream().map(s -> s.link().id()).toList());
        assertTrue(r.approximate());
    }

    @Test
    void railwaysAndWaterwaysAreNotRoads() {
        Link rail = link("rail", LinkKind.RAILWAY, LinkStatus.EXISTING, Accuracy.LOCATED, A, C);
        Link river = link("river", LinkKind.WATERWAY, LinkStatus.EXISTING, Accuracy.LOCATED, A, C);
        var net = RoutingNetwork.build(List.of(rail, river), Variant.WITH_PLANNED);
        assertEquals(0, net.edgeCount());
        assertFalse(new RouteFinder(net).find(A[0], A[1], C[0], C[1]).isPresent());
    }

    @Test
    void theFinderCanBeReusedForManyQueries() {
        var finder = new RouteFinder(RoutingNetwork.build(square(LinkStatus.PLANNED), Variant.EXISTING));
        double first = finder.find(A[0], A[1], C[0], C[1]).orElseThrow().totalKm();
        finder.find(B[0], B[1], D[0], D[1]).orElseThrow();
        assertEquals(first, finder.find(A[0], A[1], C[0], C[1]).orElseThrow().totalKm(), 1e-12);
    }

    @Test
    void aPlaceBesideALongEdgeJoinsItWhereItPasses() {
        // 2 km north of the middle of A–B: 5 km from either end, within the 3 km place tolerance of the edge
        double[] beside = {106.05, 21.018};
        Route r = route(List.of(road("ab", LinkStatus.EXISTING, A, B)), Variant.EXISTING, beside, B);
        assertEquals(km(A, B) / 2, r.totalKm(), 0.05);
        assertEquals(2.0, r.startGapKm(), 0.1);
        assertEquals(1, r.segments().size());
        assertEquals(r.totalKm(), GeodesicLength.metres(r.segments().get(0).line()) / 1000, 0.01, "the line is what was travelled");
    }

    @Test
    void twoPlacesOnOneEdgeTravelOnlyThePartBetween() {
        double[] p = {106.02, 21.0};
        double[] q = {106.07, 21.0};
        Route r = route(List.of(road("ab", LinkStatus.EXISTING, A, B)), Variant.EXISTING, p, q);
        assertEquals(km(p, q), r.totalKm(), 0.01);
    }

    @Test
    void aLinkOfUnknownCourseIsNotRouted() {
        Link vague = new Link("vague", "vague", null, LinkKind.ROAD, null, LinkStatus.PLANNED, null, List.of(), List.of(),
                null, null, null, null, List.of(), GeoJsonCodec.WGS84.createLineString(new Coordinate[] {
                    new Coordinate(A[0], A[1]), new Coordinate(C[0], C[1])}), Accuracy.SCHEMATIC, 25, "placeholder",
                List.of(), List.of());
        List<Link> links = new ArrayList<>(square(LinkStatus.EXISTING).subList(0, 4));
        links.add(vague);
        Route r = route(links, Variant.WITH_PLANNED, A, C);
        assertEquals(2, r.segments().size(), "around the square, not along the placeholder");
        assertEquals(List.of(vague), RoutingNetwork.notRouted(links, RoutingNetwork.Options.DEFAULT));
    }

    @Test
    void aBridgeDrawnOverARoadIsNamedInTheRoute() {
        double[] w = {106.04, 21.0};
        double[] e = {106.045, 21.0};
        Link road = road("road", LinkStatus.EXISTING, A, w, e, B);
        Link bridge = link("bridge", LinkKind.BRIDGE, LinkStatus.EXISTING, Accuracy.APPROXIMATE, w, e);
        for (List<Link> order : List.of(List.of(road, bridge), List.of(bridge, road))) {
            Route r = route(order, Variant.EXISTING, A, B);
            assertEquals(List.of("road", "bridge", "road"), r.segments().stream().map(s -> s.link().id()).toList());
            assertEquals(km(A, B), r.totalKm(), 0.01);
        }
    }

    @Test
    void aContextRoadFillsAGapButNeverReplacesALink() {
        Link ab = road("ab", LinkStatus.EXISTING, A, B);
        Link bc = road("bc", LinkStatus.EXISTING, B, C);
        Link ctxAb = road(ContextRoads.PREFIX + "ab", LinkStatus.EXISTING, A, B);
        Link ctxCd = road(ContextRoads.PREFIX + "cd", LinkStatus.EXISTING, C, D);
        var net = RoutingNetwork.build(List.of(ab, bc), List.of(ctxAb, ctxCd), Variant.EXISTING, RoutingNetwork.Options.DEFAULT);
        assertEquals(3, net.edgeCount(), "the context road along A–B repeats a link and is left out");
        Route r = new RouteFinder(net).find(A[0], A[1], D[0], D[1]).orElseThrow();
        assertEquals(List.of("ab", "bc", ContextRoads.PREFIX + "cd"), r.segments().stream().map(s -> s.link().id()).toList());
        assertTrue(r.segments().get(2).context());
        assertFalse(r.segments().get(0).context());
    }

    @Test
    void aCorridorChainsLinksTurnedEndToEndAndReportsGaps() {
        Link ab = road("ab", LinkStatus.EXISTING, A, B);
        Link cb = road("cb", LinkStatus.EXISTING, C, B); // drawn the other way round
        Link far = road("far", LinkStatus.EXISTING, new double[] {106.5, 21.5}, new double[] {106.6, 21.5});
        Corridor c = Corridor.of(List.of(ab, cb, far, ab), 1.5);
        assertEquals(List.of("ab", "cb", "far"), c.route().segments().stream().map(s -> s.link().id()).toList());
        assertEquals(km(A, B) + km(B, C) + km(new double[] {106.5, 21.5}, new double[] {106.6, 21.5}), c.route().totalKm(), 1e-6);
        var second = c.route().segments().get(1).line().getCoordinates();
        assertEquals(B[1], second[0].y, 1e-12, "cb is turned to start at B");
        assertEquals(1, c.gaps().size());
        assertEquals(1, c.gaps().get(0).after());
        assertTrue(c.gaps().get(0).km() > 40, c.gaps().toString());
        assertTrue(Corridor.of(List.of(), 1.5).route().segments().isEmpty());
    }

    @Test
    void aCancelledSearchStopsWithCancellation() {
        List<Link> links = new ArrayList<>();
        int side = 70; // a 70 × 70 grid, 2.2 km apart: more than 4,096 nodes to settle
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                double[] p = {105.0 + i * 0.02, 20.0 + j * 0.02};
                if (i + 1 < side) {
                    links.add(road("h" + i + "_" + j, LinkStatus.EXISTING, p, new double[] {p[0] + 0.02, p[1]}));
                }
                if (j + 1 < side) {
                    links.add(road("v" + i + "_" + j, LinkStatus.EXISTING, p, new double[] {p[0], p[1] + 0.02}));
                }
            }
        }
        var finder = new RouteFinder(RoutingNetwork.build(links, Variant.EXISTING)).cancelWhen(() -> true);
        assertThrows(java.util.concurrent.CancellationException.class, () -> finder.find(105.0, 20.0, 106.38, 21.38));
        assertTrue(new RouteFinder(RoutingNetwork.build(links.subList(0, 10), Variant.EXISTING)).cancelWhen(() -> true)
                .find(105.0, 20.0, 105.04, 20.0).isPresent(), "a short search ends before it looks");
    }
}
