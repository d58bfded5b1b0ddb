package org.linkatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkatlas.map.tiles.AtlasTileRetriever;
import org.linkatlas.map.tiles.OfflineTileSource;
import org.linkatlas.map.tiles.TileSource;
import org.linkatlas.map.tiles.TileSources;
import org.testfx.api.FxToolkit;

/** Whatever a source does, Gluon gets a tile: the chain falls through to the offline map, never a failed future. */
class TileChainTest {
    private static final TileSource BROKEN = new TileSource() {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public String attribution() {
            return "broken source";
        }

        @Override
        public BufferedImage tile(int zoom, long x, long y, int sizePx) throws Exception {
            throw new java.net.ConnectException("network unreachable");
        }
    };

    @AfterEach
    void reset() {
        TileSources.use(List.of());
    }

    @Test
    void aFailingSourceFallsThroughToTheOfflineMap() throws Exception {
        FxToolkit.registerPrimaryStage(); // the retriever converts images for JavaFX
        TileSources.use(List.of(BROKEN, new OfflineTileSource(Path.of(System.getProperty("linkatlas.basemap", "data/basemap")))));
        var future = new AtlasTileRetriever().loadTile(10, 814, 450);
        var image = future.get(20, TimeUnit.SECONDS);
        assertNotNull(image);
        assertFalse(future.isCompletedExceptionally());
        assertEquals(256, image.getWidth());
        // the offline renderer drew land or sea, not the plain placeholder's single colour
        var reader = image.getPixelReader();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < 256; y += 8) {
            for (int x = 0; x < 256; x += 8) {
                colours.add(reader.getArgb(x, y));
            }
        }
        assertFalse(colours.size() < 3, "an offline-rendered tile has more than a couple of colours: " + colours.size());
    }

    @Test
    void aHiDpiScreenGetsTilesOfTwiceThePixels() throws Exception {
        FxToolkit.registerPrimaryStage();
        TileSources.use(List.of(new OfflineTileSource(Path.of(System.getProperty("linkatlas.basemap", "data/basemap")))));
        try {
            AtlasTileRetriever.useScreenScale(2.0);
            assertEquals(512, new AtlasTileRetriever().loadTile(10, 814, 450).get(20, TimeUnit.SECONDS).getWidth());
        } finally {
            AtlasTileRetriever.useScreenScale(1.0);
        }
    }

    @Test
    void evenWhenEverySourceFailsATileComesBack() throws Exception {
        FxToolkit.registerPrimaryStage();
        TileSources.use(List.of(BROKEN));
        var image = new AtlasTileRetriever().loadTile(5, 25, 14).get(20, TimeUnit.SECONDS);
        assertEquals(256, image.getWidth());
    }
}
