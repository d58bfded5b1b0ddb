package org.linkatlas.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.map.LinkRaster;
import org.linkatlas.map.LinkShapes;
import org.linkatlas.map.MapViewport;
import org.linkatlas.map.tiles.TileSource;
import org.linkatlas.map.tiles.TileSources;
import org.linkatlas.model.Link;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.geom.util.PointExtracter;

/**
 * A map image of a lon/lat box for PDF and print, drawn with Java2D only (works headless, no JavaFX toolkit):
 * the basemap from a chain of tile sources, the catalogue's links as on screen, highlighted routes over them,
 * end markers, a scale bar and the attribution.
 *
 * <p>Sizes are in logical pixels; {@code pixelScale} 2 or 3 makes the same map at two or three times the
 * resolution. Tiles come at the integer zoom nearest the logical scale, asked for at the smallest multiple of
 * 256 px that is at least their size on the image and scaled down into place (so they are never blown up, and
 * sources and caches see the usual 256·n sizes); links, highlights and text are drawn as vectors through a scaled
 * {@code Graphics2D}, so they are sharp at any scale and keep their logical widths and sizes.
 *
 * <p>Threading: pure, any thread but the JavaFX one — tiles are fetched on the calling thread, one after
 * another, and a source may read files or the network. The caller runs it in the background.
 */
public final class RouteMap {
    /** The box's margin on each side, as a share of the image. */
    static final double MARGIN = 0.06;
    static final int MIN_ZOOM = 5;
    static final int MAX_ZOOM = 16;
    /** Tiles no source has, and the world beyond the map's edge. */
    static final Color PLAIN = new Color(0xF2, 0xEF, 0xE9);
    private static final int MAX_SIDE_PX = 10_000;
    private static final int MAX_TILE_PX = 4096;

    private RouteMap() {
    }

    /**
     * A course to stand out over everything: lines (LineString, MultiLineString, or a polygon's rings) and
     * points (a dot), in {@code color} on a white casing, {@code widthPx} logical pixels wide.
     */
    public record Highlight(Geometry lonLat, Color color, float widthPx, boolean dashed) {
        public Highlight {
            Objects.requireNonNull(lonLat, "lonLat");
            Objects.requireNonNull(color, "color");
            if (!(widthPx > 0)) {
                throw new IllegalArgumentException("highlight width " + widthPx);
            }
        }
    }

    /** A named place on the map (a route's start or end): a dot and its label. */
    public record Marker(double lon, double lat, String label) {
    }

    /**
     * What to draw.
     *
     * @param lonLatBox   the area that must be seen (x = lon, y = lat); centred, with more shown around it
     *                    when its aspect differs from the image's
     * @param widthPx     logical width
     * @param heightPx    logical height
     * @param pixelScale  1 for the screen, 2 or 3 for print (1..4)
     * @param tiles       the sources asked for each tile, first choice first; none may give it
     * @param links       the catalogue's links
     * @param visible     which links are drawn ({@code null}: all)
     * @param highlights  drawn over the links, in order
     * @param markers     drawn over the highlights
     * @param attribution the basemap's (and data's) attribution; blank for none
     */
    public record Spec(Envelope lonLatBox, int widthPx, int heightPx, double pixelScale, List<TileSource> tiles,
                       LinkShapes links, Predicate<Link> visible, List<Highlight> highlights, List<Marker> markers,
                       String attribution) {
        public Spec {
            Objects.requireNonNull(lonLatBox, "lonLatBox");
            if (lonLatBox.isNull()) {
                throw new IllegalArgumentException("an empty box has no map");
            }
            if (!(pixelScale >= 1 && pixelScale <= 4)) {
                throw new IllegalArgumentException("pixel scale " + pixelScale + " is not between 1 and 4");
            }
            if (widthPx < 1 || heightPx < 1 || widthPx * pixelScale > MAX_SIDE_PX || heightPx * pixelScale > MAX_SIDE_PX) {
                throw new IllegalArgumentException("map size " + widthPx + "×" + heightPx + " at scale " + pixelScale
                        + " is not between 1 and " + MAX_SIDE_PX + " px a side");
            }
            tiles = List.copyOf(tiles);
            Objects.requireNonNull(links, "links");
            visible = visible == null ? l -> true : visible;
            highlights = highlights == null ? List.of() : List.copyOf(highlights);
            markers = markers == null ? List.of() : List.copyOf(markers);
            attribution = attribution == null ? "" : attribution;
        }
    }

    /**
     * Draws the map into a new opaque image of {@code widthPx·pixelScale × heightPx·pixelScale} pixels. A tile
     * that no source gives (null or an exception from each) is left plain; nothing about one tile fails the map.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} says cancelled (checked between tiles)
     */
    public static BufferedImage render(Spec spec, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        // Platform.isFxApplicationThread() would pull JavaFX into report/; its thread's name says the same
        if ("JavaFX Application Thread".equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("RouteMap fetches tiles and must not run on the JavaFX thread");
        }
        MapViewport v = viewport(spec);
        double s = spec.pixelScale();
        int w = (int) Math.round(spec.widthPx() * s);
        int h = (int) Math.round(spec.heightPx() * s);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(PLAIN);
            g.fillRect(0, 0, w, h);
            drawTiles(g, spec.tiles(), v, s, w, h, progress);
            progress.checkCancelled();
            g.scale(s, s);
            LinkRaster.draw(g, v, spec.links(), spec.visible());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            drawHighlights(g, v, spec.highlights());
            drawMarkers(g, v, spec.markers());
            ScaleBar bar = ScaleBar.choose(v, spec.widthPx() / 4.0);
            double barRight = bar.draw(g, 10, spec.heightPx() - 10);
            double maxBox = Math.max(0.3 * spec.widthPx(), Math.min(0.7 * spec.widthPx(), spec.widthPx() - barRight - 10));
            MapText.attribution(g, spec.attribution(), spec.widthPx(), spec.heightPx(), maxBox);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * The logical viewport: the box centred, at the (fractional) zoom where it fills the image less
     * {@link #MARGIN} on each side, clamped to zooms {@value #MIN_ZOOM}..{@value #MAX_ZOOM} (a box too large
     * for zoom 5 is shown cropped around its centre; a tiny one, or a point, at zoom 16).
     */
    static MapViewport viewport(Spec spec) {
        Envelope b = spec.lonLatBox();
        double x0 = WebMercator.x(b.getMinX());
        double x1 = WebMercator.x(b.getMaxX());
        double yTop = WebMercator.y(b.getMaxY());
        double yBottom = WebMercator.y(b.getMinY());
        double width = spec.widthPx();
        double height = spec.heightPx();
        // a zero span divides to infinity, which the clamp turns into the closest zoom
        double fit = Math.min(width * (1 - 2 * MARGIN) / (x1 - x0), height * (1 - 2 * MARGIN) / (yBottom - yTop));
        double zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.log(fit / 256) / Math.log(2)));
        double worldPx = 256 * Math.pow(2, zoom);
        return new MapViewport(worldPx, width / 2 - (x0 + x1) / 2 * worldPx, height / 2 - (yTop + yBottom) / 2 * worldPx,
                width, height);
    }

    /** The integer zoom of the tiles for {@code v}: the nearest, so tiles are scaled by at most √2 either way. */
    static int tileZoom(MapViewport v) {
        return (int) Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(v.zoom())));
    }

    /** The tile size to ask for: the smallest multiple of 256 at least as large as a tile's size on the image. */
    static int tileRequestPx(MapViewport v, double pixelScale) {
        double onImage = v.worldPx() * pixelScale / Math.pow(2, tileZoom(v));
        return (int) Math.min(MAX_TILE_PX, 256 * Math.max(1, Math.ceil(onImage / 256 - 1e-9)));
    }

    private static void drawTiles(Graphics2D g, List<TileSource> sources, MapViewport v, double s, int w, int h,
                                  Progress progress) {
        int z = tileZoom(v);
        long n = 1L << z;
        double tile = v.worldPx() * s / n; // a tile's size on the image, in real pixels
        double offX = v.offsetX() * s;
        double offY = v.offsetY() * s;
        long tx0 = Math.max(0, (long) Math.floor(-offX / tile));
        long tx1 = Math.min(n - 1, (long) Math.ceil((w - offX) / tile) - 1);
        long ty0 = Math.max(0, (long) Math.floor(-offY / tile));
        long ty1 = Math.min(n - 1, (long) Math.ceil((h - offY) / tile) - 1);
        int request = tileRequestPx(v, s);
        long total = Math.max(0, tx1 - tx0 + 1) * Math.max(0, ty1 - ty0 + 1);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        long done = 0;
        for (long ty = ty0; ty <= ty1; ty++) {
            for (long tx = tx0; tx <= tx1; tx++) {
                progress.checkCancelled();
                BufferedImage t = TileSources.firstTile(sources, z, tx, ty, request);
                // edges rounded from the exact positions, so neighbouring tiles meet without a gap or overlap
                int left = (int) Math.round(tx * tile + offX);
                int top = (int) Math.round(ty * tile + offY);
                int right = (int) Math.round((tx + 1) * tile + offX);
                int bottom = (int) Math.round((ty + 1) * tile + offY);
                if (t != null) {
                    g.drawImage(t, left, top, right - left, bottom - top, null);
                } else {
                    g.setColor(PLAIN);
                    g.fillRect(left, top, right - left, bottom - top);
                }
                done++;
                progress.update((double) done / total, "tiles");
            }
        }
    }

    /**
     * Every casing first, then every line in order: where two highlights share a course (a route today and
     * with the planned links), the later one's dashes show the earlier one in their gaps instead of white.
     */
    private static void drawHighlights(Graphics2D g, MapViewport v, List<Highlight> highlights) {
        for (Highlight hl : highlights) {
            float casing = hl.widthPx() + 2 * Math.max(1.5f, hl.widthPx() * 0.3f);
            g.setColor(new Color(255, 255, 255, 235));
            g.setStroke(new BasicStroke(casing, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(lines(v, hl.lonLat()));
            dots(g, v, hl.lonLat(), casing);
        }
        for (Highlight hl : highlights) {
            float w = hl.widthPx();
            g.setColor(hl.color());
            g.setStroke(hl.dashed()
                    // with round caps a dash grows by w: this draws dashes of 3w with gaps of 1.6w
                    ? new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {2 * w, 2.6f * w}, 0)
                    : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(lines(v, hl.lonLat()));
            dots(g, v, hl.lonLat(), w);
        }
    }

    private static Path2D.Double lines(MapViewport v, Geometry lonLat) {
        Path2D.Double p = new Path2D.Double();
        for (Object o : LinearComponentExtracter.getLines(lonLat)) {
            Coordinate[] cs = ((LineString) o).getCoordinates();
            for (int i = 0; i < cs.length; i++) {
                double x = v.screenX(WebMercator.x(cs[i].x));
                double y = v.screenY(WebMercator.y(cs[i].y));
                if (i == 0) {
                    p.moveTo(x, y);
                } else {
                    p.lineTo(x, y);
                }
            }
        }
        return p;
    }

    /** A highlighted point as a dot twice the line width across. */
    private static void dots(Graphics2D g, MapViewport v, Geometry lonLat, float lineWidth) {
        for (Object o : PointExtracter.getPoints(lonLat)) {
            Point pt = (Point) o;
            if (pt.isEmpty()) {
                continue;
            }
            double r = lineWidth;
            double x = v.screenX(WebMercator.x(pt.getX()));
            double y = v.screenY(WebMercator.y(pt.getY()));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }

    /** A dark dot in a white ring and the name on a plate beside it, on the right unless it would run off the map. */
    private static void drawMarkers(Graphics2D g, MapViewport v, List<Marker> markers) {
        Font font = MapText.font(Font.BOLD, 12);
        for (Marker m : markers) {
            double x = v.screenX(WebMercator.x(m.lon()));
            double y = v.screenY(WebMercator.y(m.lat()));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(x - 6, y - 6, 12, 12));
            g.setColor(MapText.INK);
            g.fill(new Ellipse2D.Double(x - 4, y - 4, 8, 8));
            double labelW = MapText.plateWidth(g, m.label(), font);
            double lx = x + 9 + labelW > v.width() - 4 ? x - 9 - labelW : x + 9;
            // never past the image's edges: a label cut at the page edge lost its place's name (issue 11)
            lx = Math.max(4, Math.min(v.width() - 4 - labelW, lx));
            double half = font.getSize2D();
            MapText.plateLabel(g, m.label(), font, lx, Math.max(half + 4, Math.min(v.height() - half - 4, y)));
        }
    }
}
