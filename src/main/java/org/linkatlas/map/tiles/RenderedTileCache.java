package org.linkatlas.map.tiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Keeps the tiles another source renders as PNG files in the user's cache folder
 * ({@code <cache>/<key>/<size>/<z>/<x>/<y>.png}), so a tile is drawn once per version of the data and style.
 * A file that does not decode is deleted and the tile drawn again; files are written whole (temp + move).
 * Thread-safe: tile threads may ask for the same tile at once; the second write simply replaces the first.
 */
public final class RenderedTileCache implements TileSource {
    private static final System.Logger LOG = System.getLogger(RenderedTileCache.class.getName());
    private final TileSource inner;
    private final Path dir;

    /** @param key names what is cached and its version, e.g. "offline-1-0.1.0"; a new key starts afresh */
    public RenderedTileCache(TileSource inner, Path cacheRoot, String key) {
        this.inner = inner;
        this.dir = cacheRoot.resolve(key);
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public String attribution() {
        return inner.attribution();
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y, int sizePx) throws Exception {
        Path file = dir.resolve(sizePx + "/" + zoom + "/" + x + "/" + y + ".png");
        if (Files.isRegularFile(file)) {
            try {
                BufferedImage cached = ImageIO.read(file.toFile());
                if (cached != null) {
                    return cached;
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "cached tile {0} unreadable: {1}", file, e.getMessage());
            }
            Files.deleteIfExists(file); // a broken file is drawn again below
        }
        BufferedImage img = inner.tile(zoom, x, y, sizePx);
        if (img != null) {
            store(file, img);
        }
        return img;
    }

    private static void store(Path file, BufferedImage img) {
        try {
            org.linkatlas.files.AtomicFile.write(file, temp -> ImageIO.write(img, "png", temp.toFile()));
        } catch (IOException e) {
            // a full or read-only disk costs speed, not the map
            LOG.log(System.Logger.Level.DEBUG, "cannot cache tile {0}: {1}", file, e.getMessage());
        }
    }

    /** Bytes the cache holds on disk. File I/O: not on the JavaFX thread. */
    public long sizeBytes() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** Deletes every cached tile. File I/O: not on the JavaFX thread. */
    public void clear() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
