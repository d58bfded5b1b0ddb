package org.linkatlas.map;

import java.util.function.Predicate;
import org.linkatlas.model.Link;

/**
 * The links on the map: one canvas ({@link CanvasLayer}) repainted by a {@link LinkPainter} on every
 * layout, pan and zoom. Mouse-transparent: the map pane picks links.
 * JavaFX thread only.
 */
public final class LinksLayer extends CanvasLayer {
    private final LinkPainter painter = new LinkPainter(this::markDirty);
    private MapViewport viewport;
    private int drawnCount;
    private long layoutCount;
    private Runnable onFirstLinks = () -> { };

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
    protected void paint(double w, double h) {
        viewport = computeViewport(w, h);
        drawnCount = painter.paint(canvas.getGraphicsContext2D(), viewport);
        layoutCount++;
        if (drawnCount > 0) {
            Runnable first = onFirstLinks;
            onFirstLinks = () -> { };
            first.run();
        }
    }

    /** The link under a point of the map, within a few pixels. */
    public Link linkAt(double x, double y, double tolerancePx) {
        return viewport == null ? null : LinkRenderer.pick(viewport, painter.shapes(), painter.visible(), x, y, tolerancePx);
    }
}
