package org.linkatlas.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.RoadClass;

/**
 * A user's imported road network, drawn as light lines under the catalogue's links while that network is in use
 * (empty otherwise). A network may hold 200,000 lines, so nothing here grows with it on the JavaFX thread: the
 * lines are projected and indexed ({@link LinkShapes}) on a background thread, and each view (plus a margin) is
 * drawn there into an image with Java2D, culled to the view, minor roads left out below zoom
 * {@value #MINOR_ROADS_ZOOM}, lines under half a pixel skipped and vertices within 1.5 px of the previous one
 * dropped (the simplification {@link LinkRaster} uses). A frame only places the newest image, scaled while the
 * one for a new zoom is made.
 *
 * <p>JavaFX thread only, except the drawing thread ({@code link-atlas-road-network}, which ends when idle and at
 * {@link #close}); it hands results back with {@code Platform.runLater}.
 */
public final class RoadNetworkLayer extends CanvasLayer {
    /** Below this zoom only national and provincial roads are drawn (a whole network there is a grey smear). */
    public static final double MINOR_ROADS_ZOOM = 10;
    static final double MARGIN_PX = 256;
    private static final Color CASING = new Color(1f, 1f, 1f, 0.75f);
    private static final Color LINE = new Color(0x8D, 0x6E, 0x63, 0xD0); // light brown-grey, under the links' colours
    private static final Color FERRY = new Color(0x54, 0x6E, 0x7A, 0xC0);

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

    public RoadNetworkLayer() {
        worker.allowCoreThreadTimeOut(true);
        setMouseTransparent(true);
    }

    /**
     * The roads to draw; an empty list takes them away. The lines are indexed on the drawing thread, so the call
     * returns at once and the roads appear a moment later.
     */
    public void show(List<Link> roads) {
        long v = ++version;
        roadCount = roads.size();
        shapes = null;
        raster = null;
        drawnCount = 0;
        pendingView = null;
        if (!roads.isEmpty() && !worker.isShutdown()) {
            List<Link> copy = List.copyOf(roads);
            worker.execute(() -> {
                LinkShapes s = new LinkShapes(copy);
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
        MapViewport v = viewport(w, h);
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
                n = draw(g, r, s);
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

    /** Draws the roads in view into {@code g}; returns how many were drawn. Any thread. */
    static int draw(Graphics2D g, MapViewport v, LinkShapes shapes) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double margin = 8 / v.worldPx();
        double zoom = v.zoom();
        double minExtent = 0.5 / v.worldPx();
        Path2D.Double major = new Path2D.Double();
        Path2D.Double provincial = new Path2D.Double();
        Path2D.Double minor = new Path2D.Double();
        Path2D.Double ferries = new Path2D.Double();
        int n = 0;
        for (LinkShapes.Shape s : shapes.query(v.worldX(0) - margin, v.worldY(0) - margin,
                v.worldX(v.width()) + margin, v.worldY(v.height()) + margin)) {
            Link l = s.link();
            boolean national = l.roadClass() == RoadClass.NATIONAL || l.kind() == LinkKind.EXPRESSWAY;
            boolean prov = l.roadClass() == RoadClass.PROVINCIAL;
            if (!national && !prov && zoom < MINOR_ROADS_ZOOM) {
                continue;
            }
            if (s.bounds().getWidth() < minExtent && s.bounds().getHeight() < minExtent) {
                continue; // under half a pixel: nothing to see
            }
            Path2D.Double into = l.kind() == LinkKind.FERRY ? ferries : national ? major : prov ? provincial : minor;
            append(into, v, s);
            n++;
        }
        double k = zoom >= 12 ? 1.4 : zoom >= 10 ? 1.0 : 0.75;
        stroke(g, minor, 1.2 * k);
        stroke(g, provincial, 1.8 * k);
        stroke(g, major, 2.6 * k);
        g.setColor(FERRY);
        g.setStroke(new BasicStroke((float) (1.6 * k), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {6, 4}, 0));
        g.draw(ferries);
        return n;
    }

    private static void stroke(Graphics2D g, Path2D.Double path, double width) {
        g.setColor(CASING);
        g.setStroke(new BasicStroke((float) width + 2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setColor(LINE);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    private static void append(Path2D.Double p, MapViewport v, LinkShapes.Shape s) {
        for (double[] xy : s.parts()) {
            int n = xy.length / 2;
            double lastX = v.screenX(xy[0]);
            double lastY = v.screenY(xy[1]);
            p.moveTo(lastX, lastY);
            for (int i = 1; i < n; i++) {
                double x = v.screenX(xy[2 * i]);
                double y = v.screenY(xy[2 * i + 1]);
                if (i == n - 1 || Math.abs(x - lastX) >= 1.5 || Math.abs(y - lastY) >= 1.5) {
                    p.lineTo(x, y);
                    lastX = x;
                    lastY = y;
                }
            }
        }
    }

    /** Web Mercator is linear in world units, so two projected points fix scale and offset (as the links layer does). */
    private MapViewport viewport(double w, double h) {
        Point2D origin = getMapPoint(0, 0);
        Point2D quarter = getMapPoint(0, 90);
        double worldPx = (quarter.getX() - origin.getX()) / 0.25;
        return new MapViewport(worldPx, origin.getX() - 0.5 * worldPx, origin.getY() - 0.5 * worldPx, w, h);
    }
}
