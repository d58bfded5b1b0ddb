package org.linkatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;

class GeodesicLengthTest {

    /** Reference lengths of one degree on the WGS84 ellipsoid (meridian and parallel arcs). */
    @ParameterizedTest
    @CsvSource({
        "0, 0, 0, 1, 110574.389",      // one degree of meridian at the equator
        "0, 0, 1, 0, 111319.491",      // one degree of the equator
        "106, 21, 107, 21, 103970.5",  // one degree of longitude at 21°N: N·cos(21°)·π/180, less ~0.2 m of chord
        "106, 21, 106, 21, 0"
    })
    void matchesReferenceLengths(double lon1, double lat1, double lon2, double lat2, double metres) {
        assertEquals(metres, GeodesicLength.metres(lon1, lat1, lon2, lat2), 1.0);
    }

    @Test
    void webMercatorWouldOverstateByAboutSevenPercentAt21North() {
        double geodesic = GeodesicLength.metres(106, 21, 107, 21);
        double mercator = 111319.491; // a degree of longitude in Web Mercator metres at any latitude
        double overstatement = mercator / geodesic - 1;
        assertTrue(overstatement > 0.06 && overstatement < 0.09, "overstatement " + overstatement);
    }

    @Test
    void sumsEverySegmentOfEveryLineAndIgnoresPoints() {
        var f = GeoJsonCodec.WGS84;
        var line = f.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(0, 1), new Coordinate(1, 1)});
        double expected = GeodesicLength.metres(0, 0, 0, 1) + GeodesicLength.metres(0, 1, 1, 1);
        assertEquals(expected, GeodesicLength.metres(line), 1e-6);
        assertEquals(0, GeodesicLength.metres(f.createPoint(new Coordinate(106, 21))));
    }
}
