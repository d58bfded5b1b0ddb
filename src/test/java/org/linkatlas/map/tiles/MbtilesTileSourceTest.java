package org.linkatlas.map.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.testing.MbtilesFixtures;
import org.linkatlas.testing.MbtilesFixtures.Row;

/** Tiles from MBTiles: a file GDAL wrote, and hand-built files whose every tile has its own colour. */
class MbtilesTileSourceTest {
    @TempDir
    Path dir;

    // ---- the file GDAL wrote (see src/test/resources/org/linkatlas/map/tiles/README.md) ----

    @Test
    void opensTheGdalFileAndReadsItsMetadata() {
        try (MbtilesTileSource source = MbtilesTileSource.open(MbtilesFixtures.gdalFile(dir))) {
            var f = source.file();
            assertEquals("mbtiles", source.name());
            assertEquals("Link Atlas test: Red River delta", f.name());
            assertEquals("png", f.format());
            assertEquals(7, f.minZoom());
            assertEquals(9, f.maxZoom());
            var b = f.bounds().orElseThrow();
            assertEquals(105.46875, b.west(), 1e-9);
            assertEquals(106.875, b.east(), 1e-9);
            assertEquals(20.6328, b.south(), 1e-4);
            assertEquals(21.9430, b.north(), 1e-4);
            assertEquals(f.name(), source.attribution(), "no attribution in the file: its name stands in");
        }
    }

    @Test
    void aGdalTileDecodesAndShowsAMap() {
        try (MbtilesTileSource source = MbtilesTileSource.open(MbtilesFixtures.gdalFile(dir))) {
            BufferedImage tile = source.tile(9, 406, 224, 256);
            assertNotNull(tile);
            assertEquals(256, tile.getWidth());
            assertEquals(256, tile.getHeight());
            assertTrue(colours(tile) > 20, "a map, not a flat colour: " + colours(tile));
            assertNotNull(source.tile(8, 203, 112, 256), "the tile gdaladdo made");
        }
    }

    @Test
    void theGdalFileIsReadAtTheFlippedRow() throws Exception {
        Path file = MbtilesFixtures.gdalFile(dir);
        byte[] stored;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var s = c.prepareStatement("SELECT tile_data FROM tiles WHERE zoom_level = 9 AND tile_column = 406 AND tile_row = ?")) {
            s.setLong(1, 511 - 224);
            try (var rs = s.executeQuery()) {
                assertTrue(rs.next(), "GDAL stores 9/406/224 at TMS row 287");
                stored = rs.getBytes(1);
            }
        }
        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            assertArrayEquals(stored, source.file().tile(9, 406, 224));
            assertNull(source.file().tile(9, 406, 287), "row 287 from the top is the southern hemisphere");
            BufferedImage expected = ImageIO.read(new ByteArrayInputStream(stored));
            assertSamePixels(expected, source.tile(9, 406, 224, 256));
        }
    }

    @Test
    void overZoomsBeyondTheGdalFilesHighestZoom() throws Exception {
        try (MbtilesTileSource source = MbtilesTileSource.open(MbtilesFixtures.gdalFile(dir))) {
            BufferedImage ancestor = ImageIO.read(new ByteArrayInputStream(source.file().tile(9, 406, 224)));
            // 11/1625/898 is column 1, row 2 of the 4×4 grid over 9/406/224: ancestor pixels 64–128 × 128–192.
            BufferedImage tile = source.tile(11, 406 * 4 + 1, 224 * 4 + 2, 256);
            assertNotNull(tile);
            assertEquals(256, tile.getWidth());
            double diff = 0;
            for (int v = 0; v < 256; v++) {
                for (int u = 0; u < 256; u++) {
                    diff += difference(tile.getRGB(u, v), ancestor.getRGB(64 + u / 4, 128 + v / 4));
                }
            }
            double mean = diff / (256 * 256);
            assertTrue(mean < 12, "the tile is that part of its ancestor, scaled; mean difference " + mean);
            assertNotNull(source.tile(14, 406 * 32, 224 * 32, 256), "far beyond: still an image");
        }
    }

    @Test
    void outsideTheGdalFilesBoundsOrBelowItsZoomsThereIsNoTile() {
        try (MbtilesTileSource source = MbtilesTileSource.open(MbtilesFixtures.gdalFile(dir))) {
            assertNull(source.tile(9, 405, 224, 256), "west of its bounds");
            assertNull(source.tile(9, 406, 226, 256), "south of its bounds");
            assertNull(source.tile(6, 50, 28, 256), "below its lowest zoom");
            assertNull(source.tile(7, 101, 56, 256), "metadata says zoom 7 but GDAL wrote no tile there");
        }
    }

    // ---- hand-built files ----

    private static final Color[] COLOURS = {Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW};

    @Test
    void eachTileComesFromItsFlippedRowExactly() {
        // zoom 1: TMS row 1 is the top; x, y from the top → colour index y * 2 + x
        Path file = MbtilesFixtures.write(dir.resolve("four.mbtiles"), MbtilesFixtures.metadata(1, 1), List.of(
                new Row(1, 0, 1, MbtilesFixtures.png(COLOURS[0], 256)), new Row(1, 1, 1, MbtilesFixtures.png(COLOURS[1], 256)),
                new Row(1, 0, 0, MbtilesFixtures.png(COLOURS[2], 256)), new Row(1, 1, 0, MbtilesFixtures.png(COLOURS[3], 256))));
        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 2; x++) {
                    assertUniform(source.tile(1, x, y, 256), COLOURS[y * 2 + x], 256);
                    assertUniform(source.tile(1, x, y, 512), COLOURS[y * 2 + x], 512);
                }
            }
        }
    }

    @Test
    void overZoomTakesTheRightQuarterAndSixteenthOfTheAncestor() {
        Path file = MbtilesFixtures.write(dir.resolve("z0.mbtiles"), MbtilesFixtures.metadata(0, 0),
                List.of(new Row(0, 0, 0, MbtilesFixtures.quarters(COLOURS[0], COLOURS[1], COLOURS[2], COLOURS[3]))));
        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 2; x++) {
                    // bilinear sampling blends the outermost pixel with the neighbouring quarter, as it should
                    assertUniform(source.tile(1, x, y, 256), COLOURS[y * 2 + x], 256, 1);
                }
            }
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 4; x++) {
                    BufferedImage tile = source.tile(2, x, y, 512);
                    assertEquals(512, tile.getWidth());
                    assertEquals(COLOURS[y / 2 * 2 + x / 2].getRGB(), tile.getRGB(256, 256), "2/" + x + "/" + y);
                }
            }
        }
    }

    @Test
    void aMissingTileIsTakenFromTheNearestAncestor() {
        Path file = MbtilesFixtures.write(dir.resolve("gap.mbtiles"), MbtilesFixtures.metadata(0, 2), List.of(
                new Row(0, 0, 0, MbtilesFixtures.quarters(COLOURS[0], COLOURS[1], COLOURS[2], COLOURS[3])),
                new Row(1, 0, 1, MbtilesFixtures.png(Color.BLACK, 256)),
                new Row(2, 0, 3, MbtilesFixtures.png(Color.WHITE, 256))));
        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            assertUniform(source.tile(2, 0, 0, 256), Color.WHITE, 256);
            assertUniform(source.tile(2, 1, 1, 256), Color.BLACK, 256, 0); // zoom 2 lacks it; zoom 1 has it
            assertEquals(COLOURS[3].getRGB(), source.tile(2, 3, 3, 256).getRGB(128, 128)); // only zoom 0 has it
        }
    }

    @Test
    void belowTheLowestZoomThereIsNoTile() {
        Path file = MbtilesFixtures.write(dir.resolve("z3.mbtiles"), MbtilesFixtures.metadata(3, 3),
                List.of(new Row(3, 0, 7, MbtilesFixtures.png(Color.RED, 256))));
        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            assertNull(source.tile(2, 0, 0, 256));
            assertNotNull(source.tile(3, 0, 0, 256));
            assertNull(source.tile(3, 1, 0, 256), "a hole with no ancestor");
        }
    }

    @Test
    void aCorruptTileIsNoTileNotAnException() {
        byte[] png = MbtilesFixtures.png(Color.RED, 256);
        byte[] noise = new byte[500];
        new java.util.Random(7).nextBytes(noise);
        Path file = MbtilesFixtures.write(dir.resolve("corrupt.mbtiles"), MbtilesFixtures.metadata(1, 1), List.of(
                new Row(1, 0, 1, noise), new Row(1, 1, 1, Arrays.copyOf(png, png.length / 2)),
                new Row(1, 0, 0, new byte[0]), new Row(1, 1, 0, png)));
        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            assertNull(source.tile(1, 0, 0, 256), "random bytes");
            assertNull(source.tile(1, 1, 0, 256), "a truncated PNG");
            assertNull(source.tile(1, 0, 1, 256), "an empty blob");
            assertUniform(source.tile(1, 1, 1, 256), Color.RED, 256);
            assertNull(source.tile(2, 0, 0, 256), "over-zoom from a corrupt ancestor");
        }
    }

    @Test
    void attributionIsPlainTextFromTheMetadata() {
        var metadata = MbtilesFixtures.metadata(0, 0);
        metadata.put("attribution", "<a href=\"https://www.openstreetmap.org/copyright\">&copy; OpenStreetMap contributors</a>");
        Path file = MbtilesFixtures.write(dir.resolve("attr.mbtiles"), metadata, List.of());
        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            assertEquals("© OpenStreetMap contributors", source.attribution());
        }
    }

    private static void assertUniform(BufferedImage tile, Color colour, int size) {
        assertUniform(tile, colour, size, 0);
    }

    /** Every pixel but the outer {@code margin} ones has {@code colour}. */
    private static void assertUniform(BufferedImage tile, Color colour, int size, int margin) {
        assertNotNull(tile);
        assertEquals(size, tile.getWidth());
        assertEquals(size, tile.getHeight());
        for (int v = margin; v < size - margin; v++) {
            for (int u = margin; u < size - margin; u++) {
                if (tile.getRGB(u, v) != colour.getRGB()) {
                    throw new AssertionError("pixel " + u + "," + v + " is " + Integer.toHexString(tile.getRGB(u, v))
                            + ", expected " + Integer.toHexString(colour.getRGB()));
                }
            }
        }
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        for (int v = 0; v < expected.getHeight(); v++) {
            for (int u = 0; u < expected.getWidth(); u++) {
                assertEquals(expected.getRGB(u, v), actual.getRGB(u, v), "pixel " + u + "," + v);
            }
        }
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int v = 0; v < img.getHeight(); v += 4) {
            for (int u = 0; u < img.getWidth(); u += 4) {
                seen.add(img.getRGB(u, v));
            }
        }
        return seen.size();
    }

    private static double difference(int a, int b) {
        int d = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            d += Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF));
        }
        return d / 3.0;
    }
}
