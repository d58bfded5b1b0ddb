package org.linkatlas.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.linkatlas.AppPaths;
import org.linkatlas.basemap.BasemapLayer;
import org.linkatlas.basemap.OfflineBasemapRenderer;
import org.linkatlas.map.tiles.MbtilesTileSource;
import org.linkatlas.storage.StorageException;

/**
 * {@code render-tile Z X Y FILE [--size 256|512] [--mbtiles F]}: one basemap tile (XYZ, y from the top) as PNG,
 * from an MBTiles file (over-zoomed past its highest zoom, like the map does) or else the offline renderer.
 * Writes through a temporary file, so a failure leaves no partial PNG.
 */
final class RenderTileCommand {
    private static final int MAX_ZOOM = 30;
    private final PrintStream out;
    private final PrintStream err;

    RenderTileCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("size", "mbtiles"));
        List<String> p = args.positional();
        if (p.size() != 4) {
            throw new Args.UsageException("give Z X Y and the output FILE");
        }
        int z = (int) number(p.get(0), "Z", 0, MAX_ZOOM);
        long max = (1L << z) - 1;
        long x = number(p.get(1), "X", 0, max);
        long y = number(p.get(2), "Y", 0, max);
        Path target = Path.of(p.get(3));
        String sizeText = args.option("size");
        int size = sizeText == null ? 256 : "512".equals(sizeText) ? 512 : "256".equals(sizeText) ? 256 : -1;
        if (size < 0) {
            throw new Args.UsageException("--size is 256 or 512, not " + sizeText);
        }
        String tile = z + "/" + x + "/" + y;
        var missing = Args.missingOutputFolder(target);
        if (missing.isPresent()) {
            err.println("render-tile: " + missing.get() + "; nothing written");
            return 1;
        }

        BufferedImage image;
        String from;
        Path mbtiles = args.path("mbtiles", null);
        if (mbtiles != null) {
            try (MbtilesTileSource source = MbtilesTileSource.open(mbtiles)) {
                image = source.tile(z, x, y, size);
                var f = source.file();
                if (image == null) {
                    err.println("render-tile: " + mbtiles + " has no tile " + tile + " (it covers zoom " + f.minZoom()
                            + "–" + f.maxZoom() + f.bounds().map(b -> ", " + b.west() + "," + b.south() + ","
                            + b.east() + "," + b.north()).orElse("") + "; a damaged tile counts as none); nothing written");
                    return 1;
                }
                from = "MBTiles " + mbtiles + (z > f.maxZoom() ? " (over-zoomed from zoom " + f.maxZoom() + ")" : "");
            } catch (StorageException e) {
                err.println("render-tile: " + e.getMessage() + "; nothing written");
                return 1;
            }
        } else {
            Path dir = AppPaths.basemapDir();
            OfflineBasemapRenderer renderer = OfflineBasemapRenderer.load(dir);
            if (renderer.data().problems().size() == BasemapLayer.values().length) {
                err.println("render-tile: no offline basemap data could be read in " + dir + "; nothing written");
                return 1;
            }
            renderer.data().problems().forEach(e -> err.println("render-tile: warning: " + e.getMessage()));
            image = renderer.render(z, x, y, size);
            from = "the offline basemap " + dir;
        }
        try {
            write(image, target);
        } catch (IOException e) {
            err.println("render-tile: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        out.println("wrote tile " + tile + " (" + size + "×" + size + " px) to " + target + " from " + from);
        return 0;
    }

    private static long number(String text, String what, long min, long max) {
        long v;
        try {
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Args.UsageException(what + " must be a whole number, not '" + text + "'");
        }
        if (v < min || v > max) {
            throw new Args.UsageException(what + " is " + v + "; it must be " + min + "–" + max
                    + (what.equals("X") || what.equals("Y") ? " at this zoom" : ""));
        }
        return v;
    }

    private static void write(BufferedImage image, Path target) throws IOException {
        org.linkatlas.files.AtomicFile.write(target, temp -> {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer");
            }
        });
    }
}
