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
 * geometry work is the core's ({@link GeometryEdits}, {@link Snapping}, {@link Drawing}). What each tool does
 * with the mouse and keys is its own class ({@link DrawingTool}, {@link VertexTool}, one per use); this class
 * holds what they share, hands them the events and is the one the map and the menus see. JavaFX thread only.
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

    private DrawingTool drawing; // while drawing
    private VertexTool vertices; // while the vertex tool is on a link

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
        drawing = new DrawingTool(this, t);
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
        vertices = new VertexTool(this, id);
        GeometryAccuracy.of(l).ifPresent(a -> {
            method.set(a.method());
            uncertaintyKm.set(a.uncertaintyKm());
        });
        mode.set(Mode.VERTEX);
        update();
    }

    public void stop() {
        drawing = null;
        vertices = null;
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

    // --- the mouse and keys: handed to the tool in use ---

    @Override
    public boolean pressed(MapPointer p) {
        return mode.get() == Mode.VERTEX && vertices.pressed(p);
    }

    @Override
    public boolean dragged(MapPointer p) {
        return mode.get() == Mode.VERTEX && vertices.dragged(p);
    }

    @Override
    public boolean released(MapPointer p) {
        return mode.get() == Mode.VERTEX && vertices.released(p);
    }

    @Override
    public void moved(MapPointer p) {
        if (mode.get() == Mode.DRAW) {
            drawing.moved(p);
        }
    }

    @Override
    public boolean clicked(MapPointer p) {
        return switch (mode.get()) {
            case DRAW -> drawing.clicked(p);
            case VERTEX -> vertices.clicked(p);
            default -> false;
        };
    }

    @Override
    public boolean key(KeyCode code) {
        return switch (mode.get()) {
            case DRAW -> drawing.key(code);
            case VERTEX -> vertices.key(code);
            default -> false;
        };
    }

    // --- the edits the menu asks for ---

    public void deleteSelected() {
        if (mode.get() == Mode.VERTEX) {
            vertices.deleteSelected();
        }
    }

    /** Splits the link at the selected inner vertex; the new link's id comes from the old one. */
    public void splitSelected() {
        if (mode.get() != Mode.VERTEX) {
            problem.set("select");
            return;
        }
        vertices.splitSelected();
    }

    // --- what the tools share ---

    /** Runs a finished edit in the session; refused, the reason is shown and false returned. */
    boolean run(Command c) {
        try {
            execute.accept(c);
            problem.set(null);
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    /** Why the last edit was refused (see {@link #problemProperty}). */
    void refuse(String why) {
        problem.set(why);
    }

    Catalogue snapshot() {
        return snapshot.get();
    }

    /** The pointer's position snapped to a target within the tolerance (not the link being edited), shown. */
    Coordinate snapped(MapPointer p) {
        Coordinate at = new Coordinate(p.lon(), p.lat());
        Optional<SnapTarget> t = snapping.snap(at, p.worldPx(), tolerancePx.get(), linkId());
        snap.set(t.orElse(null));
        return t.map(SnapTarget::at).orElse(at);
    }

    void clearSnap() {
        snap.set(null);
    }

    Link link(String id) {
        Catalogue c = snapshot.get();
        if (id == null || c == null) {
            return null;
        }
        return c.links().stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    /** The overlay for the edit layer and the length shown, from the state; called after every change. */
    public void update() {
        VertexTool v = mode.get() == Mode.VERTEX ? vertices : null;
        DrawingTool d = mode.get() == Mode.DRAW ? drawing : null;
        ToolOverlay.Frame f = ToolOverlay.of(mode.get() == Mode.NONE, v == null ? null : v.geometry(),
                v == null ? null : v.dragging(), v == null ? null : v.dragTo(), v == null ? null : v.selected(),
                d == null ? null : d.drawing(), d == null ? null : d.pointer(), snap.get());
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

    /** The link the vertex tool is on, or null. */
    public String linkId() {
        return vertices == null ? null : vertices.linkId();
    }

    public Vertex selected() {
        return vertices == null ? null : vertices.selected();
    }
}
