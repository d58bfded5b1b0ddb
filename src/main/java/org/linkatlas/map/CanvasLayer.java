package org.linkatlas.map;

import com.gluonhq.maps.MapLayer;
import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A map layer drawn on one {@link Canvas} the size of the map. Gluon's {@code setZoom} does not re-layout
 * layers, so the layer listens to the base map's translation, scale, zoom and centre and marks itself dirty
 * on every pan and zoom; each layout sizes the canvas and calls {@link #paint}. The canvas is unmanaged (it
 * must never feed its size back into the map's layout) and mouse-transparent. JavaFX thread only.
 */
abstract class CanvasLayer extends MapLayer {
    protected final Canvas canvas = new Canvas();

    CanvasLayer() {
        canvas.setMouseTransparent(true);
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

    /** For callers outside the layer (zoom buttons, fly-to) that move the map without a layout pass. */
    public void markDirtyFromOutside() {
        markDirty();
    }

    @Override
    protected final void layoutLayer() {
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
        paint(w, h);
    }

    /** Web Mercator is linear in world units, so two projected points fix scale and offset exactly. */
    protected MapViewport computeViewport(double w, double h) {
        javafx.geometry.Point2D origin = getMapPoint(0, 0);
        javafx.geometry.Point2D quarter = getMapPoint(0, 90);
        double worldPx = (quarter.getX() - origin.getX()) / 0.25;
        return new MapViewport(worldPx, origin.getX() - 0.5 * worldPx, origin.getY() - 0.5 * worldPx, w, h);
    }

    /** Draws the layer on the canvas, already sized {@code w × h}. */
    protected abstract void paint(double w, double h);
}
