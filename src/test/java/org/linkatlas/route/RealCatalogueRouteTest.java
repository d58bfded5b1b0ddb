package org.linkatlas.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.route.RoutingNetwork.Variant;
import org.linkatlas.testing.Fixtures;

/** Routes between places the seeds name, on the real (mostly schematic) catalogue. */
class RealCatalogueRouteTest {
    static Catalogue c;
    static PlaceResolver places;

    @BeforeAll
    static void read() {
        c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        places = new PlaceResolver(c);
    }

    static Optional<Route> route(Variant v, String from, String to) {
        PlaceResolver.End a = places.resolve(from).end();
        PlaceResolver.End b = places.resolve(to).end();
        return new RouteFinder(RoutingNetwork.build(c.links(), v)).find(a.lon(), a.lat(), b.lon(), b.lat());
    }

    @Test
    void sonDongReachesHaLongOverNationalRoads() {
        Route r = route(Variant.EXISTING, "Sơn Động", "TP Hạ Long").orElseThrow();
        // Sơn Động sits where QL279 and QL31 meet; which one the route starts on depends on snapping order
        assertTrue(r.segments().get(0).link().id().matches("ql-279|ql-31"), r.toString());
        assertEquals("ql-18", r.segments().get(r.segments().size() - 1).link().id());
        assertTrue(r.totalKm() > 100 && r.totalKm() < 200, r.totalKm() + " km");
        assertTrue(r.approximate(), "schematic geometry is flagged");
    }

    @Test
    void hiepHoaReachesPhoYenOnlyThroughThePlannedLinksAcrossHoaSonBridge() {
        assertTrue(route(Variant.EXISTING, "Hiệp Hòa", "Phổ Yên").isEmpty());
        Route r = route(Variant.WITH_PLANNED, "hiep hoa", "pho yen").orElseThrow();
        assertTrue(r.totalKm() > 5 && r.totalKm() < 30, r.totalKm() + " km");
        List<String> ids = r.segments().stream().map(s -> s.link().id()).toList();
        assertTrue(ids.contains("cau-hoa-son"), "the bridge is named, not the road drawn over it: " + ids);
        assertFalse(ids.contains("vanh-dai-5-vung-thu-do-bg-tn"), "a ring road of unknown course is not routed: " + ids);
    }

    @Test
    void caiLanPortJoinsQl18WhereItPasses() {
        // the port lies 0.8 km from the QL18 line but 5 km from its nearest vertex: it joins the edge
        Route r = route(Variant.EXISTING, "Sơn Động", "Cảng Cái Lân").orElseThrow();
        assertEquals("ql-18", r.segments().get(r.segments().size() - 1).link().id());
        assertEquals(0.8, r.endGapKm(), 0.1);
        assertTrue(r.totalKm() > 100 && r.totalKm() < 200, r.totalKm() + " km");
    }

    @Test
    void contextRoadsJoinWhatTheLinksLeaveApart() throws Exception {
        List<Link> context = BaseNetwork.bundled(Fixtures.dataDir().resolve("network")).roads();
        assertTrue(context.stream().anyMatch(l -> l.nameVi().startsWith("QL5")), "QL5 is a context road");
        assertTrue(context.stream().allMatch(ContextRoads::isContext));
        PlaceResolver.End hp = places.resolve("Hệ thống cảng biển Hải Phòng").end();
        var withContext = new RouteFinder(RoutingNetwork.build(c.links(), context, Variant.EXISTING, RoutingNetwork.Options.DEFAULT));
        var linksOnly = new RouteFinder(RoutingNetwork.build(c.links(), Variant.EXISTING));
        // a point of QL5 near TP Hải Dương: no link of the catalogue draws QL5
        double hdLon = 106.33302;
        double hdLat = 20.94099;
        assertTrue(linksOnly.find(hdLon, hdLat, hp.lon(), hp.lat()).isEmpty(), "no link runs along QL5");
        Route r = withContext.find(hdLon, hdLat, hp.lon(), hp.lat()).orElseThrow();
        assertTrue(r.segments().stream().anyMatch(Route.Segment::context), r.toString());
        // where a link and a context road draw the same road, the route follows the link
        PlaceResolver.End sd = places.resolve("TP Bắc Giang").end();
        PlaceResolver.End hl = places.resolve("Bắc Ninh").end();
        Route r2 = withContext.find(sd.lon(), sd.lat(), hl.lon(), hl.lat()).orElseThrow();
        assertTrue(r2.segments().stream().noneMatch(Route.Segment::context), r2.toString());
    }

    @Test
    void thePlacesResolveIgnoringDiacritics() {
        assertEquals("Cảng Cái Lân", places.resolve("cang cai lan").end().name());
        assertTrue(places.resolve("Cầu").ambiguous());
        assertEquals("TP Hạ Long", places.resolve("ha long").end().name(), "the whole phrase beats scattered words");
        PlaceResolver.Resolution unknown = places.resolve("Son Dongg");
        assertFalse(unknown.found());
        assertEquals("Sơn Động (TT An Châu)", unknown.candidates().get(0).name());
    }

    @Test
    void suggestionsListPlacesBeforeLinksAndIgnoreDiacritics() {
        List<PlaceResolver.End> s = places.suggest("hoa son", 10);
        assertFalse(s.isEmpty());
        assertEquals("Cầu Hòa Sơn", s.get(0).name(), s.toString());
        assertTrue(places.suggest("cang", 20).stream().anyMatch(e -> e.name().equals("Cảng Cái Lân")));
        assertTrue(places.suggest("", 10).isEmpty());
        assertTrue(places.suggest("zzzz", 10).isEmpty());
        // a road link is an end too: a route can go "to Tuyến đường QL37 – cầu Hòa Sơn – TP Phổ Yên"
        assertTrue(places.suggest("tuyen duong ql37", 5).stream().anyMatch(PlaceResolver.End::link));
    }
}
