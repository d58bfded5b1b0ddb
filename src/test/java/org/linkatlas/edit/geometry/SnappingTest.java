package org.linkatlas.edit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.PhysicalState;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Snapping in screen pixels to other links' ends and vertices and to base roads (issue 14). */
class SnappingTest {
    static final double Z12 = 256 * Math.pow(2, 12);

    static Link line(String id, double... lonLat) {
        java.util.List<Coordinate> cs = new java.util.ArrayList<>();
        for (int i = 0; i < lonLat.length; i += 2) {
            cs.add(new Coordinate(lonLat[i], lonLat[i + 1]));
        }
        Geometry g = GeometryShapes.of(cs, false);
        return new Link(id, id, null, LinkKind.ROAD, null, PhysicalState.EXISTING, null, List.of(), List.of(), null, null,
                null, null, List.of(), g, Accuracy.SCHEMATIC, 1, null, List.of(), List.of(), List.of());
    }

    /** The lon/lat {@code px} screen pixels east of {@code c} at zoom 12. */
    static Coordinate east(Coordinate c, double px) {
        return new Coordinate(WebMercator.lon(WebMercator.x(c.x) + px / Z12), c.y);
    }

    final Link a = line("a", 106.30, 21.10, 106.32, 21.11, 106.34, 21.10);
    final Link road = line("ql", 106.20, 21.20, 106.40, 21.20);
    final Snapping snapping = new Snapping(List.of(a), List.of(road));

    @Test
    void snapsToAnotherLinksEndWithTheExactCoordinate() {
        Coordinate end = new Coordinate(106.34, 21.10);
        SnapTarget t = snapping.snap(east(end, 7), Z12, 10, "new").orElseThrow();
        assertEquals(SnapTarget.Kind.LINK_END, t.kind());
        assertEquals("a", t.linkId());
        assertEquals(new Vertex(0, 2), t.vertex());
        assertEquals(end.x, t.at().x, 0.0, "exactly the same longitude, bit for bit");
        assertEquals(end.y, t.at().y, 0.0);
        assertEquals(7, t.distancePx(), 1e-6);
        assertEquals(SnapTarget.Kind.LINK_VERTEX, snapping.snap(east(new Coordinate(106.32, 21.11), -3), Z12, 10, null)
                .orElseThrow().kind());
    }

    @Test
    void nothingBeyondTheTolerance() {
        Coordinate end = new Coordinate(106.34, 21.10);
        assertEquals(Optional.empty(), snapping.snap(east(end, 10.5), Z12, 10, null));
        assertTrue(snapping.snap(east(end, 10.5), Z12, 11, null).isPresent(), "a larger tolerance reaches it");
        assertEquals(Optional.empty(), snapping.snap(east(end, 10.5), Z12 * 2, 11, null), "zoomed in, it is 21 px away");
        assertEquals(Optional.empty(), snapping.snap(end, Z12, 0, null), "a tolerance of 0 turns snapping off");
        assertEquals(Optional.empty(), snapping.snap(new Coordinate(Double.NaN, 21.1), Z12, 10, null));
        Coordinate far = new Coordinate(106.0, 20.0);
        assertSame(far, snapping.snapped(far, Z12, 10, null), "nothing near: the position itself");
    }

    @Test
    void theLinkBeingEditedNeverSnapsToItself() {
        Coordinate end = new Coordinate(106.34, 21.10);
        assertEquals(Optional.empty(), snapping.snap(east(end, 2), Z12, 10, "a"));
    }

    @Test
    void aBaseRoadsLineBetweenVerticesAndItsVertices() {
        Coordinate onRoad = new Coordinate(106.3, 21.2);
        Coordinate below = new Coordinate(106.3, WebMercator.lat(WebMercator.y(21.2) + 6 / Z12));
        SnapTarget t = snapping.snap(below, Z12, 10, null).orElseThrow();
        assertEquals(SnapTarget.Kind.ROAD_LINE, t.kind());
        assertEquals("ql", t.linkId());
        assertEquals(onRoad.x, t.at().x, 1e-9);
        assertEquals(onRoad.y, t.at().y, 1e-9, "on the road's line");
        SnapTarget v = snapping.snap(east(new Coordinate(106.40, 21.20), -4), Z12, 10, null).orElseThrow();
        assertEquals(SnapTarget.Kind.ROAD_VERTEX, v.kind());
        assertEquals(new Coordinate(106.40, 21.20), v.at());
    }

    @Test
    void aVertexWinsOverANearerLine() {
        Link crossing = line("b", 106.30, 21.2003, 106.30, 21.25);
        Snapping s = new Snapping(List.of(crossing), List.of(road));
        Coordinate p = new Coordinate(106.3001, 21.2001);
        assertEquals(SnapTarget.Kind.LINK_END, s.snap(p, Z12, 10, null).orElseThrow().kind());
        assertEquals(4, s.vertexCount(), "two vertices of the link, two of the road");
    }
}
