package org.linkatlas.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.testing.Fixtures;

class UserStoreTest {
    @TempDir
    Path dir;
    Path bundled;
    Path userDir;

    @BeforeEach
    void bundledStore() {
        bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        try (Database db = Database.open(bundled)) {
            new CatalogueStore(db).write(Fixtures.minimal(), List.of());
            db.makeSelfContained();
        }
        userDir = dir.resolve("home");
    }

    @Test
    void theFirstStartCopiesTheBundledStore() {
        var outcome = new UserStore(bundled, userDir).open();
        var ready = assertInstanceOf(UserStore.Ready.class, outcome);
        try (Database db = ready.database()) {
            assertTrue(ready.copiedFromBundle());
            assertEquals(2, new LinkRepository(db).findAll().size());
        }
        assertTrue(Files.exists(userDir.resolve("link-atlas.sqlite")));
    }

    @Test
    void aLaterStartKeepsTheUsersEditsEvenWhenTheBundleChanges() throws Exception {
        var store = new UserStore(bundled, userDir);
        try (Database db = ((UserStore.Ready) store.open()).database(); Statement s = db.connection().createStatement()) {
            s.executeUpdate("UPDATE link SET name_en = 'Edited by the user' WHERE id = 'cau-thu'");
        }
        try (Database db = Database.open(bundled); Statement s = db.connection().createStatement()) {
            s.executeUpdate("UPDATE link SET name_en = 'New bundle' WHERE id = 'cau-thu'");
        }
        var again = assertInstanceOf(UserStore.Ready.class, new UserStore(bundled, userDir).open());
        try (Database db = again.database()) {
            assertFalse(again.copiedFromBundle());
            assertEquals("Edited by the user", new LinkRepository(db).findById("cau-thu").orElseThrow().nameEn());
        }
    }

    @Test
    void aFileThatIsNotSqliteIsReportedDamagedAndLeftAlone() throws Exception {
        Path user = userDir.resolve("link-atlas.sqlite");
        Files.createDirectories(userDir);
        byte[] garbage = "this is not a database, it is a holiday photo".getBytes();
        Files.write(user, garbage);
        var damaged = assertInstanceOf(UserStore.Damaged.class, new UserStore(bundled, userDir).open());
        assertTrue(damaged.reason().contains("not a SQLite database"), damaged.reason());
        assertArrayEquals(garbage, Files.readAllBytes(user), "nothing is changed before the user agrees");
    }

    @Test
    void aTruncatedStoreIsReportedDamaged() throws Exception {
        Path user = userDir.resolve("link-atlas.sqlite");
        Files.createDirectories(userDir);
        byte[] whole = Files.readAllBytes(bundled);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        // keep the header, scramble a page in the middle: SQLite's integrity check must notice
        for (int i = 4096; i < Math.min(half.length, 8192); i++) {
            half[i] = (byte) 0x5A;
        }
        Files.write(user, half);
        assertInstanceOf(UserStore.Damaged.class, new UserStore(bundled, userDir).open());
    }

    @Test
    void restoringKeepsTheDamagedFileAsideAndOpensAFreshCopy() throws Exception {
        Path user = userDir.resolve("link-atlas.sqlite");
        Files.createDirectories(userDir);
        Files.writeString(user, "garbage");
        var store = new UserStore(bundled, userDir);
        Path aside = store.restoreBundled();
        assertEquals("garbage", Files.readString(aside));
        assertTrue(aside.getFileName().toString().startsWith("link-atlas.sqlite.damaged-"));
        var ready = assertInstanceOf(UserStore.Ready.class, store.open());
        ready.database().close();
    }

    @Test
    void aMissingBundledStoreSaysHowToGetOne() {
        var store = new UserStore(dir.resolve("nowhere").resolve("link-atlas.sqlite"), userDir);
        var e = assertThrows(MissingBundleException.class, store::open);
        assertTrue(e.getMessage().contains("bundled store is missing"), e.getMessage());
        assertEquals(dir.resolve("nowhere").resolve("link-atlas.sqlite"), e.bundled(), "the window names where it looked");
    }
}
