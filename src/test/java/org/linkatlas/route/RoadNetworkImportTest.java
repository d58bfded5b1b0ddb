package org.linkatlas.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.LinkKind;
import org.linkatlas.route.RoadNetworkException.Reason;
import org.linkatlas.testing.Fixtures;

/**
 * Issue 12, item 5: a user's own road network (GeoPackage or GeoJSON lines with highway class and ref) replaces
 * the bundled base network for routing; bad files are refused with their reason. Fixtures made with ogr2ogr
 * (commands in {@code src/test/resources/org/linkatlas/route/network/README.md}).
 */
class RoadNetworkImportTest {
    static Catalogue c;
    static Path networkDir;

    @BeforeAll
    static void read() {
        c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        networkDir = Fixtures.dataDir().resolve("network");
    }

    static Path fixture(String name) {
        try {
            return Path.of(RoadNetworkImportTest.class.getResource("network/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aGeoPackageMadeByGdalIsReadWithItsClassRefAndBridge() throws Exception {
        List<Double> progress = new ArrayList<>();
        RoadNetworkFile.Network n = RoadNetworkFile.read(fixture("roads.gpkg"), progress::add, () -> false);
        assertEquals(3, n.roads().size(), "three road lines; the footway is not a road");
        assertEquals(1, n.skipped());
        assertEquals("© OpenStreetMap contributors", n.attribution(), "OSM-style columns (osm_id) credit OpenStreetMap");
        assertTrue(n.roads().stream().allMatch(r -> r.ref().equals("ĐT-A") && r.highway().equals("secondary")), n.roads().toString());
        assertEquals(1, n.links().stream().filter(l -> l.kind() == LinkKind.BRIDGE).count(), "bridge=yes from other_tags");
        assertEquals(1.0, progress.get(progress.size() - 1));
        // the GeoJSON it was made from reads the same
        RoadNetworkFile.Network g = RoadNetworkFile.read(fixture("roads.geojson"), p -> { }, () -> false);
        assertEquals(n.roads().stream().map(RoadLine::label).toList(), g.roads().stream().map(RoadLine::label).toList());
    }

    @Test
    void anImportedNetworkChangesTheRouteTheWayItsRoadsSay() throws Exception {
        RoutePlanner bundled = BaseNetwork.bundled(networkDir).planner(c);
        RoutePlanner imported = BaseNetwork.imported(networkDir, fixture("roads.gpkg"), p -> { }, () -> false).planner(c);
        assertEquals("roads.gpkg", imported.networkName());
        PlaceResolver.End from = imported.places().resolve("Hiệp Hòa").end();
        PlaceResolver.End to = imported.places().resolve("Phổ Yên").end();
        Route before = bundled.plan(from, to).existing().orElseThrow();
        Route after = imported.plan(from, to).existing().orElseThrow();
        // the fixture's road crosses sông Cầu by its own bridge: today's route takes it, 13–15 km instead of ~52
        assertTrue(before.totalKm() > 40, before.totalKm() + " km on the bundled network");
        assertTrue(after.totalKm() < 16, after.totalKm() + " km on the imported one");
        assertTrue(after.segments().stream().anyMatch(s -> s.link().nameVi().contains("Fixture bridge")), after.toString());
        // and it replaces the bundled roads: QL3 is not in the file, so Hà Nội no longer reaches Phổ Yên by it
        PlaceResolver.End haNoi = imported.places().resolve("Hà Nội").end();
        assertTrue(imported.plan(haNoi, to).existing().stream().noneMatch(r -> r.segments().stream()
                .anyMatch(s -> s.link().id().equals("context-base-ql3"))));
    }

    @Test
    void badFilesAreRefusedWithTheirReason() {
        assertEquals(Reason.EMPTY, refused("empty.geojson").reason());
        RoadNetworkException empty = refused("empty.gpkg");
        assertEquals(Reason.EMPTY, empty.reason(), empty.getMessage());
        assertTrue(empty.getMessage().contains("holds no feature"), empty.getMessage());
        RoadNetworkException truncated = refused("truncated.geojson");
        assertEquals(Reason.MALFORMED, truncated.reason());
        assertTrue(truncated.getMessage().contains("truncated.geojson"), "the file is named: " + truncated.getMessage());
        RoadNetworkException far = refused("far.geojson");
        assertEquals(Reason.OUT_OF_REGION, far.reason());
        assertTrue(far.getMessage().contains("outside the region"), far.getMessage());
        RoadNetworkException mercator = refused("roads-3857.gpkg");
        assertEquals(Reason.MALFORMED, mercator.reason());
        assertTrue(mercator.getMessage().contains("not longitude/latitude"), mercator.getMessage());
        RoadNetworkException points = refused("points.gpkg");
        assertEquals(Reason.NO_ROADS, points.reason(), points.getMessage());
        assertEquals(Reason.UNREADABLE, assertThrows(RoadNetworkException.class,
                () -> RoadNetworkFile.read(Path.of("no-such-file.gpkg"), p -> { }, () -> false)).reason());
    }

    @Test
    void anImportCanBeCancelled() {
        assertThrows(CancellationException.class, () -> RoadNetworkFile.read(fixture("roads.geojson"), p -> { }, () -> true));
    }

    private static RoadNetworkException refused(String name) {
        return assertThrows(RoadNetworkException.class, () -> RoadNetworkFile.read(fixture(name), p -> { }, () -> false));
    }

    @Test
    void otherTagsOfGdalsOsmDriverAreParsedWithEscapes() {
        var t = OtherTags.parse("\"ref\"=>\"QL18\",\"name:en\"=>\"Road \\\"18\\\"\",\"bridge\"=>\"yes\"");
        assertEquals("QL18", t.get("ref"));
        assertEquals("Road \"18\"", t.get("name:en"));
        assertEquals("yes", t.get("bridge"));
        assertFalse(OtherTags.parse(null).containsKey("ref"));
    }
}
