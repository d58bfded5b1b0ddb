package org.linkatlas.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad or missing file is left out with its problem recorded; the rest of the basemap still loads and draws. */
class BasemapDataTest {
    @TempDir
    Path dir;

    @Test
    void theBaseRoadNetworkIsDrawnInPlaceOfTheSchematicRoadsRailwaysKept() {
        var routes = BasemapData.load(GeoJsonFeatureReaderTest.BASEMAP).layer(BasemapLayer.ROUTES);
        assertTrue(routes.stream().anyMatch(f -> "base-ql3".equals(f.text("id"))), "QL3 of data/network is drawn");
        assertTrue(routes.stream().anyMatch(f -> f.text("class") != null && f.text("class").contains("rail")), "railways stay");
        assertTrue(routes.stream().noneMatch(f -> "national road".equals(f.text("class"))), "the schematic roads are replaced");
    }

    @Test
    void loadsEveryBundledLayerWithoutProblems() {
        var data = BasemapData.load(GeoJsonFeatureReaderTest.BASEMAP);
        assertEquals(List.of(), data.problems());
        for (BasemapLayer layer : BasemapLayer.values()) {
            assertTrue(data.has(layer), layer.toString());
        }
    }

    @Test
    void aBrokenAndAMissingFileAreLeftOutAndNamed() throws IOException {
        for (BasemapLayer layer : BasemapLayer.values()) {
            Files.copy(GeoJsonFeatureReaderTest.BASEMAP.resolve(layer.fileName()), dir.resolve(layer.fileName()));
        }
        Files.writeString(dir.resolve(BasemapLayer.SEA.fileName()), "{\"type\":\"FeatureCollection\",\"features\":[");
        Files.delete(dir.resolve(BasemapLayer.PLACES.fileName()));

        var data = BasemapData.load(dir);

        assertEquals(2, data.problems().size());
        assertEquals(dir.resolve(BasemapLayer.SEA.fileName()), data.problems().get(0).file());
        assertEquals(dir.resolve(BasemapLayer.PLACES.fileName()), data.problems().get(1).file());
        assertFalse(data.has(BasemapLayer.SEA));
        assertTrue(data.layer(BasemapLayer.SEA).isEmpty());
        assertFalse(data.layer(BasemapLayer.PROVINCES).isEmpty());

        var renderer = new OfflineBasemapRenderer(data);
        var tile = renderer.render(10, 826, 448, 256);
        assertEquals(256, tile.getWidth());
    }

    @Test
    void anEmptyFolderGivesAPlainMap() {
        var renderer = OfflineBasemapRenderer.load(dir);
        assertEquals(BasemapLayer.values().length, renderer.data().problems().size());
        var tile = renderer.render(10, 826, 448, 256);
        assertEquals(BasemapStyle.NO_DATA.getRGB(), tile.getRGB(128, 128));
    }
}
