package org.linkatlas.map.tiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A size-bounded directory of downloaded tiles: {@code z/x/y.png} plus a {@code z/x/y.meta} sidecar (ETag,
 * Last-Modified, expiry). Every file is written to a temporary file and moved into place, so a crash never
 * leaves half a tile; the sidecar is removed before its tile is replaced, and a tile without one counts as stale.
 * The tile's modification time is its last use: reads touch it, and when the cache grows past its bound the least
 * recently used tiles go until it is back to 90%. Only files with these names are counted or deleted, so a
 * directory shared by mistake loses nothing else.
 *
 * <p>Thread-safe: reads take no lock (a tile moved into place is whole, one deleted under a reader is a miss);
 * writes, eviction and clearing hold one lock. All methods do file I/O: never call them on the JavaFX thread.
 */
final class TileDiskCache {
    private static final System.Logger LOG = System.getLogger(TileDiskCache.class.getName());
    private static final Pattern OURS = Pattern.compile("\\d+/\\d+/\\d+\\.(png|meta)|\\d+/\\d+/\\d+\\.(png|meta)\\..*\\.tmp");
    private static final double EVICT_TO = 0.9;

    /** What the server said about a tile: validators for revalidation and when it stops being fresh. */
    record TileMeta(String etag, String lastModified, Instant expires) {
        /** For a tile whose sidecar is missing or unreadable: stale, nothing to revalidate with. */
        static final TileMeta UNKNOWN = new TileMeta(null, null, Instant.EPOCH);

        boolean fresh(Instant now) {
            return now.isBefore(expires);
        }
    }

    record Entry(byte[] png, TileMeta meta) {
    }

    private final Path dir;
    private final long maxBytes;
    private final Clock clock;
    private final Object lock = new Object();
    private boolean counted;
    private long bytes;
    private int tiles;

    TileDiskCache(Path dir, long maxBytes, Clock clock) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** The cached tile and its metadata, marking it as just used; empty when there is none. */
    Optional<Entry> read(int z, long x, long y) throws IOException {
        Path png = tileFile(z, x, y);
        byte[] data;
        try {
            data = Files.readAllBytes(png);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        touch(png);
        return Optional.of(new Entry(data, readMeta(metaFile(z, x, y))));
    }

    void write(int z, long x, long y, byte[] png, TileMeta meta) throws IOException {
        synchronized (lock) {
            count();
            Path file = tileFile(z, x, y);
            Path metaFile = metaFile(z, x, y);
            long before = sizeOf(file) + sizeOf(metaFile);
            boolean existed = Files.exists(file);
            Files.deleteIfExists(metaFile);
            writeAtomically(file, png);
            writeAtomically(metaFile, encode(meta));
            touch(file);
            bytes += sizeOf(file) + sizeOf(metaFile) - before;
            tiles += existed ? 0 : 1;
            if (bytes > maxBytes) {
                evict();
            }
        }
    }

    /** Replaces only the metadata (after a 304 Not Modified). */
    void writeMeta(int z, long x, long y, TileMeta meta) throws IOException {
        synchronized (lock) {
            count();
            Path metaFile = metaFile(z, x, y);
            long before = sizeOf(metaFile);
            writeAtomically(metaFile, encode(meta));
            bytes += sizeOf(metaFile) - before;
        }
    }

    void delete(int z, long x, long y) throws IOException {
        synchronized (lock) {
            count();
            Path file = tileFile(z, x, y);
            Path metaFile = metaFile(z, x, y);
            long before = sizeOf(file) + sizeOf(metaFile);
            boolean existed = Files.deleteIfExists(file);
            Files.deleteIfExists(metaFile);
            bytes -= before;
            tiles -= existed ? 1 : 0;
        }
    }

    long sizeBytes() throws IOException {
        synchronized (lock) {
            count();
            return bytes;
        }
    }

    int tileCount() throws IOException {
        synchronized (lock) {
            count();
            return tiles;
        }
    }

    /** Deletes every cached tile and sidecar (and empty tile folders); other files stay. */
    void clear() throws IOException {
        synchronized (lock) {
            for (Path f : ourFiles()) {
                Files.deleteIfExists(f);
            }
            deleteEmptyFolders();
            bytes = 0;
            tiles = 0;
            counted = true;
        }
    }

    Path tileFile(int z, long x, long y) {
        return dir.resolve(Integer.toString(z)).resolve(Long.toString(x)).resolve(y + ".png");
    }

    private Path metaFile(int z, long x, long y) {
        return dir.resolve(Integer.toString(z)).resolve(Long.toString(x)).resolve(y + ".meta");
    }

    /** Evicts least recently used tiles down to 90% of the bound; recounts from the files, so drift is corrected. */
    private void evict() throws IOException {
        record Used(Path png, FileTime used, long size) {
        }
        List<Used> all = new ArrayList<>();
        long total = 0;
        for (Path f : ourFiles()) {
            long size = sizeOf(f);
            total += size;
            if (f.getFileName().toString().endsWith(".png")) {
                all.add(new Used(f, lastUsed(f), size));
            }
        }
        all.sort(Comparator.comparing(Used::used));
        long target = (long) (maxBytes * EVICT_TO);
        int removed = 0;
        for (Used u : all) {
            if (total <= target) {
                break;
            }
            Path meta = u.png().resolveSibling(u.png().getFileName().toString().replace(".png", ".meta"));
            total -= u.size() + sizeOf(meta);
            Files.deleteIfExists(u.png());
            Files.deleteIfExists(meta);
            removed++;
        }
        bytes = total;
        tiles = all.size() - removed;
        LOG.log(System.Logger.Level.DEBUG, "tile cache {0}: evicted {1} tiles, {2} bytes left", dir, removed, total);
    }

    /** Counts the files once, lazily, and removes temporary files a crash left behind. */
    private void count() throws IOException {
        if (counted) {
            return;
        }
        long b = 0;
        int n = 0;
        for (Path f : ourFiles()) {
            String name = f.getFileName().toString();
            if (name.endsWith(".tmp")) {
                Files.deleteIfExists(f);
                continue;
            }
            b += sizeOf(f);
            n += name.endsWith(".png") ? 1 : 0;
        }
        bytes = b;
        tiles = n;
        counted = true;
    }

    private List<Path> ourFiles() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, 3)) {
            return s.filter(p -> OURS.matcher(dir.relativize(p).toString().replace('\\', '/')).matches())
                    .filter(Files::isRegularFile)
                    .toList();
        }
    }

    private void deleteEmptyFolders() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> folders;
        try (Stream<Path> s = Files.walk(dir, 2)) {
            folders = s.filter(p -> !p.equals(dir) && Files.isDirectory(p)).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path f : folders) {
            try (Stream<Path> children = Files.list(f)) {
                if (children.findAny().isEmpty()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        } catch (IOException e) {
            // evicted meanwhile, or a read-only disk: it only affects which tile goes first
        }
    }

    private static FileTime lastUsed(Path f) {
        try {
            return Files.readAttributes(f, BasicFileAttributes.class).lastModifiedTime();
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void writeAtomically(Path target, byte[] data) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, data);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] encode(TileMeta meta) throws IOException {
        Properties p = new Properties();
        if (meta.etag() != null) {
            p.setProperty("etag", meta.etag());
        }
        if (meta.lastModified() != null) {
            p.setProperty("lastModified", meta.lastModified());
        }
        p.setProperty("expires", meta.expires().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.store(out, null);
        return out.toByteArray();
    }

    private static TileMeta readMeta(Path file) {
        try {
            Properties p = new Properties();
            p.load(new ByteArrayInputStream(Files.readAllBytes(file)));
            String expires = p.getProperty("expires");
            if (expires == null) {
                return TileMeta.UNKNOWN;
            }
            return new TileMeta(p.getProperty("etag"), p.getProperty("lastModified"), Instant.parse(expires));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return TileMeta.UNKNOWN;
        }
    }
}
