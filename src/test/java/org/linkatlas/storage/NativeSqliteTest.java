package org.linkatlas.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sqlite's native library kept in the cache folder: unpacked once, byte for byte the driver's own, reused as it
 * is, replaced when cut short, and left alone when a path is already set. The driver's properties are put back
 * after each test (they are the JVM's).
 */
class NativeSqliteTest {
    @TempDir
    Path cache;
    private String path;
    private String name;
    private String tmpdir;

    @BeforeEach
    void saveProperties() {
        path = System.getProperty("org.sqlite.lib.path");
        name = System.getProperty("org.sqlite.lib.name");
        tmpdir = System.getProperty("org.sqlite.tmpdir");
        System.clearProperty("org.sqlite.lib.path");
        System.clearProperty("org.sqlite.lib.name");
        System.clearProperty("org.sqlite.tmpdir");
    }

    @AfterEach
    void restoreProperties() {
        restore("org.sqlite.lib.path", path);
        restore("org.sqlite.lib.name", name);
        restore("org.sqlite.tmpdir", tmpdir);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void unpacksTheDriversLibraryOnceAndPointsTheDriverAtIt() throws Exception {
        Path lib = NativeSqlite.useCacheIn(cache);
        assertNotNull(lib, "this platform has a bundled library");
        assertEquals(lib.getParent().toString(), System.getProperty("org.sqlite.lib.path"));
        assertEquals(lib.getFileName().toString(), System.getProperty("org.sqlite.lib.name"));
        // its start-up sweep of old copies lists the version's own folder, not the shared /tmp
        assertEquals(lib.getParent().getParent().getParent().toString(), System.getProperty("org.sqlite.tmpdir"));
        String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + lib.getFileName();
        try (InputStream in = org.sqlite.util.OSInfo.class.getResourceAsStream(resource)) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(lib));
        }
        try (var files = Files.list(lib.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }

        // the next start reuses the copy as it is
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(lib, written);
        System.clearProperty("org.sqlite.lib.path");
        assertEquals(lib, NativeSqlite.useCacheIn(cache));
        assertEquals(written, Files.getLastModifiedTime(lib));

        // a copy cut short (a full disk, a killed copy by other means) is unpacked again
        long size = Files.size(lib);
        Files.write(lib, new byte[10]);
        System.clearProperty("org.sqlite.lib.path");
        assertEquals(lib, NativeSqlite.useCacheIn(cache));
        assertEquals(size, Files.size(lib));
    }

    @Test
    void aCopyLeftByAKilledStartIsSweptButAFreshOneKept() throws Exception {
        Path lib = NativeSqlite.useCacheIn(cache);
        assertNotNull(lib);
        Path old = Files.writeString(lib.getParent().resolve(lib.getFileName() + "123.part"), "cut short");
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path fresh = Files.writeString(lib.getParent().resolve(lib.getFileName() + "456.part"), "another window unpacking");
        Files.delete(lib); // the next start unpacks again
        System.clearProperty("org.sqlite.lib.path");
        assertEquals(lib, NativeSqlite.useCacheIn(cache));
        assertFalse(Files.exists(old), "an hour-old partial copy goes");
        assertTrue(Files.exists(fresh), "one being written now stays");
    }

    @Test
    void aLaterStartGoesByWhatTheFirstRecorded() throws Exception {
        Path lib = NativeSqlite.useCacheIn(cache);
        assertNotNull(lib);
        Path base = cache.resolve("native").resolve("sqlite-jdbc-" + org.sqlite.SQLiteJDBCLoader.getVersion());
        assertEquals(base, lib.getParent().getParent().getParent(), "one folder per driver version (from its jar's name)");
        Path record;
        try (var files = Files.list(base)) {
            record = files.filter(f -> f.getFileName().toString().startsWith("unpacked-")).findFirst().orElseThrow();
        }
        assertEquals(List.of(base.relativize(lib.getParent()).toString(), lib.getFileName().toString(),
                Long.toString(Files.size(lib))), Files.readAllLines(record));

        // the record is believed without asking the driver: a library of the recorded size where it says
        Path other = Files.createDirectories(base.resolve("Other").resolve("arch"));
        Files.write(other.resolve("libfake.so"), new byte[7]);
        Files.writeString(record, "Other/arch\nlibfake.so\n7\n");
        System.clearProperty("org.sqlite.lib.path");
        assertEquals(other.resolve("libfake.so"), NativeSqlite.useCacheIn(cache));
        assertEquals(other.toString(), System.getProperty("org.sqlite.lib.path"));
        assertEquals("libfake.so", System.getProperty("org.sqlite.lib.name"));

        // … but not when the size differs, the record does not parse, or it points outside the folder
        for (String bad : List.of("Other/arch\nlibfake.so\n8\n", "Other/arch\nlibfake.so\n", "garbage",
                "../../x\nlibfake.so\n7\n")) {
            Files.writeString(record, bad);
            System.clearProperty("org.sqlite.lib.path");
            assertEquals(lib, NativeSqlite.useCacheIn(cache), bad);
            assertEquals(lib.getParent().toString(), System.getProperty("org.sqlite.lib.path"));
        }
        try (var files = Files.list(base)) {
            assertEquals(0, files.filter(f -> f.toString().endsWith(".part")).count(), "no half-written record left");
        }
    }

    @Test
    void theDriversVersionComesFromItsJarsName() throws Exception {
        Path jar = Path.of(org.sqlite.SQLiteJDBCLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // the name the version is read from (Maven's and the app image's), and the version the driver says
        assertEquals("sqlite-jdbc-" + org.sqlite.SQLiteJDBCLoader.getVersion() + ".jar", jar.getFileName().toString());
        assertEquals(org.sqlite.SQLiteJDBCLoader.getVersion(), NativeSqlite.driverVersion());
    }

    @Test
    void aTemporaryFolderAlreadySetIsKept() {
        System.setProperty("org.sqlite.tmpdir", cache.resolve("mine").toString());
        assertNotNull(NativeSqlite.useCacheIn(cache));
        assertEquals(cache.resolve("mine").toString(), System.getProperty("org.sqlite.tmpdir"));
    }

    @Test
    void aPathAlreadySetIsLeftAlone() {
        System.setProperty("org.sqlite.lib.path", cache.resolve("elsewhere").toString());
        assertNull(NativeSqlite.useCacheIn(cache));
        assertEquals(cache.resolve("elsewhere").toString(), System.getProperty("org.sqlite.lib.path"));
        assertEquals(false, Files.exists(cache.resolve("native")));
    }
}
