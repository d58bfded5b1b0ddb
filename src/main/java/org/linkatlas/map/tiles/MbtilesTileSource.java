package org.linkatlas.map.tiles;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.storage.MbtilesFile;
import org.linkatlas.storage.StorageException;

/**
 * Raster tiles from an MBTiles file the user supplies. Beyond the file's highest zoom, or where a tile is
 * missing but a coarser one covers the place, it over-zooms: the nearest ancestor tile is cropped to the
 * requested tile's part and scaled up (bilinear), so the map stays filled when the user zooms in further than
 * the file goes. Below the file's lowest zoom, outside its bounds, or where no ancestor exists it has no tile
 * ({@code null}) and the next source in the chain (the offline basemap) draws it. A tile that does not decode
 * is {@code null} too, never an exception.
 *
 * <p>Thread-safe (the file serialises its reads; decoding and scaling run in parallel). Owns the file: close
 * it when the source is no longer in {@link TileSources}.
 */
public final class MbtilesTileSource implements TileSource, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(MbtilesTileSource.class.getName());
    private final MbtilesFile file;

    /** Serves tiles from an open file, which this source then owns. */
    public MbtilesTileSource(MbtilesFile file) {
        this.file = file;
    }

    /**
     * Opens and checks {@code path} (a few small reads; do it off the JavaFX thread).
     *
     * @throws StorageException naming the file and what is wrong with it
     */
    public static MbtilesTileSource open(Path path) {
        return new MbtilesTileSource(MbtilesFile.open(path));
    }

    public MbtilesFile file() {
        return file;
    }

    @Override
    public String name() {
        return "mbtiles";
    }

    /** Metadata {@code attribution} as plain text (tools often write HTML links), else the file's name. */
    @Override
    public String attribution() {
        return file.attribution().map(MbtilesTileSource::plainText).filter(a -> !a.isBlank()).orElse(file.name());
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y, int sizePx) {
        if (sizePx < 1 || zoom < file.minZoom() || zoom > MbtilesFile.MAX_ZOOM) {
            return null;
        }
        long n = 1L << zoom;
        if (x < 0 || x >= n || y < 0 || y >= n || !withinBounds(zoom, x, y)) {
            return null;
        }
        for (int z = Math.min(zoom, file.maxZoom()); z >= file.minZoom(); z--) {
            int dz = zoom - z;
            byte[] data;
            try {
                data = file.tile(z, x >> dz, y >> dz);
            } catch (StorageException e) {
                LOG.log(System.Logger.Level.DEBUG, "tile {0}/{1}/{2}: {3}", zoom, x, y, e.getMessage());
                return null;
            }
            if (data != null) {
                BufferedImage ancestor = decode(data, z, x >> dz, y >> dz);
                return ancestor == null ? null : part(ancestor, dz, x & ((1L << dz) - 1), y & ((1L << dz) - 1), sizePx);
            }
        }
        return null;
    }

    private BufferedImage decode(byte[] data, int z, long x, long y) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(data));
            if (img == null || img.getWidth() < 1 || img.getHeight() < 1) {
                LOG.log(System.Logger.Level.DEBUG, "tile {0}/{1}/{2} of {3} is not a readable image", z, x, y, file.file());
                return null;
            }
            return img;
        } catch (Exception | LinkageError e) { // decoders throw more than IOException on damaged data
            LOG.log(System.Logger.Level.DEBUG, "tile {0}/{1}/{2} of {3} does not decode: {4}", z, x, y, file.file(), e.toString());
            return null;
        }
    }

    /**
     * The part {@code (col, row)} of a {@code 2^dz × 2^dz} grid over {@code ancestor}, scaled to {@code sizePx}.
     * Also scales a same-zoom tile whose pixel size differs from the request (256 ↔ 512). Sampling may read just
     * outside the part, which keeps neighbouring over-zoomed tiles continuous.
     */
    static BufferedImage part(BufferedImage ancestor, int dz, long col, long row, int sizePx) {
        BufferedImage out = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_ARGB);
        double parts = Math.scalb(1.0, dz);
        double sx = sizePx * parts / ancestor.getWidth();
        double sy = sizePx * parts / ancestor.getHeight();
        Graphics2D g = out.createGraphics();
        try {
            if (sx != 1 || sy != 1) {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            }
            AffineTransform t = new AffineTransform();
            t.translate(-col * (double) sizePx, -row * (double) sizePx);
            t.scale(sx, sy);
            g.drawImage(ancestor, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Whether the tile touches the file's bounds (no bounds: everywhere). */
    private boolean withinBounds(int zoom, long x, long y) {
        var b = file.bounds().orElse(null);
        if (b == null) {
            return true;
        }
        double n = Math.scalb(1.0, zoom);
        double left = x / n;
        double right = (x + 1) / n;
        double top = y / n;
        double bottom = (y + 1) / n;
        boolean rows = WebMercator.y(b.north()) < bottom && WebMercator.y(b.south()) > top;
        double west = WebMercator.x(b.west());
        double east = WebMercator.x(b.east());
        boolean cols = west <= east
                ? west < right && east > left
                : left < east || right > west; // bounds across the antimeridian
        return rows && cols;
    }

    static String plainText(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&copy;", "©").replace("&nbsp;", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ").trim();
    }

    @Override
    public void close() {
        file.close();
    }

    @Override
    public String toString() {
        return "mbtiles " + file;
    }
}
