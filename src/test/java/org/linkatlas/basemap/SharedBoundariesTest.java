package org.linkatlas.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/** A boundary two polygons share is drawn once; a coast or a clipped edge is not drawn at all. */
class SharedBoundariesTest {

    private static Geometry box(double x0, double y0, double x1, double y1) {
        return GeoJsonFeatureReader.WGS84.toGeometry(new org.locationtech.jts.geom.Envelope(x0, x1, y0, y1));
    }

    @Test
    void anIdenticalEdgeIsOneLine() {
        var shared = SharedBoundaries.of(List.of(box(106, 21, 106.1, 21.1), box(106.1, 21, 106.2, 21.1)), 0.0004);
        List<LineString> lines = shared.lines((a, b) -> true);
        assertEquals(1, lines.size());
        assertEquals(0.1, lines.get(0).getLength(), 1e-9);
        assertEquals(6, shared.unshared(i -> true).size());
    }

    @Test
    void twoVersionsOfOneEdgeAFewMetresApartAreDrawnOnceFromOneSide() {
        Geometry left = GeoJsonFeatureReader.WGS84.createPolygon(new Coordinate[] {
            new Coordinate(106, 21), new Coordinate(106.1, 21), new Coordinate(106.1001, 21.05),
            new Coordinate(106.1, 21.1), new Coordinate(106, 21.1), new Coordinate(106, 21)});
        Geometry right = box(106.1, 21, 106.2, 21.1);
        List<LineString> lines = SharedBoundaries.of(List.of(left, right), 0.0004).lines((a, b) -> true);
        double length = lines.stream().mapToDouble(LineString::getLength).sum();
        assertEquals(0.1, length, 0.001);
    }

    @Test
    void theFilterChoosesWhichPairsAreDrawn() {
        var shared = SharedBoundaries.of(List.of(box(0, 0, 1, 1), box(1, 0, 2, 1), box(2, 0, 3, 1)), 0.0004);
        assertEquals(2, shared.lines((a, b) -> true).size());
        assertEquals(1, shared.lines((a, b) -> a == 0).size());
    }

    @Test
    void aLoneSliverIsDropped() {
        Coordinate[] speck = {new Coordinate(106, 21), new Coordinate(106.001, 21)};
        Coordinate[] real = {new Coordinate(106, 21.5), new Coordinate(106.2, 21.5)};
        assertEquals(1, SharedBoundaries.merge(List.of(speck, real)).size());
    }
}
