package org.linkatlas.map.tiles;

import com.gluonhq.maps.tile.TileRetriever;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/**
 * Link Atlas's tile retriever for Gluon Maps (registered in META-INF/services): asks each source of
 * {@link TileSources#chain()} in turn on a bounded pool of background threads, and NEVER completes
 * exceptionally — Gluon Maps calls {@code getNow()} on completed futures and a failed one kills the app —
 * so any failure falls through to the next source and finally to a plain tile.
 */
public final class AtlasTileRetriever implements TileRetriever {
    private static volatile int tilePx = 256;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, new java.util.concurrent.ThreadFactory() {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "link-atlas-tiles-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    /**
     * Asks the sources for 512 px tiles on a HiDPI screen (Gluon shows every tile in 256 logical pixels, so a
     * 512 px tile is drawn at the screen's full resolution) and 256 px otherwise.
     */
    public static void useScreenScale(double outputScale) {
        tilePx = outputScale > 1.0 ? 512 : 256;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        int size = tilePx;
        return CompletableFuture.<Image>supplyAsync(() -> SwingFXUtils.toFXImage(render(zoom, x, y, size), null), POOL)
                .exceptionally(e -> SwingFXUtils.toFXImage(new PlainTileSource().tile(zoom, x, y, size), null));
    }

    /** The first tile any source gives; the plain source always gives one. */
    static BufferedImage render(int zoom, long x, long y, int tilePx) {
        BufferedImage img = TileSources.firstTile(TileSources.chain(), zoom, x, y, tilePx);
        return img != null ? img : new PlainTileSource().tile(zoom, x, y, tilePx);
    }
}
