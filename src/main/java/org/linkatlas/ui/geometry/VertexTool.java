package org.linkatlas.ui.geometry;

import javafx.scene.input.KeyCode;
import org.linkatlas.edit.geometry.GeometryEdits;
import org.linkatlas.edit.geometry.GeometryShapes;
import org.linkatlas.edit.geometry.Vertex;
import org.linkatlas.map.MapPointer;
import org.linkatlas.model.Link;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The vertex tool on one link while it is in use: the vertex selected, the one being dragged and where it
 * would land (snapped), and the edits on it: move (on release, one undo step), insert (double-click on a
 * segment), delete, extend an end (Shift-click) and split. One per link, made by {@link GeometryTool#vertices},
 * which owns the shared state (accuracy, snapping, the message when refused, the overlay) and runs each edit
 * as one command of the session. JavaFX thread only.
 */
final class VertexTool {
    private final GeometryTool tool;
    private final String linkId;
    private Vertex selected;
    private Vertex dragging;
    private Coordinate dragTo;

    VertexTool(GeometryTool tool, String linkId) {
        this.tool = tool;
        this.linkId = linkId;
    }

    String linkId() {
        return linkId;
    }

    Vertex selected() {
        return selected;
    }

    Vertex dragging() {
        return dragging;
    }

    Coordinate dragTo() {
        return dragTo;
    }

    /** The link's geometry in the session's current snapshot, or null. */
    Geometry geometry() {
        Link l = tool.link(linkId);
        return l == null ? null : l.geometry();
    }

    boolean pressed(MapPointer p) {
        Vertex v = vertexAt(p);
        if (v == null) {
            return false;
        }
        selected = v;
        dragging = v;
        dragTo = null;
        tool.update();
        return true;
    }

    boolean dragged(MapPointer p) {
        if (dragging == null) {
            return false;
        }
        dragTo = tool.snapped(p);
        tool.update();
        return true;
    }

    boolean released(MapPointer p) {
        if (dragging == null) {
            return false;
        }
        Vertex v = dragging;
        Coordinate to = dragTo;
        dragging = null;
        dragTo = null;
        tool.clearSnap();
        if (to != null) {
            tool.accuracy().ifPresent(a -> tool.run(GeometryEdits.moveVertex(tool.snapshot(), linkId, v, to, a)));
        }
        tool.update();
        return true;
    }

    boolean clicked(MapPointer p) {
        if (p.shift() && selected != null && isEnd(selected)) {
            extend(tool.snapped(p));
            return true;
        }
        if (p.clicks() >= 2) {
            insertAt(p);
            return true;
        }
        return vertexAt(p) != null;
    }

    boolean key(KeyCode code) {
        switch (code) {
            case DELETE, BACK_SPACE -> deleteSelected();
            case ESCAPE -> tool.stop();
            default -> {
                return false;
            }
        }
        return true;
    }

    void deleteSelected() {
        if (selected != null) {
            Vertex v = selected;
            tool.accuracy().ifPresent(a -> {
                if (tool.run(GeometryEdits.deleteVertex(tool.snapshot(), linkId, v, a))) {
                    selected = null;
                }
            });
            tool.update();
        }
    }

    /** Splits the link at the selected inner vertex; the new link's id comes from the old one. */
    void splitSelected() {
        if (selected == null) {
            tool.refuse("select");
            return;
        }
        Vertex v = selected;
        tool.accuracy().ifPresent(a -> tool.run(GeometryEdits.split(tool.snapshot(), linkId, v,
                GeometryEdits.newLinkId(tool.snapshot(), linkId + "-2"), a)));
        selected = null;
        tool.update();
    }

    private void extend(Coordinate to) {
        Vertex end = selected;
        tool.accuracy().ifPresent(a -> {
            boolean atStart = end.index() == 0;
            if (tool.run(GeometryEdits.extendEnd(tool.snapshot(), linkId, end.part(), atStart, to, a))) {
                int n = GeometryShapes.parts(tool.link(linkId).geometry()).get(end.part()).length;
                selected = new Vertex(end.part(), atStart ? 0 : n - 1);
            }
        });
        tool.update();
    }

    private void insertAt(MapPointer p) {
        Vertex at = ScreenPicks.segmentAt(tool.link(linkId).geometry(), p, GeometryTool.VERTEX_PICK_PX);
        if (at == null) {
            return;
        }
        Vertex v = at;
        Coordinate c = tool.snapped(p);
        tool.accuracy().ifPresent(a -> {
            if (tool.run(GeometryEdits.insertVertex(tool.snapshot(), linkId, v, c, a))) {
                selected = v;
            }
        });
        tool.update();
    }

    private Vertex vertexAt(MapPointer p) {
        Geometry g = geometry();
        return g == null ? null : ScreenPicks.vertexAt(g, p, GeometryTool.VERTEX_PICK_PX);
    }

    private boolean isEnd(Vertex v) {
        Coordinate[] cs = GeometryShapes.parts(tool.link(linkId).geometry()).get(v.part());
        return cs.length > 1 && (v.index() == 0 || v.index() == cs.length - 1);
    }
}
