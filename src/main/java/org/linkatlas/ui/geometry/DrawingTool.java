package org.linkatlas.ui.geometry;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.linkatlas.edit.Command;
import org.linkatlas.edit.geometry.Drawing;
import org.linkatlas.edit.geometry.GeometryAccuracy;
import org.linkatlas.map.MapPointer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The drawing tool while it is in use: the clicks so far (each snapped), the pointer's snapped position for
 * the line still to be drawn, Backspace taking the last click back, and Enter or a double-click handing the
 * drawing to its {@link GeometryTool.DrawTarget} as one command. One per drawing, made by
 * {@link GeometryTool#draw}, which owns the shared state (accuracy, snapping, the message when refused, the
 * overlay) and stops the tool when the command is done. JavaFX thread only.
 */
final class DrawingTool {
    private final GeometryTool tool;
    private final GeometryTool.DrawTarget target;
    private Drawing drawing;
    private Coordinate pointer;

    DrawingTool(GeometryTool tool, GeometryTool.DrawTarget target) {
        this.tool = tool;
        this.target = target;
        this.drawing = target.point() ? Drawing.ofPoint() : Drawing.ofLine();
    }

    Drawing drawing() {
        return drawing;
    }

    /** Where the pointer is (snapped), for the segment from the last click; null before it moves. */
    Coordinate pointer() {
        return pointer;
    }

    void moved(MapPointer p) {
        pointer = tool.snapped(p);
        tool.update();
    }

    boolean clicked(MapPointer p) {
        if (p.clicks() >= 2) {
            finish();
        } else {
            drawing = drawing.add(tool.snapped(p));
            if (drawing.point()) {
                finish();
            }
            tool.update();
        }
        return true;
    }

    boolean key(KeyCode code) {
        switch (code) {
            case ENTER -> finish();
            case ESCAPE -> tool.stop();
            case BACK_SPACE -> {
                drawing = drawing.withoutLast();
                tool.update();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The drawing becomes the target's command (one undo step); refused, it stays with the reason shown. */
    void finish() {
        if (!drawing.complete()) {
            tool.refuse(drawing.point() ? "point" : "line");
            return;
        }
        Optional<GeometryAccuracy> a = tool.accuracy();
        if (a.isEmpty()) {
            return;
        }
        Geometry g = drawing.geometry();
        Optional<Command> c;
        try {
            c = target.finish(tool.snapshot(), g, a.get());
        } catch (IllegalArgumentException e) {
            tool.refuse(e.getMessage());
            return;
        }
        if (c.isEmpty()) {
            return; // the caller's form was cancelled: the drawing stays
        }
        if (tool.run(c.get())) {
            tool.stop();
        }
    }
}
