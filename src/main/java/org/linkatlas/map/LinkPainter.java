package org.linkatlas.map;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import org.linkatlas.model.Link;

/**
 * Paints one frame of the links layer. Up to {@link #RASTER_THRESHOLD} links it draws them directly
 * ({@link LinkRenderer}). Above it, a background thread draws the viewport plus a margin into an image
 * ({@link LinkRaster}) and the frame only places that image, scaled while a new one for the zoom is made, so
 * the JavaFX thread's work per frame no longer grows with the network; selection, hover and highlighted links
 * and labels are then drawn on top directly. JavaFX thread only (the raster thread hands results back with
 * {@code Platform.runLater}).
 */
public final class LinkPainter {
    public static final int RASTER_THRESHOLD = 5_000;
    static final double MARGIN_PX = 256;

    private final LinkRenderer renderer = new LinkRenderer();
    private final Runnable repaint;
    private final ExecutorService rasterThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "link-atlas-links-raster");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong latestRequest = new AtomicLong();
    private LinkShapes shapes = new LinkShapes(List.of());
    private Map<String, LinkShapes.Shape> byId = Map.of();
    private Predicate<Link> visible = l -> true;
    private LinkRenderer.Emphasis emphasis = LinkRenderer.Emphasis.NONE;
    private LinkShapes emphasised = new LinkShapes(List.of());
    private long version;
    private Image raster;
    private MapViewport rasterView;
    private long rasterVersion = -1;
    private MapViewport pendingView;
    private long pendingVersion = -1;

    /** @param repaint asks for another frame (the layer marks itself dirty) when a raster arrives */
    public LinkPainter(Runnable repaint) {
        this.repaint = repaint;
    }

    public void setShapes(LinkShapes shapes) {
        this.shapes = shapes;
        this.byId = shapes.all().stream().collect(Collectors.toMap(s -> s.link().id(), Function.identity(), (a, b) -> a));
        version++;
        setEmphasis(emphasis);
    }

    public void setVisible(Predicate<Link> visible) {
        this.visible = visible;
        version++;
    }

    public void setEmphasis(LinkRenderer.Emphasis emphasis) {
        this.emphasis = emphasis;
        List<Link> links = new java.util.ArrayList<>();
        for (String id : emphasis.highlightedIds()) {
            addLink(links, id);
        }
        addLink(links, emphasis.hoveredId());
        addLink(links, emphasis.selectedId());
        this.emphasised = new LinkShapes(links);
    }

    private void addLink(List<Link> links, String id) {
        LinkShapes.Shape s = id == null ? null : byId.get(id);
        if (s != null) {
            links.add(s.link());
        }
    }

    public LinkShapes shapes() {
        return shapes;
    }

    public Predicate<Link> visible() {
        return visible;
    }

    public boolean rastered() {
        return shapes.all().size() > RASTER_THRESHOLD;
    }

    /** @return the number of links drawn directly (in raster mode: the emphasised ones) */
    public int paint(GraphicsContext g, MapViewport v) {
        if (!rastered()) {
            return renderer.draw(g, v, shapes, visible, emphasis, true);
        }
        g.clearRect(0, 0, v.width(), v.height());
        boolean covered = false;
        if (raster != null) {
            double scale = v.worldPx() / rasterView.worldPx();
            double x = v.screenX(rasterView.worldX(0));
            double y = v.screenY(rasterView.worldY(0));
            double w = raster.getWidth() * scale;
            double h = raster.getHeight() * scale;
            g.drawImage(raster, x, y, w, h);
            covered = rasterVersion == version && Math.abs(scale - 1) < 1e-9
                    && x <= 0 && y <= 0 && x + w >= v.width() && y + h >= v.height();
        }
        if (!covered && !pendingCovers(v)) {
            request(v);
        }
        return renderer.draw(g, v, emphasised, visible, emphasis, false);
    }

    private boolean pendingCovers(MapViewport v) {
        if (pendingView == null || pendingVersion != version || pendingView.worldPx() != v.worldPx()) {
            return false;
        }
        double x = v.screenX(pendingView.worldX(0));
        double y = v.screenY(pendingView.worldY(0));
        return x <= 0 && y <= 0 && x + pendingView.width() >= v.width() && y + pendingView.height() >= v.height();
    }

    private void request(MapViewport v) {
        MapViewport r = new MapViewport(v.worldPx(), v.offsetX() + MARGIN_PX, v.offsetY() + MARGIN_PX,
                v.width() + 2 * MARGIN_PX, v.height() + 2 * MARGIN_PX);
        long ticket = latestRequest.incrementAndGet();
        long forVersion = version;
        LinkShapes s = shapes;
        Predicate<Link> p = visible;
        pendingView = r;
        pendingVersion = forVersion;
        rasterThread.submit(() -> {
            if (latestRequest.get() != ticket) {
                return; // the map moved on while this waited: only the newest request is worth drawing
            }
            BufferedImage img = LinkRaster.render(r, s, p);
            Image fx = SwingFXUtils.toFXImage(img, null);
            Platform.runLater(() -> {
                if (forVersion == version) {
                    raster = fx;
                    rasterView = r;
                    rasterVersion = forVersion;
                }
                if (pendingView == r) {
                    pendingView = null;
                }
                repaint.run();
            });
        });
    }

    /** Whether the image in use was drawn for the current links and filter (tests and the benchmark wait on it). */
    public boolean rasterCurrent() {
        return raster != null && rasterVersion == version;
    }
}
