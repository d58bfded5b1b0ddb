package org.linkatlas.map;

import com.gluonhq.maps.MapLayer;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.linkatlas.model.Link;

/**
 * The links on the map: one {@link Canvas} repainted by a {@link LinkPainter} on every layout. Gluon's
 * {@code setZoom} does not re-layout layers, so the layer listens to the base map's translation, scale and
 * zoom and marks itself dirty on every pan and zoom. Mouse-transparent: the map pane picks links.
 * JavaFX thread only.
 */
public final class LinksLayer extends MapLayer {
    private final Canvas canvas = new Canvas();
    private final LinkPainter painter = new LinkPainter(this::markDirty);
    private MapViewport viewport;
    private int drawnCount;
    private long layoutCount;
    private Runnable onFirstLinks = () -> { };

    public LinksLayer() {
        canvas.setMouseTransparent(true);
        // unmanaged: the canvas follows the map's size and must never feed back into it (a layout loop)
        canvas.setManaged(false);
        getChildren().add(canvas);
    }

    @Override
    protected void initialize() {
        InvalidationListener dirty = o -> markDirty();
        baseMap.translateXProperty().addListener(dirty);
        baseMap.translateYProperty().addListener(dirty);
        baseMap.scaleXProperty().addListener(dirty);
        baseMap.zoom().addListener(dirty);
        baseMap.centerLat().addListener(dirty);
        baseMap.centerLon().addListener(dirty);
    }

    public void setShapes(LinkShapes shapes) {
        painter.setShapes(shapes);
        markDirty();
    }

    public void setVisiblePredicate(Predicate<Link> visible) {
        painter.setVisible(visible);
        markDirty();
    }

    public void setEmphasis(LinkRenderer.Emphasis emphasis) {
        painter.setEmphasis(emphasis);
        markDirty();
    }

    /** For callers outside the layer (zoom buttons, fly-to) that move the map without a layout pass. */
    public void markDirtyFromOutside() {
        markDirty();
    }

    /** Runs once, the first time a frame draws links (start-up timing). */
    public void setOnFirstLinks(Runnable r) {
        this.onFirstLinks = r;
    }

    public LinkShapes shapes() {
        return painter.shapes();
    }

    /** The zoom the base map shows now (Gluon's MapView.getZoom() misses wheel zooms). */
    public double currentZoom() {
        return baseMap == null ? 0 : baseMap.zoom().get();
    }

    public int drawnCount() {
        return drawnCount;
    }

    public long layoutCount() {
        return layoutCount;
    }

    public MapViewport viewport() {
        return viewport;
    }

    @Override
    protected void layoutLayer() {
        if (!(getParent() instanceof Region map) || baseMap == null) {
            return;
        }
        double w = map.getWidth();
        double h = map.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        viewport = computeViewport(w, h);
        drawnCount = painter.paint(canvas.getGraphicsContext2D(), viewport);
        layoutCount++;
        if (drawnCount > 0) {
            Runnable first = onFirstLinks;
            onFirstLinks = () -> { };
            first.run();
        }
    }

    /** Web Mercator is linear in world units, so two projected points fix scale and offset exactly. */
    private MapViewport computeViewport(double w, double h) {
        Point2D origin = getMapPoint(0, 0);
        Point2D quarter = getMapPoint(0, 90);
        double worldPx = (quarter.getX() - origin.getX()) / 0.25;
        return new MapViewport(worldPx, origin.getX() - 0.5 * worldPx, origin.getY() - 0.5 * worldPx, w, h);
    }

    /** The link under a point of the map, within a few pixels. */
    public Link linkAt(double x, double y, double tolerancePx) {
        return viewport == null ? null : LinkRenderer.pick(viewport, painter.shapes(), painter.visible(), x, y, tolerancePx);
    }
}
