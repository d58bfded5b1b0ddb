package org.linkatlas.map.tiles;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * The chain of tile sources in use, first choice first; the plain source always ends it. Gluon Maps keeps
 * one retriever for the whole JVM, so switching sources happens here. Any thread (volatile snapshot).
 */
public final class TileSources {
    private static final System.Logger LOG = System.getLogger(TileSources.class.getName());
    private static volatile List<TileSource> chain = List.of(new PlainTileSource());

    private TileSources() {
    }

    public static void use(List<TileSource> sources) {
        Objects.requireNonNull(sources);
        chain = java.util.stream.Stream.concat(sources.stream(), java.util.stream.Stream.of(new PlainTileSource())).toList();
    }

    public static List<TileSource> chain() {
        return chain;
    }

    /** The attribution of the first source with one (the one that serves tiles unless it fails). */
    public static String attribution() {
        return chain.stream().map(TileSource::attribution).filter(a -> !a.isBlank()).findFirst().orElse("");
    }

    /**
     * The first tile any source of {@code sources} gives, asking each in turn; a source that fails (an exception
     * or a missing class) is passed over like one that has no tile. Runs on the caller's thread; any thread
     * but the JavaFX one, since sources may read files or the network.
     *
     * @return the tile, or {@code null} when no source has it
     */
    public static BufferedImage firstTile(List<TileSource> sources, int zoom, long x, long y, int sizePx) {
        for (TileSource s : sources) {
            try {
                BufferedImage img = s.tile(zoom, x, y, sizePx);
                if (img != null) {
                    return img;
                }
            } catch (Exception | LinkageError e) {
                LOG.log(System.Logger.Level.DEBUG, "tile {0}/{1}/{2} from {3} failed: {4}", zoom, x, y, s.name(), e.toString());
            }
        }
        return null;
    }
}
