package org.linkatlas.map.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.map.tiles.TileDiskCache.TileMeta;

/** Tiles and their sidecars survive a new instance, stay under the bound (least recently used go first), and
 * clearing removes only the cache's own files. */
class TileDiskCacheTest {
    private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T);

    static long directoryBytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aTileAndItsMetadataSurviveANewInstance() throws IOException {
        byte[] png = FakeTileServer.png(5, 1, 2);
        var meta = new TileMeta("\"abc\"", "Tue, 01 Jan 2030 00:00:00 GMT", T.plus(Duration.ofDays(7)));
        new TileDiskCache(dir, 1_000_000, clock).write(5, 1, 2, png, meta);

        var again = new TileDiskCache(dir, 1_000_000, clock);
        var entry = again.read(5, 1, 2).orElseThrow();
        assertArrayEquals(png, entry.png());
        assertEquals(meta, entry.meta());
        assertEquals(1, again.tileCount());
        assertEquals(directoryBytes(dir), again.sizeBytes());
        assertTrue(again.read(5, 1, 3).isEmpty());
        assertTrue(files(dir).stream().noneMatch(p -> p.toString().endsWith(".tmp")), "no temporary file is left");
    }

    @Test
    void aTileWithoutItsSidecarIsStaleWithNothingToRevalidate() throws IOException {
        var cache = new TileDiskCache(dir, 1_000_000, clock);
        cache.write(3, 1, 1, FakeTileServer.png(3, 1, 1), new TileMeta("e", null, T.plus(Duration.ofDays(7))));
        Files.delete(dir.resolve("3/1/1.meta"));
        assertEquals(TileMeta.UNKNOWN, cache.read(3, 1, 1).orElseThrow().meta());
        assertFalse(TileMeta.UNKNOWN.fresh(T));
    }

    @Test
    void leftoverTemporaryFilesFromACrashAreRemoved() throws IOException {
        Files.createDirectories(dir.resolve("4/2"));
        Files.write(dir.resolve("4/2/7.png.123.tmp"), new byte[100]);
        var cache = new TileDiskCache(dir, 1_000_000, clock);
        assertEquals(0, cache.sizeBytes());
        assertFalse(Files.exists(dir.resolve("4/2/7.png.123.tmp")));
    }

    @Test
    void staysUnderItsBoundAndEvictsTheLeastRecentlyUsed() throws IOException {
        byte[] png = FakeTileServer.png(10, 0, 0);
        var meta = new TileMeta("e", null, T.plus(Duration.ofDays(7)));
        long max = 10L * (png.length + 120);
        var cache = new TileDiskCache(dir, max, clock);
        cache.write(10, 0, 0, png, meta);
        for (int i = 1; i < 50; i++) {
            clock.advance(Duration.ofSeconds(1));
            cache.read(10, 0, 0);   // kept in use all along
            cache.write(10, i, 0, png, meta);
            assertTrue(directoryBytes(dir) <= max, "after tile " + i + ": " + directoryBytes(dir) + " > " + max);
        }
        assertTrue(cache.read(10, 0, 0).isPresent(), "the tile used all along stays");
        assertTrue(cache.read(10, 49, 0).isPresent(), "the newest tile stays");
        assertTrue(cache.read(10, 1, 0).isEmpty(), "an old unused tile went");
        assertEquals(directoryBytes(dir), cache.sizeBytes());
        assertEquals(files(dir).size() / 2, cache.tileCount());
    }

    @Test
    void clearingRemovesTilesButNothingElse() throws IOException {
        var cache = new TileDiskCache(dir, 1_000_000, clock);
        for (int i = 0; i < 3; i++) {
            cache.write(6, i, i, FakeTileServer.png(6, i, i), TileMeta.UNKNOWN);
        }
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.createDirectories(dir.resolve("12/34"));
        Files.writeString(dir.resolve("12/34/readme.txt"), "also mine");
        assertEquals(3, cache.tileCount());

        cache.clear();

        assertEquals(0, cache.tileCount());
        assertEquals(0, cache.sizeBytes());
        assertEquals(List.of(dir.resolve("12/34/readme.txt"), dir.resolve("notes.txt")), files(dir).stream().sorted().toList());
        assertFalse(Files.exists(dir.resolve("6")));
    }
}
