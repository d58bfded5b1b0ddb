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
    private final CliText text;
    private final PrintStream out;
    private final PrintStream err;

    RenderTileCommand(CliText text, PrintStream out, PrintStream err) {
        this.text = text;
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("size", "mbtiles"));
        List<String> p = args.positional();
        if (p.size() != 4) {
            throw new Args.UsageException("tile.give");
        }
        int z = (int) number(p.get(0), "Z", 0, MAX_ZOOM);
        long max = (1L << z) - 1;
        long x = number(p.get(1), "X", 0, max);
        long y = number(p.get(2), "Y", 0, max);
        Path target = Path.of(p.get(3));
        String sizeText = args.option("size");
        int size = sizeText == null ? 256 : "512".equals(sizeText) ? 512 : "256".equals(sizeText) ? 256 : -1;
        if (size < 0) {
            throw new Args.UsageException("tile.size", FilterOptions.elide(sizeText));
        }
        String tile = z + "/" + x + "/" + y;
        var missing = Args.missingOutputFolder(target, text);
        if (missing.isPresent()) {
            err.println("render-tile: " + text.get("notWritten", missing.get()));
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
                    err.println("render-tile: " + text.get("tile.none", mbtiles.toString(), tile, String.valueOf(f.minZoom()),
                            String.valueOf(f.maxZoom()), f.bounds().map(b -> ", " + b.west() + "," + b.south() + ","
                            + b.east() + "," + b.north()).orElse("")));
                    return 1;
                }
                from = z > f.maxZoom() ? text.get("tile.fromOverZoomed", mbtiles.toString(), String.valueOf(f.maxZoom()))
                        : text.get("tile.fromMbtiles", mbtiles.toString());
            } catch (StorageException e) {
                err.println("render-tile: " + text.get("notWritten", e.getMessage()));
                return 1;
            }
        } else {
            Path dir = AppPaths.basemapDir();
            OfflineBasemapRenderer renderer = OfflineBasemapRenderer.load(dir);
            if (renderer.data().problems().size() == BasemapLayer.values().length) {
                err.println("render-tile: " + text.get("tile.noBasemap", dir.toString()));
                return 1;
            }
            renderer.data().problems().forEach(e -> err.println("render-tile: " + text.get("warning", e.getMessage())));
            image = renderer.render(z, x, y, size);
            from = text.get("tile.fromOffline", dir.toString());
        }
        try {
            write(image, target);
        } catch (IOException e) {
            err.println("render-tile: " + text.get("cannotWrite", target.toString(), e.getMessage()));
            return 1;
        }
        out.println(text.get("tile.wrote", tile, String.valueOf(size), target.toString(), from));
        return 0;
    }

    private static long number(String text, String what, long min, long max) {
        long v;
        try {
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Args.UsageException("tile.notANumber", what, FilterOptions.elide(text));
        }
        if (v < min || v > max) {
            throw new Args.UsageException(what.equals("Z") ? "tile.zoomRange" : "tile.range", what, String.valueOf(v),
                    String.valueOf(min), String.valueOf(max));
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
