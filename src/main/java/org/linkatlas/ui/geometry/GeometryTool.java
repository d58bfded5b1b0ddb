package org.linkatlas.ui.geometry;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.input.KeyCode;
import org.linkatlas.edit.Command;
import org.linkatlas.edit.geometry.Drawing;
import org.linkatlas.edit.geometry.GeometryAccuracy;
import org.linkatlas.edit.geometry.GeometryEdits;
import org.linkatlas.edit.geometry.GeometryMethod;
import org.linkatlas.edit.geometry.GeometryShapes;
import org.linkatlas.edit.geometry.SnapTarget;
import org.linkatlas.edit.geometry.Snapping;
import org.linkatlas.edit.geometry.Vertex;
import org.linkatlas.map.EditOverlay;
import org.linkatlas.map.MapPointer;
import org.linkatlas.map.MapTool;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The map's drawing and vertex tools (issue 14), as a view model: the tool in use, the drawing so far and its
 * geodesic length, the vertex being dragged and where it would snap, the accuracy the next edit states, and a
 * message when an edit is refused. Mouse and keys arrive through {@link MapTool}; each finished edit is one
 * command given to {@code execute} (the edit session), so a vertex drag is one undo step, made on release. The
 * geometry work is the core's ({@link GeometryEdits}, {@link Snapping}, {@link Drawing}). JavaFX thread only.
 */
public final class GeometryTool implements MapTool {
    /** How near (px) a press must be to a vertex to take it. */
    public static final double VERTEX_PICK_PX = 8;

    public enum Mode { NONE, DRAW, VERTEX }

    /** What a finished drawing becomes: the geometry of an existing link, or a new link (made by the caller). */
    public interface DrawTarget {
        Optional<Command> finish(Catalogue c, Geometry g, GeometryAccuracy accuracy);

        boolean point();
    }

    private final Consumer<Command> execute;
    private final java.util.function.Supplier<Catalogue> snapshot;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.NONE);
    private final ReadOnlyDoubleWrapper lengthKm = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<EditOverlay> overlay = new ReadOnlyObjectWrapper<>(EditOverlay.NONE);
    private final ReadOnlyObjectWrapper<SnapTarget> snap = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<GeometryMethod> method = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> uncertaintyKm = new SimpleObjectProperty<>();
    private final DoubleProperty tolerancePx = new SimpleDoubleProperty(10);
    private Snapping snapping = new Snapping(List.of(), List.of());

    private Drawing drawing;
    private DrawTarget target;
    private Coordinate pointer;
    private String linkId;
    private Vertex selected;
    private Vertex dragging;
    private Coordinate dragTo;

    /**
     * @param execute  runs a command in the edit session (throws when refused)
     * @param snapshot the session's current catalogue
     */
    public GeometryTool(Consumer<Command> execute, java.util.function.Supplier<Catalogue> snapshot) {
        this.execute = execute;
        this.snapshot = snapshot;
    }

    /** The snapping targets for the current snapshot (built off the JavaFX thread by the caller). */
    public void setSnapping(Snapping s) {
        this.snapping = s;
    }

    /** How many vertices the snapping knows (0 until the targets of the snapshot are built). */
    public int snappingTargets() {
        return snapping.vertexCount();
    }

    public void draw(DrawTarget t) {
        stop();
        target = t;
        drawing = t.point() ? Drawing.ofPoint() : Drawing.ofLine();
        linkId = null;
        mode.set(Mode.DRAW);
        update();
    }

    /** The vertex tool on {@code id}; the accuracy fields take what the link states, when it states a method. */
    public void vertices(String id) {
        stop();
        Link l = link(id);
        if (l == null || l.geometry() == null) {
            throw new IllegalArgumentException("link " + id + " has no geometry yet: draw it first");
        }
        linkId = id;
        GeometryAccuracy.of(l).ifPresent(a -> {
            method.set(a.method());
            uncertaintyKm.set(a.uncertaintyKm());
        });
        mode.set(Mode.VERTEX);
        update();
    }

    public void stop() {
        drawing = null;
        target = null;
        linkId = null;
        selected = null;
        dragging = null;
        dragTo = null;
        pointer = null;
        snap.set(null);
        problem.set(null);
        mode.set(Mode.NONE);
        update();
    }

    /** The accuracy the fields state, or empty (with the reason in {@link #problemProperty}) when they do not. */
    public Optional<GeometryAccuracy> accuracy() {
        if (method.get() == null || uncertaintyKm.get() == null) {
            problem.set("accuracy");
            return Optional.empty();
        }
        try {
            return Optional.of(new GeometryAccuracy(method.get(), uncertaintyKm.get()));
        } catch (IllegalArgumentException e) {
            problem.set("accuracy");
            return Optional.empty();
        }
    }

    // --- the mouse and keys ---

    @Override
    public boolean pressed(MapPointer p) {
        if (mode.get() != Mode.VERTEX) {
            return false;
        }
        Vertex v = vertexAt(p);
        if (v == null) {
            return false;
        }
        selected = v;
        dragging = v;
        dragTo = null;
        update();
        return true;
    }

    @Override
    public boolean dragged(MapPointer p) {
        if (mode.get() != Mode.VERTEX || dragging == null) {
            return false;
        }
        dragTo = snapped(p);
        update();
        return true;
    }

    @Override
    public boolean released(MapPointer p) {
        if (mode.get() != Mode.VERTEX || dragging == null) {
            return false;
        }
        Vertex v = dragging;
        Coordinate to = dragTo;
        dragging = null;
        dragTo = null;
        snap.set(null);
        if (to != null) {
            accuracy().ifPresent(a -> run(GeometryEdits.moveVertex(snapshot.get(), linkId, v, to, a)));
        }
        update();
        return true;
    }

    @Override
    public void moved(MapPointer p) {
        if (mode.get() == Mode.DRAW) {
            pointer = snapped(p);
            update();
        }
    }

    @Override
    public boolean clicked(MapPointer p) {
        if (mode.get() == Mode.DRAW) {
            if (p.clicks() >= 2) {
                finish();
            } else {
                drawing = drawing.add(snapped(p));
                if (drawing.point()) {
                    finish();
                }
                update();
            }
            return true;
        }
        if (mode.get() == Mode.VERTEX) {
            if (p.shift() && selected != null && isEnd(selected)) {
                extend(snapped(p));
                return true;
            }
            if (p.clicks() >= 2) {
                insertAt(p);
                return true;
            }
            return vertexAt(p) != null;
        }
        return false;
    }

    @Override
    public boolean key(KeyCode code) {
        switch (mode.get()) {
            case DRAW -> {
                switch (code) {
                    case ENTER -> finish();
                    case ESCAPE -> stop();
                    case BACK_SPACE -> {
                        drawing = drawing.withoutLast();
                        update();
                    }
                    default -> {
                        return false;
                    }
                }
                return true;
            }
            case VERTEX -> {
                switch (code) {
                    case DELETE, BACK_SPACE -> deleteSelected();
                    case ESCAPE -> stop();
                    default -> {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    // --- the edits ---

    /** Enter or a double-click: the drawing becomes the target's command (one undo step). */
    public void finish() {
        if (mode.get() != Mode.DRAW) {
            return;
        }
        if (!drawing.complete()) {
            problem.set(drawing.point() ? "point" : "line");
            return;
        }
        Optional<GeometryAccuracy> a = accuracy();
        if (a.isEmpty()) {
            return;
        }
        Geometry g = drawing.geometry();
        Optional<Command> c;
        try {
            c = target.finish(snapshot.get(), g, a.get());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        if (c.isEmpty()) {
            return; // the caller's form was cancelled: the drawing stays
        }
        if (run(c.get())) {
            stop();
        }
    }

    public void deleteSelected() {
        if (mode.get() == Mode.VERTEX && selected != null) {
            Vertex v = selected;
            accuracy().ifPresent(a -> {
                if (run(GeometryEdits.deleteVertex(snapshot.get(), linkId, v, a))) {
                    selected = null;
                }
            });
            update();
        }
    }

    /** Splits the link at the selected inner vertex; the new link's id comes from the old one. */
    public void splitSelected() {
        if (mode.get() != Mode.VERTEX || selected == null) {
            problem.set("select");
            return;
        }
        Vertex v = selected;
        accuracy().ifPresent(a -> run(GeometryEdits.split(snapshot.get(), linkId, v,
                GeometryEdits.newLinkId(snapshot.get(), linkId + "-2"), a)));
        selected = null;
        update();
    }

    private void extend(Coordinate to) {
        Vertex end = selected;
        accuracy().ifPresent(a -> {
            boolean atStart = end.index() == 0;
            if (run(GeometryEdits.extendEnd(snapshot.get(), linkId, end.part(), atStart, to, a))) {
                int n = GeometryShapes.parts(link(linkId).geometry()).get(end.part()).length;
                selected = new Vertex(end.part(), atStart ? 0 : n - 1);
            }
        });
        update();
    }

    private void insertAt(MapPointer p) {
        Vertex at = ScreenPicks.segmentAt(link(linkId).geometry(), p, VERTEX_PICK_PX);
        if (at == null) {
            return;
        }
        Vertex v = at;
        Coordinate c = snapped(p);
        accuracy().ifPresent(a -> {
            if (run(GeometryEdits.insertVertex(snapshot.get(), linkId, v, c, a))) {
                selected = v;
            }
        });
        update();
    }

    private boolean run(Command c) {
        try {
            execute.accept(c);
            problem.set(null);
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    // --- geometry on screen ---

    private Coordinate snapped(MapPointer p) {
        Coordinate at = new Coordinate(p.lon(), p.lat());
        Optional<SnapTarget> t = snapping.snap(at, p.worldPx(), tolerancePx.get(), linkId);
        snap.set(t.orElse(null));
        return t.map(SnapTarget::at).orElse(at);
    }

    private Vertex vertexAt(MapPointer p) {
        Link l = link(linkId);
        return l == null || l.geometry() == null ? null : ScreenPicks.vertexAt(l.geometry(), p, VERTEX_PICK_PX);
    }

    private boolean isEnd(Vertex v) {
        Coordinate[] cs = GeometryShapes.parts(link(linkId).geometry()).get(v.part());
        return cs.length > 1 && (v.index() == 0 || v.index() == cs.length - 1);
    }

    private Link link(String id) {
        Catalogue c = snapshot.get();
        if (id == null || c == null) {
            return null;
        }
        return c.links().stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    /** The overlay for the edit layer and the length shown, from the state; called after every change. */
    public void update() {
        Link l = mode.get() == Mode.VERTEX ? link(linkId) : null;
        ToolOverlay.Frame f = ToolOverlay.of(mode.get() == Mode.NONE, l == null ? null : l.geometry(), dragging, dragTo,
                selected, drawing, mode.get() == Mode.DRAW ? pointer : null, snap.get());
        overlay.set(f.overlay());
        lengthKm.set(f.lengthKm());
    }

    // --- state for views ---

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty lengthKmProperty() {
        return lengthKm.getReadOnlyProperty();
    }

    /** Why the last edit was refused: a core message, or "accuracy" / "line" / "point" / "select" for the form. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EditOverlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SnapTarget> snapProperty() {
        return snap.getReadOnlyProperty();
    }

    public ObjectProperty<GeometryMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<Double> uncertaintyKmProperty() {
        return uncertaintyKm;
    }

    public DoubleProperty tolerancePxProperty() {
        return tolerancePx;
    }

    public String linkId() {
        return linkId;
    }

    public Vertex selected() {
        return selected;
    }
}
