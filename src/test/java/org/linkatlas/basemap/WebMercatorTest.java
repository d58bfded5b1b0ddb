package org.linkatlas.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebMercatorTest {

    /** Tiles as OpenStreetMap numbers them (slippy-map tilenames), y from the top. */
    @ParameterizedTest
    @CsvSource({
        "0, 0, 0, 0, 0",
        "-180, 85.05, 1, 0, 0",
        "179.99, -85.05, 1, 1, 1",
        "105.8412, 21.0245, 10, 813, 450",   // Hà Nội
        "107.0734, 20.9505, 10, 816, 451",   // Hạ Long
        "106.1946, 21.2731, 14, 13025, 7200" // Bắc Giang
    })
    void findsTheTileOfAPoint(double lon, double lat, int zoom, long x, long y) {
        double n = WebMercator.scale(zoom) / WebMercator.TILE;
        assertEquals(x, (long) Math.floor(WebMercator.x(lon) * n));
        assertEquals(y, (long) Math.floor(WebMercator.y(lat) * n));
    }

    @ParameterizedTest
    @CsvSource({"106.3, 21.2", "-73.98, 40.75", "0, 0", "179.5, -60"})
    void projectsAndBack(double lon, double lat) {
        assertEquals(lon, WebMercator.lon(WebMercator.x(lon)), 1e-9);
        assertEquals(lat, WebMercator.lat(WebMercator.y(lat)), 1e-9);
    }

    @Test
    void aTileEnvelopeGrowsByItsMargin() {
        var tile = WebMercator.lonLatEnvelope(10, 816, 451, 0);
        var grown = WebMercator.lonLatEnvelope(10, 816, 451, 12);
        assertEquals(106.875, tile.getMinX(), 1e-9);
        assertEquals(107.2265625, tile.getMaxX(), 1e-9);
        assertTrue(grown.contains(tile));
        assertEquals(12 * 360.0 / (256 * 1024), tile.getMinX() - grown.getMinX(), 1e-9);
    }

    @Test
    void onlyTilesOfTheGridExist() {
        assertTrue(WebMercator.isTile(0, 0, 0));
        assertTrue(WebMercator.isTile(19, (1L << 19) - 1, 0));
        assertFalse(WebMercator.isTile(19, 1L << 19, 0));
        assertFalse(WebMercator.isTile(2, 0, -1));
        assertFalse(WebMercator.isTile(-1, 0, 0));
        assertFalse(WebMercator.isTile(31, 0, 0));
    }
}
