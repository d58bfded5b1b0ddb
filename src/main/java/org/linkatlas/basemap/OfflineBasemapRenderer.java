package org.linkatlas.basemap;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;

/**
 * Renders OpenStreetMap-style raster tiles (Web Mercator, XYZ with y from the top) of northern Vietnam from
 * the bundled vector data, so that the map is complete without a network. Pure Java2D.
 *
 * <p>A 512-pixel tile shows the same area as a 256-pixel one at twice the scale (for HiDPI screens). Outside
 * the box the data covers the map is a plain, slightly greyer tone: the sea there is unknown, and land colour
 * would show the Gulf of Tonkin ending in a straight line. Tiles outside the world or the zoom range come back
 * in that plain tone too.
 *
 * <p>Labels are not placed per tile, which would cut them at tile edges or let two tiles disagree. They are
 * placed once per zoom for the whole map ({@link LabelLayout}), in global pixel coordinates and a fixed order
 * of importance, avoiding each other; every tile then draws each placed label that touches it, at its global
 * position. A name across a tile edge is thus drawn whole, half by each tile, and the halves meet exactly.
 *
 * <p>Thread-safe: build it once (it reads and prepares the data, about a second), then call
 * {@link #render} from any number of tile threads. Each call draws into its own image; what is shared is
 * immutable or a thread-safe cache (geometry simplified per zoom, label placement per zoom).
 */
public final class OfflineBasemapRenderer {
    /** What the map must show while this basemap is on screen (see data/basemap/README.md). */
    public static final String ATTRIBUTION = "Basemap: GSHHG (LGPL-3+), Natural Earth, GeoNames.org (CC BY 4.0), "
            + "Open Development Vietnam, dvhcvn / gis.chinhphu.vn; roads schematic";
    private static final int MAX_SIZE = 4096;
    private final BasemapData data;
    private final BasemapScene scene;
    private final LabelFonts fonts = new LabelFonts();
    private final ConcurrentHashMap<Integer, LabelLayout> labels = new ConcurrentHashMap<>();

    public OfflineBasemapRenderer(BasemapData data) {
        this.data = data;
        this.scene = new BasemapScene(data);
    }

    /** Reads the basemap files from {@code dir} (e.g. {@code data/basemap}); a bad file is left out, not fatal. */
    public static OfflineBasemapRenderer load(Path dir) {
        return new OfflineBasemapRenderer(BasemapData.load(dir));
    }

    public String attribution() {
        return ATTRIBUTION;
    }

    /** The data the renderer draws, with the problems of any file it had to leave out. */
    public BasemapData data() {
        return data;
    }

    /**
     * @param sizePx 256, or 512 for the same area at double scale
     * @return a new opaque image; the plain no-data tone for a tile that does not exist (x or y out of range,
     *     zoom below 0 or above 30)
     */
    public BufferedImage render(int zoom, long x, long y, int sizePx) {
        if (sizePx < 1 || sizePx > MAX_SIZE) {
            throw new IllegalArgumentException("tile size " + sizePx + " px is not between 1 and " + MAX_SIZE);
        }
        BufferedImage image = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(BasemapStyle.NO_DATA);
            g.fillRect(0, 0, sizePx, sizePx);
            if (WebMercator.isTile(zoom, x, y) && scene.extent != null) {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.scale(sizePx / WebMercator.TILE, sizePx / WebMercator.TILE);
                draw(new TileCanvas(g, zoom, x, y), x, y);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void draw(TileCanvas canvas, long x, long y) {
        int z = canvas.zoom();
        Envelope near = WebMercator.lonLatEnvelope(z, x, y, TileCanvas.MARGIN);
        if (near.intersects(scene.extent)) {
            drawGeometry(canvas, near);
        }
        // Always: a label near the edge of the data may reach into a tile beyond it.
        labels.computeIfAbsent(z, zoom -> LabelLayout.place(scene.labels, zoom, fonts))
                .draw(canvas.graphics(), x * WebMercator.TILE, y * WebMercator.TILE);
    }

    private void drawGeometry(TileCanvas canvas, Envelope near) {
        int z = canvas.zoom();
        canvas.fillLonLatBox(scene.extent, BasemapStyle.LAND);
        canvas.fill(scene.sea.query(near), BasemapStyle.WATER);
        var rivers = scene.rivers.query(near);
        canvas.stroke(rivers.stream().filter(l -> l.kind().equals("minor")).toList(), BasemapStyle.river(z, false));
        canvas.stroke(rivers.stream().filter(l -> l.kind().equals("major")).toList(), BasemapStyle.river(z, true));
        canvas.stroke(scene.districtLines.query(near), BasemapStyle.district(z));
        var provinces = scene.provinceLines.query(near);
        canvas.stroke(provinces, BasemapStyle.provinceBand(z));
        canvas.stroke(provinces, BasemapStyle.province(z));
        var border = scene.border.query(near);
        canvas.stroke(border, BasemapStyle.borderBand(z));
        canvas.stroke(border, BasemapStyle.border(z));
        var routes = scene.routes.query(near);
        for (String kind : new String[] {"road", "expressway", "railway"}) {
            canvas.stroke(routes.stream().filter(l -> l.kind().equals(kind)).toList(), BasemapStyle.route(z, kind));
        }
    }
}
