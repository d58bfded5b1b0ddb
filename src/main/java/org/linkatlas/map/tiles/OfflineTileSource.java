package org.linkatlas.map.tiles;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.linkatlas.basemap.OfflineBasemapRenderer;

/**
 * The bundled offline basemap as a tile source. The data (about a second to read) is loaded by the first tile
 * request, on a tile thread, never on the JavaFX thread. Thread-safe.
 */
public final class OfflineTileSource implements TileSource {
    private static final System.Logger LOG = System.getLogger(OfflineTileSource.class.getName());
    private final Path dir;
    private volatile OfflineBasemapRenderer renderer;

    public OfflineTileSource(Path dir) {
        this.dir = dir;
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public String attribution() {
        return OfflineBasemapRenderer.ATTRIBUTION;
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y, int sizePx) {
        return renderer().render(zoom, x, y, sizePx);
    }

    private OfflineBasemapRenderer renderer() {
        OfflineBasemapRenderer r = renderer;
        if (r == null) {
            synchronized (this) {
                r = renderer;
                if (r == null) {
                    r = OfflineBasemapRenderer.load(dir);
                    r.data().problems().forEach(p -> LOG.log(System.Logger.Level.WARNING, "basemap: {0}", p.getMessage()));
                    renderer = r;
                }
            }
        }
        return r;
    }
}
