package org.linkatlas.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.explore.LinkFacts;
import org.linkatlas.model.Catalogue;
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
    void hiepHoaReachesPhoYenOnlyThroughThePlannedLinks() {
        assertTrue(route(Variant.EXISTING, "Hiệp Hòa", "Phổ Yên").isEmpty());
        Route r = route(Variant.WITH_PLANNED, "hiep hoa", "pho yen").orElseThrow();
        assertTrue(r.totalKm() > 5 && r.totalKm() < 30, r.totalKm() + " km");
    }

    @Test
    void caiLanPortIsTooFarFromEveryRoadLink() {
        // the catalogue has the Kép–Hạ Long railway to the port but no road within 3 km of it
        assertTrue(route(Variant.WITH_PLANNED, "Sơn Động", "Cảng Cái Lân").isEmpty());
    }

    @Test
    void theSummaryNamesSegmentsAgreementsAndSources() {
        PlaceResolver.End a = places.resolve("Hiệp Hòa").end();
        PlaceResolver.End b = places.resolve("Phổ Yên").end();
        Optional<Route> today = new RouteFinder(RoutingNetwork.build(c.links(), Variant.EXISTING)).find(a.lon(), a.lat(), b.lon(), b.lat());
        Optional<Route> promised = new RouteFinder(RoutingNetwork.build(c.links(), Variant.WITH_PLANNED)).find(a.lon(), a.lat(), b.lon(), b.lat());
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        String text = new RouteSummary(c, new LinkFacts(c), clock, "en").text(a, b, today, promised, true);
        assertTrue(text.contains("Existing links only:  not connected"), text);
        assertTrue(text.contains("With planned links:"), text);
        assertTrue(text.contains("Agreement: "), text);
        assertTrue(text.contains("Source: "), text);
        assertTrue(text.contains("approximate"), text);
        String vi = new RouteSummary(c, new LinkFacts(c), clock, "vi").text(a, b, today, promised, true);
        assertTrue(vi.contains("Tuyến hiện có"), vi);
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
}
