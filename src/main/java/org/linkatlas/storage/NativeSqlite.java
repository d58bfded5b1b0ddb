package org.linkatlas.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * sqlite-jdbc unpacks its native library into the temporary folder at every start (about 1 MB written, then
 * both copies read again for their MD5). This keeps one copy per driver version in the user's cache folder,
 * unpacked once, and points the driver at it ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}), so a
 * later start only loads it. Best effort: when the copy cannot be made, or a path is already set, the driver
 * keeps its own way; a copy it cannot load makes it fall back to unpacking, as before. Call before the first
 * connection; file I/O, so not on the JavaFX thread; any other thread.
 */
public final class NativeSqlite {
    private static final System.Logger LOG = System.getLogger(NativeSqlite.class.getName());

    private NativeSqlite() {
    }

    /** @return the library the driver will load, or {@code null} when it is left to unpack its own */
    public static synchronized Path useCacheIn(Path cacheDir) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return null;
        }
        try {
            String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
            String name = System.mapLibraryName("sqlitejdbc");
            if (name.endsWith(".jnilib")) {
                name = name.replace(".jnilib", ".dylib"); // the driver's name on macOS
            }
            URL resource = org.sqlite.util.OSInfo.class.getResource("/org/sqlite/native/" + folder + "/" + name);
            if (resource == null) {
                return null; // no bundled library for this platform: the driver looks on the library path itself
            }
            long size = resource.openConnection().getContentLengthLong();
            Path dir = cacheDir.resolve("native").resolve("sqlite-jdbc-" + org.sqlite.SQLiteJDBCLoader.getVersion())
                    .resolve(folder);
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib) || (size >= 0 && Files.size(lib) != size)) {
                Files.createDirectories(dir);
                sweepParts(dir);
                Path temp = Files.createTempFile(dir, name, ".part");
                try (InputStream in = resource.openStream()) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(temp, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
            return lib;
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "sqlite native library not cached: {0}", e.toString());
            return null;
        }
    }

    /**
     * Copies left by a start killed while unpacking (more than a minute old, so that another window unpacking
     * at this moment keeps its own).
     */
    private static void sweepParts(Path dir) {
        long before = System.currentTimeMillis() - 60_000;
        try (var parts = Files.newDirectoryStream(dir, "*.part")) {
            for (Path p : parts) {
                if (Files.getLastModifiedTime(p).toMillis() < before) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "old unpacked copies not swept: {0}", e.toString());
        }
    }
}
