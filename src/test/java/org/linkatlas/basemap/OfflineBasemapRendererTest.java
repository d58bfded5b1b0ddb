package org.linkatlas.basemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the tiles show, for any tile asked for, from any number of threads. */
class OfflineBasemapRendererTest {
    private static OfflineBasemapRenderer renderer;
    private static ExecutorService pool;

    @BeforeAll
    static void loadTheBundledBasemap() {
        renderer = OfflineBasemapRenderer.load(GeoJsonFeatureReaderTest.BASEMAP);
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stopThePool() {
        pool.shutdownNow();
    }

    @Test
    void theGulfOfTonkinEastOfHaLongIsWater() {
        BufferedImage tile = renderer.render(10, 817, 451, 256); // lon 107.23–107.58, lat 20.63–20.96
        assertTrue(share(tile, BasemapStyle.WATER) > 0.8, "water " + share(tile, BasemapStyle.WATER));
    }

    @Test
    void theHillsOfBacGiangAreLand() {
        BufferedImage tile = renderer.render(10, 814, 449, 256); // lon 106.17–106.52, lat 21.29–21.62
        assertTrue(share(tile, BasemapStyle.LAND) > 0.8, "land " + share(tile, BasemapStyle.LAND));
        assertTrue(share(tile, BasemapStyle.WATER) < 0.02, "water " + share(tile, BasemapStyle.WATER));
    }

    @Test
    void outsideTheDataIsPlain() {
        BufferedImage tile = renderer.render(10, 700, 300, 256);
        assertEquals(1.0, share(tile, BasemapStyle.NO_DATA));
    }

    @Test
    void aHiDpiTileShowsTheSameAreaAtTwiceTheScale() {
        BufferedImage small = renderer.render(10, 817, 451, 256);
        BufferedImage large = renderer.render(10, 817, 451, 512);
        assertEquals(512, large.getWidth());
        assertEquals(512, large.getHeight());
        assertEquals(share(small, BasemapStyle.WATER), share(large, BasemapStyle.WATER), 0.02);
    }

    @ParameterizedTest
    @CsvSource({
        "0, -1, 0", "0, 0, 1", "3, 8, 0", "3, 0, 8", "19, -5, 3", "19, 524288, 0",
        "31, 0, 0", "-1, 0, 0", "40, 5, 5", "62, 9223372036854775807, 0"
    })
    void aTileThatDoesNotExistIsPlain(int zoom, long x, long y) {
        BufferedImage tile = assertDoesNotThrow(() -> renderer.render(zoom, x, y, 256));
        assertEquals(1.0, share(tile, BasemapStyle.NO_DATA));
    }

    @Test
    void everyZoomFromZeroToNineteenRendersOverTheDataAndItsCorners() {
        double[][] points = {{106.3, 21.2}, {105.5, 20.6}, {108.2, 22.2}, {107.0, 21.0}, {108.2, 20.6}, {0, 0}};
        for (int z = 0; z <= 19; z++) {
            for (double[] p : points) {
                long n = 1L << z;
                long x = Math.min(n - 1, (long) Math.floor(WebMercator.x(p[0]) * n / WebMercator.TILE));
                long y = Math.min(n - 1, (long) Math.floor(WebMercator.y(p[1]) * n / WebMercator.TILE));
                int zoom = z;
                for (int size : new int[] {256, 512}) {
                    BufferedImage tile = assertDoesNotThrow(() -> renderer.render(zoom, x, y, size), z + "/" + x + "/" + y);
                    assertEquals(size, tile.getWidth());
                }
            }
        }
    }

    @Test
    void anyTileOfTheGridRendersAtEveryZoom() {
        var random = new java.util.Random(20250701);
        for (int z = 0; z <= 19; z++) {
            long n = 1L << z;
            for (int i = 0; i < 12; i++) {
                long x = i == 0 ? 0 : i == 1 ? n - 1 : Math.floorMod(random.nextLong(), n);
                long y = i == 0 ? 0 : i == 1 ? n - 1 : Math.floorMod(random.nextLong(), n);
                int zoom = z;
                assertEquals(256, assertDoesNotThrow(() -> renderer.render(zoom, x, y, 256), z + "/" + x + "/" + y).getWidth());
            }
        }
    }

    @Test
    void aBadSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> renderer.render(10, 817, 451, 0));
    }

    @Test
    void theSameTileTwiceHasTheSamePixels() {
        assertArrayEquals(pixels(renderer.render(9, 408, 224, 256)), pixels(renderer.render(9, 408, 224, 256)));
        var fresh = OfflineBasemapRenderer.load(GeoJsonFeatureReaderTest.BASEMAP);
        assertArrayEquals(pixels(renderer.render(12, 3260, 1790, 512)), pixels(fresh.render(12, 3260, 1790, 512)));
    }

    @Test
    void tilesRenderedConcurrentlyMatchTilesRenderedOneByOne() throws Exception {
        var fresh = OfflineBasemapRenderer.load(GeoJsonFeatureReaderTest.BASEMAP);
        List<long[]> tiles = new ArrayList<>();
        for (int z : new int[] {8, 11, 14}) {
            long[] xy = BasemapBenchmark.tilesOver(z, 106.0, 20.8, 107.2, 21.5);
            for (int i = 0; i < xy.length / 2 && i < 24; i++) {
                tiles.add(new long[] {z, xy[2 * i], xy[2 * i + 1]});
            }
        }
        List<Future<int[]>> concurrent = new ArrayList<>();
        for (long[] t : tiles) {
            concurrent.add(pool.submit(() -> pixels(fresh.render((int) t[0], t[1], t[2], 256))));
        }
        for (int i = 0; i < tiles.size(); i++) {
            long[] t = tiles.get(i);
            assertArrayEquals(pixels(renderer.render((int) t[0], t[1], t[2], 256)), concurrent.get(i).get(),
                    t[0] + "/" + t[1] + "/" + t[2]);
        }
    }

    /** Guards the point of placing labels per zoom: a name across a tile edge is drawn on both sides of it. */
    @Test
    void aLabelAcrossATileEdgeIsDrawnWholeByBothTiles() {
        var data = renderer.data();
        var candidates = LabelCandidate.of(data.layer(BasemapLayer.PLACES), data.layer(BasemapLayer.PROVINCES));
        int checked = 0;
        for (int z = 8; z <= 12; z++) {
            for (LabelLayout.Placed p : LabelLayout.place(candidates, z, new LabelFonts()).placed()) {
                var box = p.box();
                long edge = (long) Math.floor(box.getMaxX() / 256) * 256;
                long row = (long) Math.floor(box.getCenterY() / 256);
                boolean crosses = edge > box.getMinX() + 8 && edge < box.getMaxX() - 8
                        && Math.floor(box.getMinY() / 256) == Math.floor(box.getMaxY() / 256);
                if (!crosses) {
                    continue;
                }
                int y0 = (int) (box.getMinY() - row * 256);
                int y1 = (int) Math.ceil(box.getMaxY() - row * 256);
                BufferedImage left = renderer.render(z, edge / 256 - 1, row, 256);
                BufferedImage right = renderer.render(z, edge / 256, row, 256);
                assertTrue(hasInk(left, 248, 256, y0, y1) || hasInk(right, 0, 8, y0, y1), p.text() + " at z" + z);
                assertTrue(hasInk(left, 200, 256, y0, y1) && hasInk(right, 0, 56, y0, y1), p.text() + " at z" + z);
                checked++;
            }
        }
        assertTrue(checked >= 3, "labels across tile edges: " + checked);
    }

    /** Dark text pixels in the given columns and rows. */
    private static boolean hasInk(BufferedImage image, int x0, int x1, int y0, int y1) {
        for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
            for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 3 * 110) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void attributionNamesEverySource() {
        for (String source : List.of("GSHHG", "Natural Earth", "GeoNames", "Open Development Vietnam", "dvhcvn")) {
            assertTrue(renderer.attribution().contains(source), source);
        }
    }

    static double share(BufferedImage image, Color color) {
        int[] px = pixels(image);
        int rgb = color.getRGB() & 0xffffff;
        long n = Arrays.stream(px).filter(p -> (p & 0xffffff) == rgb).count();
        return n / (double) px.length;
    }

    static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
