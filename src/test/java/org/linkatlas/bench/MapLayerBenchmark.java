package org.linkatlas.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.shape.Polyline;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.map.LinkPainter;
import org.linkatlas.map.LinkRaster;
import org.linkatlas.map.LinkRenderer;
import org.linkatlas.map.LinkShapes;
import org.linkatlas.map.LinkStyle;
import org.linkatlas.map.MapViewport;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.locationtech.jts.geom.Coordinate;

/**
 * Layout time per frame of the links layer (the FX-thread work of one pan or zoom step), for the bundled
 * catalogue and a synthetic 50,000-link network, against one JavaFX node per link measured in the same run.
 * Prints figures; asserts nothing. Run: {@code ./mvnw -q test-compile exec:exec@bench-map}.
 */
public final class MapLayerBenchmark {
    private static final int W = 1200;
    private static final int H = 800;

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // the links the map draws: those of unknown location have no geometry and are listed, not drawn
        List<Link> bundled = new CatalogueReader().read(java.nio.file.Path.of("data"), java.nio.file.Path.of("seeds")).links()
                .stream().filter(Link::located).toList();
        List<Link> synthetic = synthetic(50_000, 42);
        System.out.printf("links layer, %dx%d px, median and p95 ms of JavaFX-thread work per frame while panning%n", W, H);
        try {
            for (double zoom : new double[] {9, 12}) {
                report("bundled (" + bundled.size() + ")", bundled, zoom, 200, true);
                report("synthetic 50,000", synthetic, zoom, 60, true);
            }
        } finally {
            Platform.exit(); // a failed run ends too, instead of waiting on the toolkit forever
        }
    }

    private static void report(String name, List<Link> links, double zoom, int frames, boolean nodes) throws Exception {
        double[] canvas = painterFrames(links, zoom, frames);
        double[] perNode = onFx(() -> nodeFrames(links, zoom, Math.max(5, frames / 10)));
        System.out.printf("  z%-4.0f %-20s canvas: median %7.2f  p95 %7.2f   | one node per link: median %8.2f  p95 %8.2f%n",
                zoom, name, pct(canvas, 50), pct(canvas, 95), pct(perNode, 50), pct(perNode, 95));
        System.out.printf("        %-20s (links in view: %d%s)%n", "", onFx(() -> drawnIn(links, zoom)),
                links.size() > LinkPainter.RASTER_THRESHOLD ? String.format(
                        "; raster mode: each background image of view + margin takes median %.1f ms off the FX thread",
                        rasterMs(links, zoom)) : "; drawn directly");
    }

    /**
     * Pans across the region one step per frame, painting as LinksLayer does, one FX task per frame
     * scheduled 16 ms apart so that background rasters land between frames as they would on screen.
     */
    private static double[] painterFrames(List<Link> links, double zoom, int frames) throws Exception {
        Canvas canvas = onFx(() -> new Canvas(W, H));
        java.util.concurrent.Semaphore rasters = new java.util.concurrent.Semaphore(0);
        LinkPainter painter = onFx(() -> {
            LinkPainter p = new LinkPainter(rasters::release); // called when a background raster lands
            p.setShapes(new LinkShapes(links));
            return p;
        });
        onFx(() -> painter.paint(canvas.getGraphicsContext2D(), viewport(zoom, 0)));
        if (painter.rastered() && !rasters.tryAcquire(60, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("the first raster did not arrive within 60 s");
        }
        double[] ms = new double[frames];
        java.util.concurrent.ScheduledExecutorService clock = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(frames + 10);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger(-10);
        // one frame every 16 ms, as a screen would ask for them; each frame is its own FX task
        clock.scheduleAtFixedRate(() -> {
            int frame = next.getAndIncrement();
            if (frame >= frames) {
                return;
            }
            MapViewport v = viewport(zoom, frame);
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                painter.paint(canvas.getGraphicsContext2D(), v);
                if (frame >= 0) {
                    ms[frame] = (System.nanoTime() - t0) / 1e6;
                }
                done.countDown();
            });
        }, 0, 16, java.util.concurrent.TimeUnit.MILLISECONDS);
        done.await();
        clock.shutdownNow();
        return ms;
    }

    private static double rasterMs(List<Link> links, double zoom) {
        LinkShapes shapes = new LinkShapes(links);
        MapViewport v = viewport(zoom, 0);
        MapViewport r = new MapViewport(v.worldPx(), v.offsetX() + 256, v.offsetY() + 256, W + 512, H + 512);
        double[] ms = new double[7];
        for (int i = -2; i < ms.length; i++) {
            long t0 = System.nanoTime();
            LinkRaster.render(r, shapes, l -> true);
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return pct(ms, 50);
    }

    /** Pans across the region one step per frame, redrawing the canvas directly (the small-network path). */
    private static double[] canvasFrames(List<Link> links, double zoom, int frames) {
        LinkShapes shapes = new LinkShapes(links);
        Canvas canvas = new Canvas(W, H);
        new Scene(new Group(canvas), W, H);
        LinkRenderer renderer = new LinkRenderer();
        double[] ms = new double[frames];
        for (int i = -10; i < frames; i++) { // 10 warm-up frames
            MapViewport v = viewport(zoom, i);
            long t0 = System.nanoTime();
            renderer.draw(canvas.getGraphicsContext2D(), v, shapes, l -> true, LinkRenderer.Emphasis.NONE);
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return ms;
    }

    private static int drawnIn(List<Link> links, double zoom) {
        Canvas canvas = new Canvas(W, H);
        return new LinkRenderer().draw(canvas.getGraphicsContext2D(), viewport(zoom, 0), new LinkShapes(links), l -> true,
                LinkRenderer.Emphasis.NONE);
    }

    /** The naive way: one Polyline per link, every vertex re-projected each frame, then CSS and layout. */
    private static double[] nodeFrames(List<Link> links, double zoom, int frames) {
        Group group = new Group();
        List<Polyline> lines = new ArrayList<>();
        for (Link l : links) {
            Polyline p = new Polyline();
            p.setStroke(LinkStyle.color(l.status()));
            p.setStrokeWidth(LinkStyle.width(l.kind(), zoom));
            lines.add(p);
            group.getChildren().add(p);
        }
        new Scene(group, W, H);
        double[] ms = new double[frames];
        for (int i = -2; i < frames; i++) {
            MapViewport v = viewport(zoom, i);
            long t0 = System.nanoTime();
            for (int k = 0; k < links.size(); k++) {
                Coordinate[] cs = links.get(k).geometry().getCoordinates();
                Double[] pts = new Double[cs.length * 2];
                for (int j = 0; j < cs.length; j++) {
                    pts[2 * j] = v.screenX(WebMercator.x(cs[j].x));
                    pts[2 * j + 1] = v.screenY(WebMercator.y(cs[j].y));
                }
                lines.get(k).getPoints().setAll(pts);
            }
            group.applyCss();
            group.layout();
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return ms;
    }

    private static MapViewport viewport(double zoom, int frame) {
        double world = 256 * Math.pow(2, zoom);
        // a slow circular pan over the region: at z9 the whole network stays in view
        double radius = 0.4 * Math.pow(2, 9 - zoom);
        double lon = 106.6 + radius * Math.sin(frame * 2 * Math.PI / 50);
        double lat = 21.3 + radius * 0.5 * Math.cos(frame * 2 * Math.PI / 50);
        return new MapViewport(world, W / 2.0 - WebMercator.x(lon) * world, H / 2.0 - WebMercator.y(lat) * world, W, H);
    }

    /** Random roads, railways and bridges of 4–20 vertices over the region, a few km each. */
    static List<Link> synthetic(int n, long seed) {
        Random r = new Random(seed);
        LinkKind[] kinds = {LinkKind.ROAD, LinkKind.ROAD, LinkKind.EXPRESSWAY, LinkKind.RAILWAY, LinkKind.BRIDGE, LinkKind.SEAPORT};
        List<Link> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LinkKind kind = kinds[r.nextInt(kinds.length)];
            double lon = 105.6 + r.nextDouble() * 2.5;
            double lat = 20.7 + r.nextDouble() * 1.4;
            org.locationtech.jts.geom.Geometry g;
            if (kind.isPointLike()) {
                g = GeoJsonCodec.WGS84.createPoint(new Coordinate(lon, lat));
            } else {
                int vertices = 4 + r.nextInt(17);
                Coordinate[] cs = new Coordinate[vertices];
                for (int j = 0; j < vertices; j++) {
                    cs[j] = new Coordinate(lon, lat);
                    lon += (r.nextDouble() - 0.5) * 0.01;
                    lat += (r.nextDouble() - 0.5) * 0.01;
                }
                g = GeoJsonCodec.WGS84.createLineString(cs);
            }
            out.add(new Link("s" + i, "Tuyến " + i, null, kind, null, LinkStatus.values()[r.nextInt(LinkStatus.values().length)],
                    null, List.of(), List.of("Bắc Giang"), null, null, null, null, List.of("a"), g,
                    Accuracy.values()[r.nextInt(3)], 1, "synthetic", List.of(), List.of()));
        }
        return out;
    }

    private static double pct(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return FxCall.await(work);
    }
}
