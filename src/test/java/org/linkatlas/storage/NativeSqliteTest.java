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

    @BeforeEach
    void saveProperties() {
        path = System.getProperty("org.sqlite.lib.path");
        name = System.getProperty("org.sqlite.lib.name");
        System.clearProperty("org.sqlite.lib.path");
        System.clearProperty("org.sqlite.lib.name");
    }

    @AfterEach
    void restoreProperties() {
        restore("org.sqlite.lib.path", path);
        restore("org.sqlite.lib.name", name);
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
    void aPathAlreadySetIsLeftAlone() {
        System.setProperty("org.sqlite.lib.path", cache.resolve("elsewhere").toString());
        assertNull(NativeSqlite.useCacheIn(cache));
        assertEquals(cache.resolve("elsewhere").toString(), System.getProperty("org.sqlite.lib.path"));
        assertEquals(false, Files.exists(cache.resolve("native")));
    }
}
