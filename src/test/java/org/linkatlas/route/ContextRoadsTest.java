package org.linkatlas.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.LinkKind;
import org.linkatlas.testing.Fixtures;

/** The bundled base network as context links, and what a broken bundled file says. */
class ContextRoadsTest {
    @TempDir
    Path dir;

    @Test
    void everyBaseRoadStatesItsSourceAndIsASchematicExistingContextRoad() throws Exception {
        var net = RoadNetworkFile.bundled(Fixtures.dataDir().resolve("network"));
        assertTrue(net.roads().size() > 30, "national roads, expressways and the roads to every district seat");
        for (RoadLine r : net.roads()) {
            assertFalse(r.source().isBlank(), r.id() + " states its source");
            assertEquals(Accuracy.SCHEMATIC, r.accuracy(), r.id() + ": nothing in it is surveyed");
            assertTrue(RoadLine.roadClass(r.highway()) != null, r.id() + ": " + r.highway());
        }
        var links = net.links();
        assertTrue(links.stream().allMatch(l -> ContextRoads.isContext(l) && l.sources().isEmpty()));
        assertEquals(links.size(), links.stream().map(l -> l.id()).distinct().count(), "ids are unique");
        assertTrue(links.stream().anyMatch(l -> l.kind() == LinkKind.EXPRESSWAY), "motorway lines are expressways");
        assertTrue(links.stream().anyMatch(l -> l.nameVi().startsWith("QL3")), "QL3 (Hà Nội – Thái Nguyên) is there");
    }

    @Test
    void aMissingOrMalformedBundledFileIsNamedInTheError() throws Exception {
        RoadNetworkException missing = assertThrows(RoadNetworkException.class, () -> RoadNetworkFile.bundled(dir));
        assertTrue(missing.getMessage().contains(RoadNetworkFile.BUNDLED_FILE), missing.getMessage());
        Files.writeString(dir.resolve(RoadNetworkFile.BUNDLED_FILE), "{\"type\": \"FeatureCollection\", \"features\": [");
        RoadNetworkException broken = assertThrows(RoadNetworkException.class, () -> RoadNetworkFile.bundled(dir));
        assertTrue(broken.getMessage().contains(RoadNetworkFile.BUNDLED_FILE), broken.getMessage());
        assertEquals(RoadNetworkException.Reason.MALFORMED, broken.reason());
    }
}
