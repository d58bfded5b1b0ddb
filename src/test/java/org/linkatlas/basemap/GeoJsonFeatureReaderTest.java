package org.linkatlas.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkatlas.testing.Fixtures;

/** Every bundled basemap file reads; a broken one fails with the file named, never with a bare parser error. */
class GeoJsonFeatureReaderTest {
    static final Path BASEMAP = Fixtures.dataDir().resolve("basemap");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(BasemapLayer.class)
    void readsEveryBundledFile(BasemapLayer layer) {
        var features = GeoJsonFeatureReader.read(BASEMAP.resolve(layer.fileName()));
        assertFalse(features.isEmpty(), layer.fileName());
        for (BasemapFeature f : features) {
            assertFalse(f.geometry().isEmpty(), layer + ": " + f.properties());
            var box = f.geometry().getEnvelopeInternal();
            assertTrue(box.getMinX() >= 105.49 && box.getMaxX() <= 108.21 && box.getMinY() >= 20.59 && box.getMaxY() <= 22.21,
                    layer + " outside the data box: " + box);
        }
    }

    @Test
    void placesKeepNameFeatureCodeAndPopulationInNfc() {
        var places = GeoJsonFeatureReader.read(BASEMAP.resolve(BasemapLayer.PLACES.fileName()));
        var bacGiang = places.stream().filter(f -> "Bắc Giang".equals(f.text("name"))).findFirst().orElseThrow();
        assertEquals("PPLA", bacGiang.text("feature_code"));
        assertTrue(bacGiang.number("population", 0) > 10_000);
        for (BasemapFeature f : places) {
            assertTrue(Normalizer.isNormalized(f.text("name"), Normalizer.Form.NFC), f.text("name"));
        }
    }

    @Test
    void textIsNormalisedToNfc() throws IOException {
        String decomposed = Normalizer.normalize("Bắc Giang", Normalizer.Form.NFD);
        Path file = write("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\""
                + decomposed + "\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[106.2,21.3]}}]}");
        assertEquals("Bắc Giang", GeoJsonFeatureReader.read(file).get(0).text("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"FeatureCollection\",\"features\":[",
        "",
        "[]",
        "{\"type\":\"Feature\"}",
        "{\"type\":\"FeatureCollection\"}",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[106,21],[107,21],[106,21]]]}}]}",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[106,21],[107,21],[107,22],[106,22]]]}}]}",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[106,21],[\"x\",21]]}}]}",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1060,21]}}]}",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Circle\",\"coordinates\":[106,21]}}]}",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\"}}]}",
        "{\"type\":\"FeatureCollection\",\"features\":[42]}"
    })
    void malformedGeoJsonNamesTheFile(String content) throws IOException {
        Path file = write(content);
        var e = assertThrows(BasemapDataException.class, () -> GeoJsonFeatureReader.read(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().length() > file.toString().length() + 8, e.getMessage());
    }

    @Test
    void aBrokenFeatureIsNamedByIndex() throws IOException {
        Path file = write("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[106,21]}},"
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[106,21]]}}]}");
        var e = assertThrows(BasemapDataException.class, () -> GeoJsonFeatureReader.read(file));
        assertTrue(e.getMessage().contains("features[1]"), e.getMessage());
    }

    @Test
    void brokenJsonNamesLineAndColumn() throws IOException {
        Path file = write("{\n\"type\": \"FeatureCollection\",\n\"features\": [ , ]\n}");
        var e = assertThrows(BasemapDataException.class, () -> GeoJsonFeatureReader.read(file));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nowhere.geojson");
        var e = assertThrows(BasemapDataException.class, () -> GeoJsonFeatureReader.read(file));
        assertEquals(file + ": file not found", e.getMessage());
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("layer.geojson");
        Files.writeString(file, content);
        return file;
    }
}
