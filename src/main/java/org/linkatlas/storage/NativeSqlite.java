package org.linkatlas.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * sqlite-jdbc unpacks its native library into the temporary folder at every start (about 1 MB written, then
 * both copies read again for their MD5). This keeps one copy per driver version in the user's cache folder,
 * unpacked once, and points the driver at it ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}), so a
 * later start only loads it. What was unpacked (folder, name, size) is recorded beside it per OS and architecture,
 * so a later start finds it with a small read and a size check instead of the driver's platform probe. Best effort: when the copy cannot be made, or a path is already set, the driver
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
            Path base = cacheDir.resolve("native").resolve("sqlite-jdbc-" + driverVersion());
            Path record = base.resolve("unpacked-" + (System.getProperty("os.name", "") + "-"
                    + System.getProperty("os.arch", "")).replaceAll("[^A-Za-z0-9._-]", "_") + ".txt");
            Path lib = recorded(base, record);
            if (lib == null) {
                lib = unpack(base, record);
            }
            if (lib == null) {
                return null; // no bundled library for this platform: the driver looks on the library path itself
            }
            System.setProperty("org.sqlite.lib.path", lib.getParent().toString());
            System.setProperty("org.sqlite.lib.name", lib.getFileName().toString());
            if (System.getProperty("org.sqlite.tmpdir") == null) {
                // the driver lists its temporary folder at its start to remove copies older starts left there: this
                // small one instead of the shared /tmp (1,668 entries on the machine the figures come from)
                System.setProperty("org.sqlite.tmpdir", base.toString());
            }
            return lib;
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "sqlite native library not cached: {0}", e.toString());
            return null;
        }
    }

    /**
     * The copy a start before this one unpacked and recorded (its folder, name and size), when it is there whole;
     * else null. This is the usual start: the driver's own way to its folder name (it runs {@code uname} and reads
     * {@code /proc/self/map_files}) took about 15 ms beside the toolkit's start. (The driver still reads its version
     * resource once, in its own start-up sweep.) The record is per OS name and architecture, not per C library: a
     * home shared by a glibc and a musl system gets one's library recorded; the other's driver then fails to load it
     * and unpacks its own copy, as without this class.
     */
    private static Path recorded(Path base, Path record) {
        try {
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            if (lines.size() < 3) {
                return null;
            }
            Path lib = base.resolve(lines.get(0)).resolve(lines.get(1)).normalize();
            if (!lib.startsWith(base) || !Files.isRegularFile(lib) || Files.size(lib) != Long.parseLong(lines.get(2))) {
                return null;
            }
            return lib;
        } catch (IOException | RuntimeException e) {
            return null; // not recorded yet, or not readable: found the long way
        }
    }

    /** The long way: the driver's folder for this platform, its bundled library unpacked when not whole, recorded. */
    private static Path unpack(Path base, Path record) throws IOException {
        String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        if (name.endsWith(".jnilib")) {
            name = name.replace(".jnilib", ".dylib"); // the driver's name on macOS
        }
        URL resource = org.sqlite.util.OSInfo.class.getResource("/org/sqlite/native/" + folder + "/" + name);
        if (resource == null) {
            return null;
        }
        long size = resource.openConnection().getContentLengthLong();
        Path dir = base.resolve(folder);
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
        sweepParts(base); // a record's copy a killed start left
        Path temp = Files.createTempFile(base, record.getFileName().toString(), ".part");
        try {
            Files.writeString(temp, folder + "\n" + name + "\n" + Files.size(lib) + "\n", StandardCharsets.UTF_8);
            Files.move(temp, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return lib;
    }

    /**
     * The driver's version from its jar's name ({@code sqlite-jdbc-3.54.1.0.jar}, as Maven and the app image name
     * it: no read), else as the driver tells it.
     */
    static String driverVersion() {
        try {
            java.security.CodeSource source = org.sqlite.SQLiteJDBCLoader.class.getProtectionDomain().getCodeSource();
            String jar = source == null ? "" : Path.of(source.getLocation().toURI()).getFileName().toString();
            java.util.regex.Matcher m = JAR.matcher(jar);
            if (m.matches()) {
                return m.group(1);
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // not a jar on a file system: ask the driver
        }
        return org.sqlite.SQLiteJDBCLoader.getVersion();
    }

    private static final java.util.regex.Pattern JAR = java.util.regex.Pattern.compile("sqlite-jdbc-([0-9][0-9A-Za-z.-]*)\\.jar");

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
