package org.linkatlas.edit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.edit.Command;
import org.linkatlas.edit.EditSession;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LocalText;
import org.linkatlas.model.PhysicalState;
import org.linkatlas.testing.Fixtures;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/** Issue 14: every geometry edit is one undoable step on the real catalogue, and bad input changes nothing. */
class GeometryEditsTest {
    static final GeometryAccuracy TRACED = new GeometryAccuracy(GeometryMethod.TRACED, 0.05,
            LocalText.of("QGIS trên ảnh vệ tinh", "QGIS over imagery"));
    static Catalogue real;

    @BeforeAll
    static void read() {
        real = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
    }

    static Link link(Catalogue c, String id) {
        return c.links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void movingABridgesVertexIsOneStepThatUndoesExactly() {
        EditSession s = new EditSession(real);
        Coordinate to = new Coordinate(106.3210, 21.1480);
        s.execute(GeometryEdits.moveVertex(s.current(), "cau-dong-viet", Vertex.of(1), to, TRACED));
        Link moved = link(s.current(), "cau-dong-viet");
        assertEquals(to, moved.geometry().getCoordinates()[1]);
        assertEquals(new Coordinate(106.32524, 21.14682), moved.geometry().getCoordinates()[0], "the other end stays");
        assertEquals(Accuracy.LOCATED, moved.accuracy(), "traced geometry is located");
        assertEquals(0.05, moved.accuracyKm());
        assertEquals(Optional.of(TRACED), GeometryAccuracy.of(moved), "the accuracy reads back from the link's fields");
        assertEquals(1, s.undoSteps());
        assertEquals("move vertex 1 of link cau-dong-viet", s.nextUndoDescription().orElseThrow());
        assertEquals(List.of("geometry", "accuracy", "accuracyKm", "coordSource"),
                s.pendingChanges().get(0).fields().stream().map(f -> f.field()).toList());
        assertTrue(s.undo());
        assertEquals(real, s.current(), "undo gives the catalogue back exactly");
        assertFalse(s.isDirty());
        assertTrue(s.redo());
        assertEquals(moved, link(s.current(), "cau-dong-viet"));
    }

    @Test
    void twoMovesAreTwoUndoSteps() {
        EditSession s = new EditSession(real);
        s.execute(GeometryEdits.moveVertex(s.current(), "cau-dong-viet", Vertex.of(0), new Coordinate(106.3253, 21.1469), TRACED));
        Catalogue afterFirst = s.current();
        s.execute(GeometryEdits.moveVertex(s.current(), "cau-dong-viet", Vertex.of(1), new Coordinate(106.3206, 21.1478), TRACED));
        s.undo();
        assertEquals(afterFirst, s.current(), "Ctrl+Z takes back one vertex move");
        s.undo();
        assertEquals(real, s.current());
    }

    @Test
    void insertDeleteExtendAndTheirUndo() {
        EditSession s = new EditSession(real);
        String id = "cau-dong-viet";
        s.execute(GeometryEdits.insertVertex(s.current(), id, Vertex.of(1), new Coordinate(106.323, 21.1475), TRACED));
        assertEquals(3, link(s.current(), id).geometry().getNumPoints());
        assertEquals(new Coordinate(106.323, 21.1475), link(s.current(), id).geometry().getCoordinates()[1]);
        s.execute(GeometryEdits.extendEnd(s.current(), id, 0, false, new Coordinate(106.318, 21.1482), TRACED));
        s.execute(GeometryEdits.extendEnd(s.current(), id, 0, true, new Coordinate(106.327, 21.1466), TRACED));
        Coordinate[] cs = link(s.current(), id).geometry().getCoordinates();
        assertEquals(5, cs.length);
        assertEquals(new Coordinate(106.327, 21.1466), cs[0]);
        assertEquals(new Coordinate(106.318, 21.1482), cs[4]);
        s.execute(GeometryEdits.deleteVertex(s.current(), id, Vertex.of(2), TRACED));
        assertEquals(4, link(s.current(), id).geometry().getNumPoints());
        for (int i = 0; i < 4; i++) {
            s.undo();
        }
        assertEquals(real, s.current());
    }

    @Test
    void splittingALineMakesTwoLinksSharingTheSplitVertexAndOneUndo() {
        EditSession s = new EditSession(real);
        String id = "cau-vuot-quan-toan";
        String newId = GeometryEdits.newLinkId(s.current(), id + "-b");
        s.execute(GeometryEdits.split(s.current(), id, Vertex.of(1), newId, TRACED));
        LineString a = (LineString) link(s.current(), id).geometry();
        LineString b = (LineString) link(s.current(), newId).geometry();
        assertEquals(a.getEndPoint().getCoordinate(), b.getStartPoint().getCoordinate(), "the halves share the split vertex");
        assertEquals(new Coordinate(106.615, 20.882), b.getStartPoint().getCoordinate());
        assertEquals(link(real, id).agreementIds(), link(s.current(), newId).agreementIds());
        assertEquals(link(real, id).nameVi() + " (2)", link(s.current(), newId).nameVi());
        assertEquals(real.links().size() + 1, s.current().links().size());
        assertEquals(1, s.undoSteps());
        s.undo();
        assertEquals(real, s.current());
    }

    @Test
    void aLinkOfUnknownLocationGetsItsFirstGeometry() {
        Link before = link(real, "cau-thay-the-pha-rung");
        assertEquals(null, before.geometry());
        EditSession s = new EditSession(real);
        Geometry line = GeometryShapes.of(List.of(new Coordinate(106.49, 21.38), new Coordinate(106.495, 21.382)), false);
        GeometryAccuracy approx = new GeometryAccuracy(GeometryMethod.APPROXIMATE, 2.0);
        Command draw = GeometryEdits.setGeometry(s.current(), "cau-thay-the-pha-rung", line, approx);
        assertEquals("draw link cau-thay-the-pha-rung", draw.description());
        s.execute(draw);
        Link after = link(s.current(), "cau-thay-the-pha-rung");
        assertEquals(line, after.geometry());
        assertEquals(LocalText.of("ước lượng", "approximate"), after.coordSourceText());
        assertEquals(Optional.of(approx), GeometryAccuracy.of(after));
        s.undo();
        assertEquals(real, s.current());
    }

    @Test
    void aNewLinkDrawnOnTheMap() {
        EditSession s = new EditSession(real);
        String agreement = real.agreements().get(0).id();
        Geometry line = GeometryShapes.of(List.of(new Coordinate(106.3, 21.1), new Coordinate(106.31, 21.11)), false);
        s.execute(GeometryEdits.createLink(s.current(), "duong-moi", "Đường mới", "New road", LinkKind.ROAD,
                PhysicalState.NOT_BUILT, List.of(agreement), line, TRACED));
        Link l = link(s.current(), "duong-moi");
        assertEquals(line, l.geometry());
        assertEquals(List.of(agreement), l.agreementIds());
        assertEquals("duong-moi-2", GeometryEdits.newLinkId(s.current(), "duong-moi"));
        s.undo();
        assertEquals(real, s.current());
    }

    @Test
    void badInputIsRefusedWithAMessageAndChangesNothing() {
        EditSession s = new EditSession(real);
        Catalogue c = s.current();
        Geometry line = GeometryShapes.of(List.of(new Coordinate(106.78, 20.84), new Coordinate(106.79, 20.85)), false);
        var e = assertThrows(IllegalArgumentException.class,
                () -> GeometryEdits.setGeometry(c, "cang-bien-hai-phong", line, TRACED));
        assertEquals("link cang-bien-hai-phong: a seaport is drawn as a point, not a LineString", e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GeometryEdits.deleteVertex(c, "cau-dong-viet", Vertex.of(0), TRACED)).getMessage()
                .contains("at least two vertices"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GeometryEdits.insertVertex(c, "cau-dong-viet", Vertex.of(2), new Coordinate(106.3, 21.1), TRACED))
                .getMessage().contains("extend the line"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GeometryEdits.moveVertex(c, "cau-dong-viet", Vertex.of(5), new Coordinate(106.3, 21.1), TRACED))
                .getMessage().contains("no vertex 5"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GeometryEdits.moveVertex(c, "cau-dong-viet", Vertex.of(0), new Coordinate(Double.NaN, 21.1), TRACED))
                .getMessage().contains("finite"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GeometryEdits.moveVertex(c, "cau-dong-viet", Vertex.of(0), new Coordinate(106.3, 21.1), null))
                .getMessage().contains("say how the geometry was obtained"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GeometryEdits.moveVertex(c, "cau-thay-the-pha-rung", Vertex.of(0), new Coordinate(106.3, 21.1), TRACED))
                .getMessage().contains("no geometry yet"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GeometryEdits.moveVertex(c, "no-such-link", Vertex.of(0), new Coordinate(106.3, 21.1), TRACED))
                .getMessage().contains("does not exist"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GeometryEdits.split(c, "cau-dong-viet", Vertex.of(1), "x", TRACED)).getMessage().contains("inner vertex"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GeometryEdits.insertVertex(c, "cang-bien-hai-phong", Vertex.of(1), new Coordinate(106.3, 21.1), TRACED))
                .getMessage().contains("a point has one position"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GeometryEdits.createLink(c, "cau-dong-viet", "Cầu", null, LinkKind.BRIDGE, PhysicalState.NOT_BUILT,
                        List.of(), line, TRACED)).getMessage().contains("already in use"));
        assertEquals(real, s.current());
        assertEquals(0, s.undoSteps());
    }

    @Test
    void accuracyNeedsAMethodAndASensibleUncertainty() {
        assertThrows(IllegalArgumentException.class, () -> new GeometryAccuracy(null, 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new GeometryAccuracy(GeometryMethod.SURVEYED, -0.1))
                .getMessage().contains("from 0 to 500"));
        assertThrows(IllegalArgumentException.class, () -> new GeometryAccuracy(GeometryMethod.SURVEYED, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new GeometryAccuracy(GeometryMethod.SURVEYED, 501));
        assertEquals(Optional.empty(), GeometryAccuracy.of(link(real, "cau-dong-viet")),
                "the catalogue's own coordinate sources are prose: they state no method");
        for (GeometryMethod m : GeometryMethod.values()) {
            GeometryAccuracy a = new GeometryAccuracy(m, 1.5);
            Catalogue c = GeometryEdits.moveVertex(real, "cau-hoa-son", Vertex.of(0), new Coordinate(105.9412, 21.3797), a).execute(real);
            assertEquals(Optional.of(a), GeometryAccuracy.of(link(c, "cau-hoa-son")), m.code());
            assertEquals(m.stored(), link(c, "cau-hoa-son").accuracy());
        }
        assertNotEquals(GeometryMethod.SURVEYED.wordsVi(), GeometryMethod.TRACED.wordsVi());
    }

    @Test
    void aDrawingMeasuresItsGeodesicLengthAsItGrows() {
        Drawing d = Drawing.ofLine().add(new Coordinate(106.0, 21.0));
        assertEquals(0, d.lengthKm(null));
        assertFalse(d.complete());
        assertEquals(d, d.add(new Coordinate(106.0, 21.0)), "a second click on the same place adds nothing");
        double toNext = d.lengthKm(new Coordinate(106.0, 21.1));
        assertEquals(11.07, toNext, 0.02, "0.1° of latitude at 21°N on the WGS84 ellipsoid");
        d = d.add(new Coordinate(106.0, 21.1)).add(new Coordinate(106.1, 21.1));
        assertTrue(d.complete());
        assertEquals(11.07 + 10.38, d.lengthKm(null), 0.03, "0.1° of longitude at 21.1°N is about 10.38 km");
        assertEquals(2, d.withoutLast().vertices().size());
        assertEquals("LineString", d.geometry().getGeometryType());
        assertThrows(IllegalArgumentException.class, () -> Drawing.ofLine().add(new Coordinate(106, 21)).geometry());
        assertEquals("Point", Drawing.ofPoint().add(new Coordinate(106, 21)).geometry().getGeometryType());
    }
}
