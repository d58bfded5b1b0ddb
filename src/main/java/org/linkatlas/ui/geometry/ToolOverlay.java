package org.linkatlas.ui.geometry;

import java.util.ArrayList;
import java.util.List;
import org.linkatlas.edit.geometry.Drawing;
import org.linkatlas.edit.geometry.GeometryShapes;
import org.linkatlas.edit.geometry.SnapTarget;
import org.linkatlas.edit.geometry.Vertex;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.map.EditOverlay;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * What the geometry tools show for their state: the edit layer's overlay (the edited geometry with the dragged
 * vertex where the pointer has it, the drawing and its rubber band, the hot vertex, the snap ring) and the
 * geodesic length as drawn or reshaped. Pure; any thread.
 */
final class ToolOverlay {
    record Frame(EditOverlay overlay, double lengthKm) {
    }

    private ToolOverlay() {
    }

    /**
     * @param edited  the geometry of the link under the vertex tool, or null
     * @param pointer the pointer while drawing (the rubber band's end), or null
     */
    static Frame of(boolean none, Geometry edited, Vertex dragging, Coordinate dragTo, Vertex selected, Drawing drawing,
                    Coordinate pointer, SnapTarget snap) {
        if (none) {
            return new Frame(EditOverlay.NONE, 0);
        }
        List<double[]> lines = new ArrayList<>();
        double[] hot = null;
        double km = 0;
        if (edited != null) {
            List<Coordinate[]> parts = GeometryShapes.parts(edited);
            for (int part = 0; part < parts.size(); part++) {
                Coordinate[] cs = parts.get(part);
                if (dragging != null && dragTo != null && dragging.part() == part) {
                    cs[dragging.index()] = dragTo;
                }
                lines.add(ScreenPicks.flat(List.of(cs)));
            }
            Vertex h = dragging != null ? dragging : selected;
            if (h != null && h.part() < parts.size() && h.index() < parts.get(h.part()).length) {
                Coordinate c = parts.get(h.part())[h.index()];
                hot = new double[] {c.x, c.y};
            }
            Geometry preview = dragging != null && dragTo != null ? GeometryShapes.move(edited, dragging, dragTo) : edited;
            km = GeodesicLength.metres(preview) / 1000;
        }
        double[] drawn = drawing == null ? new double[0] : ScreenPicks.flat(drawing.vertices());
        if (drawing != null) {
            km = drawing.lengthKm(pointer);
        }
        boolean snapShown = snap != null && (dragging != null || drawing != null);
        return new Frame(new EditOverlay(lines, drawn, pointer == null ? null : new double[] {pointer.x, pointer.y}, hot,
                snapShown ? new double[] {snap.at().x, snap.at().y} : null), km);
    }
}
