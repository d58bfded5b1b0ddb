package org.linkatlas.map.tiles;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.linkatlas.AppVersion;
import org.linkatlas.map.tiles.HttpTileFetcher.Outcome;
import org.linkatlas.map.tiles.HttpTileFetcher.Result;
import org.linkatlas.map.tiles.TileDiskCache.Entry;
import org.linkatlas.map.tiles.TileDiskCache.TileMeta;

/**
 * OpenStreetMap raster tiles, fetched only when the user has turned online tiles on, and within the OSM tile usage
 * policy: our own User-Agent, a disk cache honouring Cache-Control/Expires for at least 7 days and revalidated with
 * If-None-Match/If-Modified-Since, at most two requests at a time, no prefetching, and a back-off after a refusal
 * (429, 403, 5xx) or a lost network during which only cached tiles are served. Anything it cannot give is
 * {@code null}, so the chain falls back to the offline basemap; it never throws.
 *
 * <p>Thread-safe: called from the small pool of tile threads; never call it on the JavaFX thread (disk and network).
 */
public final class OsmTileSource implements TileSource {
    public static final String DEFAULT_URL_TEMPLATE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public static final String ATTRIBUTION = "© OpenStreetMap contributors";
    /** tile.openstreetmap.org serves zoom 0 to 19. */
    static final int MAX_ZOOM = 19;
    private static final int SERVED_PX = 256;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(OsmTileSource.class.getName());

    private final String urlTemplate;
    private final TileDiskCache cache;
    private final HttpTileFetcher fetcher;
    private final Clock clock;
    private final BackOff serverBackOff = new BackOff(Duration.ofSeconds(2), Duration.ofMinutes(5));
    private final BackOff networkBackOff = new BackOff(Duration.ofSeconds(2), Duration.ofSeconds(30));
    private final AtomicBoolean offline = new AtomicBoolean();

    /**
     * @param urlTemplate  with {z}, {x} and {y}, e.g. {@link #DEFAULT_URL_TEMPLATE}
     * @param cacheDir     a folder for this template's tiles only (created when the first tile arrives)
     * @param maxCacheBytes the bound of the disk cache
     * @param userAgent    identifies the app and a contact, see {@link #userAgent()}
     */
    public OsmTileSource(String urlTemplate, Path cacheDir, long maxCacheBytes, String userAgent) {
        this(urlTemplate, cacheDir, maxCacheBytes, userAgent, Clock.systemUTC());
    }

    OsmTileSource(String urlTemplate, Path cacheDir, long maxCacheBytes, String userAgent, Clock clock) {
        this.urlTemplate = checkTemplate(urlTemplate);
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("a User-Agent naming the app is required by the OSM tile policy");
        }
        this.clock = Objects.requireNonNull(clock);
        this.cache = new TileDiskCache(Objects.requireNonNull(cacheDir), maxCacheBytes, clock);
        this.fetcher = new HttpTileFetcher(userAgent, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    /** The User-Agent the OSM policy asks for: the app, its version and a way to reach us. */
    public static String userAgent() {
        return "LinkAtlas/" + AppVersion.get() + " (+https://github.com/link-atlas/link-atlas; contact: link-atlas@example.org)";
    }

    @Override
    public String name() {
        return "openstreetmap";
    }

    @Override
    public String attribution() {
        return ATTRIBUTION;
    }

    /** The tile at {@code sizePx} (256 as served, other sizes scaled), or null when there is none to give. */
    @Override
    public BufferedImage tile(int zoom, long x, long y, int sizePx) {
        if (zoom < 0 || zoom > MAX_ZOOM || x < 0 || y < 0 || x >= (1L << zoom) || y >= (1L << zoom) || sizePx <= 0) {
            return null;
        }
        try {
            BufferedImage img = tile256(zoom, x, y);
            return img == null || img.getWidth() == sizePx ? img : scaled(img, sizePx);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "osm tile {0}/{1}/{2} failed: {3}", zoom, x, y, e.toString());
            return null;
        }
    }

    /** True after the last attempt could not reach the server; false again after any answer from it. */
    public boolean offline() {
        return offline.get();
    }

    /** Bytes of tiles and sidecars on disk. The first call counts the files: call it off the JavaFX thread. */
    public long cacheSizeBytes() {
        try {
            return cache.sizeBytes();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "tile cache size: {0}", e.toString());
            return 0;
        }
    }

    /** Tiles on disk. The first call counts the files: call it off the JavaFX thread. */
    public int cachedTileCount() {
        try {
            return cache.tileCount();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "tile cache count: {0}", e.toString());
            return 0;
        }
    }

    /** Deletes every cached tile; other files in the folder stay. Best effort: a failure is logged. */
    public void clearCache() {
        try {
            cache.clear();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not clear the tile cache", e);
        }
    }

    /** Threads waiting for one of the two request slots. */
    int waitingForRequestSlot() {
        return fetcher.waiting();
    }

    private BufferedImage tile256(int z, long x, long y) throws IOException, InterruptedException {
        Instant now = clock.instant();
        Entry cached = cache.read(z, x, y).orElse(null);
        BufferedImage cachedImg = null;
        if (cached != null) {
            cachedImg = decode(cached.png());
            if (cachedImg == null) {
                LOG.log(System.Logger.Level.DEBUG, "cached tile {0}/{1}/{2} does not decode; fetching it again", z, x, y);
                cache.delete(z, x, y);
                cached = null;
            } else if (cached.meta().fresh(now)) {
                return cachedImg;
            }
        }
        if (backedOff(now)) {
            return cachedImg;
        }
        TileMeta old = cached == null ? null : cached.meta();
        // checked again once a slot is free: a refusal may have come in while this request waited for it
        Result r = fetcher.fetch(uri(z, x, y), old == null ? null : old.etag(), old == null ? null : old.lastModified(),
                () -> !backedOff(clock.instant()));
        Instant after = clock.instant();
        if (r.outcome() == Outcome.UNREACHABLE) {
            wentOffline(after);
            return cachedImg;
        }
        if (r.outcome() != Outcome.BUSY && r.outcome() != Outcome.FAILED) {
            cameOnline();
        }
        switch (r.outcome()) {
            case OK -> {
                BufferedImage img = decode(r.body());
                if (img == null) {
                    LOG.log(System.Logger.Level.DEBUG, "osm tile {0}/{1}/{2}: the answer is not an image", z, x, y);
                    return cachedImg;
                }
                serverBackOff.reset();
                cache.write(z, x, y, r.body(), meta(r, null, after));
                return img;
            }
            case NOT_MODIFIED -> {
                serverBackOff.reset();
                if (cached != null) {
                    cache.writeMeta(z, x, y, meta(r, old, after));
                }
                return cachedImg;
            }
            case REFUSED, FAILED -> {
                Instant until = serverBackOff.fail(r.outcome() == Outcome.REFUSED
                        ? HttpCacheHeaders.retryAfter(r.headers(), after) : Optional.empty(), after);
                LOG.log(System.Logger.Level.DEBUG, "osm tile server: {0} (HTTP {1}); no requests before {2}",
                        r.outcome(), r.status(), until);
                return cachedImg;
            }
            default -> {
                // MISSING: nothing there; BUSY: both request slots stayed taken, the next request will try again
                return r.outcome() == Outcome.MISSING ? null : cachedImg;
            }
        }
    }

    private boolean backedOff(Instant now) {
        return serverBackOff.active(now) || networkBackOff.active(now);
    }

    private void wentOffline(Instant now) {
        Instant until = networkBackOff.fail(Optional.empty(), now);
        if (offline.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.INFO, "OpenStreetMap tiles: offline, using cached and offline tiles");
        }
        LOG.log(System.Logger.Level.DEBUG, "osm tile server unreachable; next try after {0}", until);
    }

    private void cameOnline() {
        networkBackOff.reset();
        if (offline.compareAndSet(true, false)) {
            LOG.log(System.Logger.Level.INFO, "OpenStreetMap tiles: online again");
        }
    }

    private static TileMeta meta(Result r, TileMeta old, Instant now) {
        String etag = r.headers().firstValue("ETag").orElse(old == null ? null : old.etag());
        String lastModified = r.headers().firstValue("Last-Modified").orElse(old == null ? null : old.lastModified());
        return new TileMeta(etag, lastModified, HttpCacheHeaders.expiry(r.headers(), now));
    }

    private URI uri(int z, long x, long y) {
        return URI.create(urlTemplate.replace("{z}", Integer.toString(z)).replace("{x}", Long.toString(x)).replace("{y}", Long.toString(y)));
    }

    private static String checkTemplate(String template) {
        Objects.requireNonNull(template, "urlTemplate");
        if (!template.contains("{z}") || !template.contains("{x}") || !template.contains("{y}")) {
            throw new IllegalArgumentException("the tile URL template needs {z}, {x} and {y}: " + template);
        }
        URI sample = URI.create(template.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
        String scheme = sample.getScheme() == null ? "" : sample.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || sample.getHost() == null) {
            throw new IllegalArgumentException("the tile URL template must be an http(s) URL: " + template);
        }
        return template;
    }

    private static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static BufferedImage scaled(BufferedImage img, int sizePx) {
        BufferedImage out = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 0, 0, sizePx, sizePx, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
