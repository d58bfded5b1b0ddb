package org.linkatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.map.tiles.RenderedTileCache;
import org.linkatlas.map.tiles.TileSource;

class RenderedTileCacheTest {
    @TempDir
    Path dir;
    final AtomicInteger renders = new AtomicInteger();

    final TileSource counting = new TileSource() {
        @Override
        public String name() {
            return "test";
        }

        @Override
        public String attribution() {
            return "test data";
        }

        @Override
        public BufferedImage tile(int zoom, long x, long y, int sizePx) {
            renders.incrementAndGet();
            BufferedImage img = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_RGB);
            img.setRGB(0, 0, 0x123456);
            return img;
        }
    };

    @Test
    void aTileIsDrawnOnceAndThenReadFromDisk() throws Exception {
        RenderedTileCache cache = new RenderedTileCache(counting, dir, "v1");
        BufferedImage first = cache.tile(10, 812, 450, 256);
        BufferedImage second = cache.tile(10, 812, 450, 256);
        assertEquals(1, renders.get());
        assertEquals(first.getRGB(0, 0), second.getRGB(0, 0));
        assertTrue(cache.sizeBytes() > 0);
        assertEquals("test data", cache.attribution());
    }

    @Test
    void aCorruptFileIsDrawnAgainAndClearEmptiesTheCache() throws Exception {
        RenderedTileCache cache = new RenderedTileCache(counting, dir, "v1");
        cache.tile(10, 812, 450, 512);
        Path file = dir.resolve("v1/512/10/812/450.png");
        Files.writeString(file, "half a png");
        assertNotNull(cache.tile(10, 812, 450, 512));
        assertEquals(2, renders.get());
        cache.clear();
        assertEquals(0, cache.sizeBytes());
    }

    @Test
    void aNewKeyStartsAfresh() throws Exception {
        new RenderedTileCache(counting, dir, "v1").tile(8, 203, 112, 256);
        new RenderedTileCache(counting, dir, "v2").tile(8, 203, 112, 256);
        assertEquals(2, renders.get());
    }
}
