package org.linkatlas.map.tiles;

import java.awt.image.BufferedImage;

/**
 * One source of basemap tiles (Web Mercator XYZ, y from the top). Implementations must be thread-safe:
 * tiles are loaded from a small pool of background threads, never on the JavaFX thread.
 */
public interface TileSource {
    /** A short name for the status bar. */
    String name();

    /** The attribution the map must show while this source serves tiles. */
    String attribution();

    /**
     * @return the tile, or {@code null} when this source has none for it (the caller falls back)
     * @throws Exception on any failure; the caller falls back and never lets it reach Gluon Maps
     */
    BufferedImage tile(int zoom, long x, long y, int sizePx) throws Exception;
}
