package org.linkatlas.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.model.Accuracy;
import org.linkatlas.testing.Fixtures;

class ContextRoadsTest {
    @TempDir
    Path dir;

    @Test
    void theBasemapsRoadsAreSchematicExistingRoadsOfUnknownUncertaintyWithoutRailways() throws Exception {
        var roads = ContextRoads.read(Fixtures.dataDir().resolve("basemap"));
        assertEquals(11, roads.size(), "8 national roads and 3 expressways; the 4 railways left out");
        assertTrue(roads.stream().allMatch(l -> l.accuracy() == Accuracy.SCHEMATIC && Double.isNaN(l.accuracyKm())));
        assertTrue(roads.stream().allMatch(l -> l.sources().isEmpty() && l.id().startsWith(ContextRoads.PREFIX)));
        assertEquals(roads.size(), roads.stream().map(l -> l.id()).distinct().count(), "ids are unique");
    }

    @Test
    void aMissingOrMalformedFileIsNamedInTheError() throws Exception {
        IOException missing = assertThrows(IOException.class, () -> ContextRoads.read(dir));
        assertTrue(missing.getMessage().contains(ContextRoads.FILE), missing.getMessage());
        Files.writeString(dir.resolve(ContextRoads.FILE), "{\"type\": \"FeatureCollection\", \"features\": [");
        IOException broken = assertThrows(IOException.class, () -> ContextRoads.read(dir));
        assertTrue(broken.getMessage().contains(ContextRoads.FILE), broken.getMessage());
        Files.writeString(dir.resolve(ContextRoads.FILE), "{\"type\": \"Feature\"}");
        assertThrows(IOException.class, () -> ContextRoads.read(dir));
    }
}
