package org.linkatlas.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OSM tile policy as seen by a local server: our User-Agent, cached tiles served without asking until they
 * expire (7 days at least) and then revalidated, back-off after a refusal, never more than two requests at once,
 * a bounded cache, and a lost network that falls back quietly.
 */
class OsmTileSourceTest {
    private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");
    private static final Duration EIGHT_DAYS = Duration.ofDays(8);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T);
    private final FakeTileServer server;

    OsmTileSourceTest() throws IOException {
        server = new FakeTileServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OsmTileSource source(String template, long maxBytes) {
        return new OsmTileSource(template, dir, maxBytes, OsmTileSource.userAgent(), clock);
    }

    private OsmTileSource source() {
        return source(server.template(), 10_000_000);
    }

    private static void assertTile(int z, long x, long y, BufferedImage img) {
        assertNotNull(img, "tile " + z + "/" + x + "/" + y);
        assertEquals(256, img.getWidth());
        assertEquals(FakeTileServer.colour(z, x, y), img.getRGB(128, 128));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void sendsTheLinkAtlasUserAgent() {
        assertTile(3, 1, 2, source().tile(3, 1, 2, 256));
        String ua = server.lastRequest().getFirst("User-Agent");
        assertEquals(OsmTileSource.userAgent(), ua);
        assertTrue(ua.matches("LinkAtlas/\\S+ \\(\\+https://github\\.com/link-atlas/link-atlas; contact: link-atlas@example\\.org\\)"), ua);
        assertFalse(ua.toLowerCase().contains("java"), ua);
    }

    @Test
    void aFreshTileIsServedFromTheCacheAndAStaleOneIsRevalidated() {
        server.responder = (ex, z, x, y) -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                FakeTileServer.sendStatus(ex, 304, "Cache-Control", "max-age=60");
            } else {
                FakeTileServer.sendPng(ex, z, x, y, "ETag", "\"v1\"", "Last-Modified", "Tue, 01 Jan 2030 00:00:00 GMT",
                        "Cache-Control", "max-age=60");
            }
        };
        var source = source();
        assertTile(9, 400, 200, source.tile(9, 400, 200, 256));
        assertEquals(1, server.requests.get());

        clock.advance(Duration.ofDays(6));   // max-age=60, but the policy's 7 days hold
        assertTile(9, 400, 200, source.tile(9, 400, 200, 256));
        assertEquals(1, server.requests.get(), "a fresh tile costs no request");

        clock.advance(Duration.ofDays(2));
        assertTile(9, 400, 200, source.tile(9, 400, 200, 256));
        assertEquals(2, server.requests.get(), "a stale tile is revalidated");
        assertEquals("\"v1\"", server.lastRequest().getFirst("If-None-Match"));
        assertEquals("Tue, 01 Jan 2030 00:00:00 GMT", server.lastRequest().getFirst("If-Modified-Since"));

        clock.advance(Duration.ofDays(6));
        assertTile(9, 400, 200, source.tile(9, 400, 200, 256));
        assertEquals(2, server.requests.get(), "the 304 made it fresh for another 7 days");
    }

    @Test
    void aLargerTileIsTheServedTileScaledUp() {
        BufferedImage img = source().tile(4, 3, 5, 512);
        assertEquals(512, img.getWidth());
        assertEquals(512, img.getHeight());
        assertEquals(FakeTileServer.colour(4, 3, 5), img.getRGB(256, 256));
        assertEquals(1, server.requests.get());
    }

    @Test
    void tooManyRequestsWithRetryAfterStopsAllRequestsUntilThen() {
        AtomicInteger answers = new AtomicInteger();
        server.responder = (ex, z, x, y) -> {
            if (answers.getAndIncrement() == 0) {
                FakeTileServer.sendStatus(ex, 429, "Retry-After", "120");
            } else {
                FakeTileServer.sendPng(ex, z, x, y);
            }
        };
        var source = source();
        assertNull(source.tile(10, 1, 1, 256));
        assertNull(source.tile(10, 2, 2, 256));
        clock.advance(Duration.ofSeconds(119));
        assertNull(source.tile(10, 3, 3, 256));
        assertEquals(1, server.requests.get(), "nothing is asked while backed off");
        assertFalse(source.offline(), "a refusal is not a lost network");

        clock.advance(Duration.ofSeconds(1));
        assertTile(10, 3, 3, source.tile(10, 3, 3, 256));
        assertEquals(2, server.requests.get());
    }

    @Test
    void aServerErrorBacksOffAndStaleTilesAreServedMeanwhile() {
        var source = source();
        assertTile(8, 7, 7, source.tile(8, 7, 7, 256));
        clock.advance(EIGHT_DAYS);
        server.responder = (ex, z, x, y) -> FakeTileServer.sendStatus(ex, 503);

        assertTile(8, 7, 7, source.tile(8, 7, 7, 256));   // asked, refused, the stale copy is better than nothing
        assertEquals(2, server.requests.get());
        assertNull(source.tile(8, 6, 6, 256));
        assertTile(8, 7, 7, source.tile(8, 7, 7, 256));
        assertEquals(2, server.requests.get(), "backed off for 2 s");

        clock.advance(Duration.ofSeconds(2));
        assertNull(source.tile(8, 6, 6, 256));
        assertEquals(3, server.requests.get());
        clock.advance(Duration.ofSeconds(3));
        assertNull(source.tile(8, 6, 6, 256));
        assertEquals(3, server.requests.get(), "the second wait is 4 s");
    }

    @Test
    void aMissingTileIsNullWithoutBackingOff() {
        server.responder = (ex, z, x, y) -> FakeTileServer.sendStatus(ex, 404);
        var source = source();
        assertNull(source.tile(5, 1, 1, 256));
        assertNull(source.tile(5, 1, 2, 256));
        assertEquals(2, server.requests.get());
    }

    @Test
    void tilesOutsideTheWorldOrTheZoomRangeAreNotAsked() {
        var source = source();
        assertNull(source.tile(2, 4, 0, 256));
        assertNull(source.tile(2, 0, -1, 256));
        assertNull(source.tile(20, 0, 0, 256));
        assertEquals(0, server.requests.get());
    }

    @Test
    void neverMoreThanTwoRequestsAtOnce() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        CountDownLatch twoArrived = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        server.responder = (ex, z, x, y) -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            twoArrived.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            FakeTileServer.sendPng(ex, z, x, y);
        };
        var source = source();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<BufferedImage>> tiles = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                long x = i;
                tiles.add(threads.submit(() -> source.tile(12, x, 0, 256)));
            }
            assertTrue(twoArrived.await(5, TimeUnit.SECONDS));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (source.waitingForRequestSlot() < 4 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(4, source.waitingForRequestSlot(), "the other four wait for a slot");
            assertEquals(2, inFlight.get());
            release.countDown();
            for (int i = 0; i < 6; i++) {
                assertTile(12, i, 0, tiles.get(i).get(10, TimeUnit.SECONDS));
            }
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertEquals(2, maxInFlight.get());
        assertEquals(6, server.requests.get());
    }

    @Test
    void theCacheStaysUnderItsBound() throws IOException {
        long max = 6_000;
        var source = source(server.template(), max);
        for (int x = 0; x < 40; x++) {
            clock.advance(Duration.ofSeconds(1));
            assertTile(11, x, 5, source.tile(11, x, 5, 256));
        }
        long onDisk = TileDiskCacheTest.directoryBytes(dir);
        assertTrue(onDisk <= max, onDisk + " > " + max);
        assertEquals(onDisk, source.cacheSizeBytes());
        assertTrue(source.cachedTileCount() > 0 && source.cachedTileCount() < 40, "tiles: " + source.cachedTileCount());
    }

    @Test
    void clearingTheCacheMakesTheNextTileAskAgain() {
        var source = source();
        for (int x = 0; x < 3; x++) {
            source.tile(7, x, 0, 256);
        }
        assertEquals(3, source.cachedTileCount());
        assertTrue(source.cacheSizeBytes() > 0);

        source.clearCache();

        assertEquals(0, source.cachedTileCount());
        assertEquals(0, source.cacheSizeBytes());
        assertTile(7, 0, 0, source.tile(7, 0, 0, 256));
        assertEquals(4, server.requests.get());
    }

    @Test
    void aCorruptCachedTileIsFetchedAgain() throws IOException {
        var source = source();
        assertTile(6, 10, 20, source.tile(6, 10, 20, 256));
        Path file = dir.resolve("6/10/20.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});

        assertTile(6, 10, 20, source.tile(6, 10, 20, 256));
        assertEquals(2, server.requests.get());
        assertTile(6, 10, 20, source.tile(6, 10, 20, 256));
        assertEquals(2, server.requests.get(), "the refetched tile was cached whole");
    }

    @Test
    void anUnreachableServerGivesNullQuicklyAndSaysOffline() throws IOException {
        var source = source(server.template().replaceFirst(":\\d+/", ":" + closedPort() + "/"), 1_000_000);
        BufferedImage img = assertTimeout(Duration.ofSeconds(4), () -> source.tile(5, 5, 5, 256));
        assertNull(img);
        assertTrue(source.offline());
        assertNull(assertTimeout(Duration.ofSeconds(1), () -> source.tile(5, 5, 6, 256)), "backed off: not even a connect");
    }

    @Test
    void anUnreachableServerStillLetsAStaleCachedTileBeServed() throws IOException {
        assertTile(9, 1, 1, source().tile(9, 1, 1, 256));
        clock.advance(EIGHT_DAYS);

        var unreachable = source(server.template().replaceFirst(":\\d+/", ":" + closedPort() + "/"), 1_000_000);
        assertTile(9, 1, 1, unreachable.tile(9, 1, 1, 256));
        assertTrue(unreachable.offline());
        assertEquals(1, server.requests.get());
    }

    @Test
    void comingBackOnlineClearsOffline() throws IOException {
        int port = closedPort();
        var source = source("http://127.0.0.1:" + port + "/{z}/{x}/{y}.png", 1_000_000);
        assertNull(source.tile(5, 5, 5, 256));
        assertTrue(source.offline());

        FakeTileServer revived;
        try {
            revived = new FakeTileServer(port);
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("port " + port + " was taken meanwhile");
            return;
        }
        try (revived) {
            clock.advance(Duration.ofSeconds(2));
            assertTile(5, 5, 5, source.tile(5, 5, 5, 256));
            assertFalse(source.offline());
        }
    }

    @Test
    void aTemplateWithoutPlaceholdersOrNotHttpIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> source("https://tile.openstreetmap.org/tile.png", 1));
        assertThrows(IllegalArgumentException.class, () -> source("file:///tmp/{z}/{x}/{y}.png", 1));
        assertThrows(IllegalArgumentException.class,
                () -> new OsmTileSource(OsmTileSource.DEFAULT_URL_TEMPLATE, dir, 1000, " "));
    }

    @Test
    void namesItselfAndCreditsOpenStreetMap() {
        var source = new OsmTileSource(OsmTileSource.DEFAULT_URL_TEMPLATE, dir, 1000, OsmTileSource.userAgent());
        assertEquals("openstreetmap", source.name());
        assertEquals("© OpenStreetMap contributors", source.attribution());
        assertFalse(source.offline());
        assertEquals(0, source.cachedTileCount());
    }
}
