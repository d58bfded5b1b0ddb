package org.linkatlas.map;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import org.linkatlas.model.Link;

/**
 * A user's imported road network, drawn as light lines under the catalogue's links while that network is in use
 * (empty otherwise). A network may hold 200,000 lines, so nothing here grows with it on the JavaFX thread: the
 * lines are projected and indexed ({@link LinkShapes}) on a background thread, and each view (plus a margin) is
 * drawn there into an image by {@link RoadNetworkRaster} (culled and simplified for the zoom). A frame only
 * places the newest image, scaled while the one for a new zoom is made.
 *
 * <p>JavaFX thread only, except the drawing thread ({@code link-atlas-road-network}, which ends when idle and at
 * {@link #close}); it hands results back with {@code Platform.runLater}.
 */
public final class RoadNetworkLayer extends CanvasLayer {
    static final double MARGIN_PX = 256;

    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "link-atlas-road-network");
                t.setDaemon(true);
                return t;
            });
    private final AtomicLong latestRequest = new AtomicLong();
    private int roadCount;
    private long version;
    private LinkShapes shapes; // null: nothing to draw (no network, or still being indexed)
    private Image raster;
    private MapViewport rasterView;
    private long rasterVersion = -1;
    private int drawnCount;
    private MapViewport pendingView;
    private final IndexedRoads indexed;

    public RoadNetworkLayer() {
        this(IndexedRoads.SHARED);
    }

    /** @param indexed where the indexed network is kept beyond this layer (a rebuilt map reuses it) */
    RoadNetworkLayer(IndexedRoads indexed) {
        this.indexed = indexed;
        worker.allowCoreThreadTimeOut(true);
        setMouseTransparent(true);
    }

    /**
     * The roads to draw; an empty list takes them away. The lines are indexed on the drawing thread, so the call
     * returns at once and the roads appear a moment later; roads indexed for an earlier map (before a rebuild) are
     * not indexed again ({@link IndexedRoads}).
     */
    public void show(List<Link> roads) {
        long v = ++version;
        roadCount = roads.size();
        shapes = null;
        raster = null;
        drawnCount = 0;
        pendingView = null;
        if (worker.isShutdown()) {
            markDirty();
            return;
        }
        if (roads.isEmpty()) {
            worker.execute(indexed::forget); // on the drawing thread: an indexing elsewhere may hold the holder
        } else {
            List<Link> copy = List.copyOf(roads); // the same list when it is immutable already, as a network's is
            worker.execute(() -> {
                LinkShapes s = indexed.shapes(copy);
                Platform.runLater(() -> {
                    if (v == version) {
                        shapes = s;
                        markDirty();
                    }
                });
            });
        }
        markDirty();
    }

    /** How many roads were given to {@link #show} (0: none shown). */
    public int roadCount() {
        return roadCount;
    }

    /** How many roads the image on screen holds. */
    public int drawnCount() {
        return raster == null ? 0 : drawnCount;
    }

    /** Whether the current roads are indexed (tests wait on it). */
    boolean indexed() {
        return shapes != null;
    }

    /** Whether the image on screen was drawn for the current roads (tests wait on it). */
    public boolean rasterCurrent() {
        return raster != null && rasterVersion == version && shapes != null;
    }

    /**
     * Stops the drawing thread; the layer draws nothing new afterwards. Nothing to wait for: the thread reads
     * the lines in memory and writes no file.
     */
    public void close() {
        worker.shutdownNow();
    }

    @Override
    protected void paint(double w, double h) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (shapes == null) {
            return;
        }
        MapViewport v = computeViewport(w, h);
        boolean covered = false;
        if (raster != null) {
            double scale = v.worldPx() / rasterView.worldPx();
            double x = v.screenX(rasterView.worldX(0));
            double y = v.screenY(rasterView.worldY(0));
            double iw = raster.getWidth() * scale;
            double ih = raster.getHeight() * scale;
            g.drawImage(raster, x, y, iw, ih);
            covered = rasterVersion == version && Math.abs(scale - 1) < 1e-9
                    && x <= 0 && y <= 0 && x + iw >= w && y + ih >= h;
        }
        if (!covered && !covers(pendingView, v)) {
            request(v);
        }
    }

    private static boolean covers(MapViewport r, MapViewport v) {
        if (r == null || r.worldPx() != v.worldPx()) {
            return false;
        }
        double x = v.screenX(r.worldX(0));
        double y = v.screenY(r.worldY(0));
        return x <= 0 && y <= 0 && x + r.width() >= v.width() && y + r.height() >= v.height();
    }

    private void request(MapViewport v) {
        if (worker.isShutdown()) {
            return;
        }
        MapViewport r = new MapViewport(v.worldPx(), v.offsetX() + MARGIN_PX, v.offsetY() + MARGIN_PX,
                v.width() + 2 * MARGIN_PX, v.height() + 2 * MARGIN_PX);
        long ticket = latestRequest.incrementAndGet();
        long forVersion = version;
        LinkShapes s = shapes;
        pendingView = r;
        worker.execute(() -> {
            if (latestRequest.get() != ticket) {
                return; // the map moved on while this waited: only the newest view is worth drawing
            }
            BufferedImage img = new BufferedImage((int) Math.ceil(r.width()), (int) Math.ceil(r.height()),
                    BufferedImage.TYPE_INT_ARGB);
            int n;
            Graphics2D g = img.createGraphics();
            try {
                n = RoadNetworkRaster.draw(g, r, s);
            } finally {
                g.dispose();
            }
            Image fx = SwingFXUtils.toFXImage(img, null);
            Platform.runLater(() -> {
                if (forVersion == version) {
                    raster = fx;
                    rasterView = r;
                    rasterVersion = forVersion;
                    drawnCount = n;
                }
                if (pendingView == r) {
                    pendingView = null;
                }
                markDirty();
            });
        });
    }
}
