package org.linkatlas.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.testing.MbtilesFixtures;
import org.linkatlas.testing.MbtilesFixtures.Row;

/** Opening a user's MBTiles file: what it holds, and a clear message for each way it can be wrong. */
class MbtilesFileTest {
    @TempDir
    Path dir;

    private static final byte[] RED = MbtilesFixtures.png(Color.RED, 256);
    private static final byte[] GREEN = MbtilesFixtures.png(Color.GREEN, 256);
    private static final byte[] BLUE = MbtilesFixtures.png(Color.BLUE, 256);
    private static final byte[] YELLOW = MbtilesFixtures.png(Color.YELLOW, 256);

    /** Zoom 1 with four distinct tiles; TMS row 1 is the TOP row. */
    private Path fourTiles(Map<String, String> metadata) {
        return MbtilesFixtures.write(dir.resolve("four.mbtiles"), metadata, List.of(
                new Row(1, 0, 1, RED), new Row(1, 1, 1, GREEN), new Row(1, 0, 0, BLUE), new Row(1, 1, 0, YELLOW)));
    }

    private StorageException failure(Path file) {
        return assertThrows(StorageException.class, () -> MbtilesFile.open(file).close());
    }

    @Test
    void readsTheMetadataAndTheZoomRange() {
        var metadata = MbtilesFixtures.metadata(1, 1);
        metadata.put("bounds", "105.5,20.5,107.0,22.0");
        metadata.put("attribution", "© Someone");
        try (MbtilesFile f = MbtilesFile.open(fourTiles(metadata))) {
            assertEquals("hand-made", f.name());
            assertEquals("png", f.format());
            assertEquals(1, f.minZoom());
            assertEquals(1, f.maxZoom());
            assertEquals(new MbtilesFile.Bounds(105.5, 20.5, 107.0, 22.0), f.bounds().orElseThrow());
            assertEquals("© Someone", f.attribution().orElseThrow());
        }
    }

    @Test
    void takesTheZoomRangeFromTheTilesWhenMetadataLacksIt() {
        var metadata = MbtilesFixtures.metadata(0, 0);
        metadata.remove("minzoom");
        metadata.remove("maxzoom");
        Path file = MbtilesFixtures.write(dir.resolve("z.mbtiles"), metadata,
                List.of(new Row(3, 0, 0, RED), new Row(5, 0, 0, RED), new Row(4, 0, 0, RED)));
        try (MbtilesFile f = MbtilesFile.open(file)) {
            assertEquals(3, f.minZoom());
            assertEquals(5, f.maxZoom());
            assertTrue(f.bounds().isEmpty());
            assertTrue(f.attribution().isEmpty());
        }
    }

    @Test
    void rowsCountedFromTheTopAreFlippedToTmsRows() {
        try (MbtilesFile f = MbtilesFile.open(fourTiles(MbtilesFixtures.metadata(1, 1)))) {
            assertArrayEquals(RED, f.tile(1, 0, 0));
            assertArrayEquals(GREEN, f.tile(1, 1, 0));
            assertArrayEquals(BLUE, f.tile(1, 0, 1));
            assertArrayEquals(YELLOW, f.tile(1, 1, 1));
            assertNull(f.tile(1, 2, 0), "no such tile at zoom 1");
            assertNull(f.tile(2, 0, 0), "no tile at that zoom");
            assertNull(f.tile(1, -1, 0));
        }
    }

    @Test
    void readsTilesThroughAViewToo() {
        Path file = MbtilesFixtures.writeWithTilesView(dir.resolve("view.mbtiles"), MbtilesFixtures.metadata(1, 1),
                List.of(new Row(1, 0, 1, RED), new Row(1, 0, 0, BLUE)));
        try (MbtilesFile f = MbtilesFile.open(file)) {
            assertArrayEquals(RED, f.tile(1, 0, 0));
            assertArrayEquals(BLUE, f.tile(1, 0, 1));
        }
    }

    @Test
    void missingFormatIsAClearError() {
        var metadata = MbtilesFixtures.metadata(1, 1);
        metadata.remove("format");
        Path file = fourTiles(metadata);
        var e = failure(file);
        assertTrue(e.getMessage().contains("metadata 'format' missing"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void missingNameIsAClearError() {
        var metadata = MbtilesFixtures.metadata(1, 1);
        metadata.remove("name");
        var e = failure(fourTiles(metadata));
        assertTrue(e.getMessage().contains("metadata 'name' missing"), e.getMessage());
    }

    @Test
    void vectorTilesAreRefusedByName() {
        var metadata = MbtilesFixtures.metadata(1, 1);
        metadata.put("format", "pbf");
        var e = failure(fourTiles(metadata));
        assertTrue(e.getMessage().contains("vector tiles"), e.getMessage());
    }

    @Test
    void webpIsRefusedWhenThisJavaCannotDecodeIt() {
        assumeFalse(ImageIO.getImageReadersByFormatName("webp").hasNext(), "a WebP reader is installed");
        var metadata = MbtilesFixtures.metadata(1, 1);
        metadata.put("format", "webp");
        var e = failure(fourTiles(metadata));
        assertTrue(e.getMessage().contains("cannot decode webp"), e.getMessage());
    }

    @Test
    void badBoundsAndZoomsAreClearErrors() {
        var metadata = MbtilesFixtures.metadata(1, 1);
        metadata.put("bounds", "105,20,107");
        assertTrue(failure(fourTiles(metadata)).getMessage().contains("metadata 'bounds'"));
        metadata.remove("bounds");
        metadata.put("maxzoom", "twelve");
        Path other = MbtilesFixtures.write(dir.resolve("zoom.mbtiles"), metadata, List.of(new Row(1, 0, 0, RED)));
        assertTrue(failure(other).getMessage().contains("metadata 'maxzoom' is 'twelve'"));
    }

    @Test
    void missingTilesTableIsAClearError() throws Exception {
        Path file = dir.resolve("no-tiles.mbtiles");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("INSERT INTO metadata VALUES ('name', 'x'), ('format', 'png')");
        }
        var e = failure(file);
        assertTrue(e.getMessage().contains("not an MBTiles file: table 'tiles' missing"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aTilesTableWithoutItsColumnsIsAClearError() throws Exception {
        Path file = dir.resolve("odd.mbtiles");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("CREATE TABLE tiles (z INTEGER, x INTEGER, y INTEGER, data BLOB)");
        }
        assertTrue(failure(file).getMessage().contains("table 'tiles' has no column 'zoom_level'"));
    }

    @Test
    void anEmptyTilesTableIsAClearErrorWhenTheZoomsMustComeFromIt() {
        var metadata = MbtilesFixtures.metadata(1, 1);
        metadata.remove("maxzoom");
        Path file = MbtilesFixtures.write(dir.resolve("empty.mbtiles"), metadata, List.of());
        assertTrue(failure(file).getMessage().contains("holds no tiles"));
    }

    @Test
    void aFileThatIsNotSqliteIsAClearError() throws Exception {
        Path file = dir.resolve("random.mbtiles");
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Files.write(file, noise);
        var e = failure(file);
        assertTrue(e.getMessage().contains("not a SQLite database"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());

        Path empty = Files.createFile(dir.resolve("empty-file.mbtiles"));
        assertTrue(failure(empty).getMessage().contains("the file is empty"));
    }

    @Test
    void aMissingFileIsAClearErrorAndIsNotCreated() {
        Path file = dir.resolve("none.mbtiles");
        assertTrue(failure(file).getMessage().contains("no MBTiles file at " + file));
        assertFalse(Files.exists(file));
    }

    @Test
    void openingAndReadingLeaveTheFileAsItWas() throws Exception {
        Path file = fourTiles(MbtilesFixtures.metadata(1, 1));
        byte[] before = Files.readAllBytes(file);
        try (MbtilesFile f = MbtilesFile.open(file)) {
            f.tile(1, 0, 0);
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no journal or other file left beside it");
        }
    }

    @Test
    void tilesCanBeReadFromSeveralThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (MbtilesFile f = MbtilesFile.open(fourTiles(MbtilesFixtures.metadata(1, 1)))) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int x = i % 2;
                int y = i / 2 % 2;
                byte[] expected = new byte[][] {RED, GREEN, BLUE, YELLOW}[y * 2 + x];
                results.add(pool.submit(() -> java.util.Arrays.equals(expected, f.tile(1, x, y))));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClosedFileSaysSo() {
        MbtilesFile f = MbtilesFile.open(fourTiles(MbtilesFixtures.metadata(1, 1)));
        f.close();
        assertTrue(assertThrows(StorageException.class, () -> f.tile(1, 0, 0)).getMessage().contains("closed"));
    }
}
