package org.linkatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeoJsonCodecTest {
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"Point\",\"coordinates\":[106.3229,21.1473]}",
        "{\"type\":\"LineString\",\"coordinates\":[[106.0,21.0],[106.5,21.2]]}",
        "{\"type\":\"MultiLineString\",\"coordinates\":[[[106.0,21.0],[106.5,21.2]],[[107.0,21.0],[107.1,21.1]]]}"
    })
    void readsAndWritesTheSameGeometry(String geojson) throws Exception {
        var g = GeoJsonCodec.read(json.readTree(geojson));
        assertEquals(json.readTree(geojson), GeoJsonCodec.write(g));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"Polygon\",\"coordinates\":[]}",
        "{\"type\":\"LineString\",\"coordinates\":[[106.0,21.0]]}",
        "{\"type\":\"Point\",\"coordinates\":[\"106\",21]}",
        "{\"type\":\"Point\",\"coordinates\":[1060,21]}",
        "{\"type\":\"Point\"}"
    })
    void rejectsMalformedGeometryWithAReason(String geojson) {
        var e = assertThrows(IllegalArgumentException.class, () -> GeoJsonCodec.read(json.readTree(geojson)));
        assertTrue(e.getMessage().length() > 5, e.getMessage());
    }
}
