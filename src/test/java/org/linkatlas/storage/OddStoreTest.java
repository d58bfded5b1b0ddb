package org.linkatlas.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.testing.Fixtures;
import org.linkatlas.testing.ReadOnlyFiles;
import org.linkatlas.testing.StoreChild;
import org.linkatlas.testing.UnreadableFiles;

/** Issue 11, "Odd stores": empty and foreign files, read-only files and folders, a data folder that takes no copy. */
class OddStoreTest {
    @TempDir
    Path dir;
    Path bundled;
    Path userDir;
    Path userFile;
    final List<Path> readOnly = new ArrayList<>();

    @BeforeEach
    void bundledStoreAndAUserCopy() {
        bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        try (Database db = Database.open(bundled)) {
            new CatalogueStore(db).write(Fixtures.minimal(), List.of());
            db.makeSelfContained();
        }
        userDir = dir.resolve("home");
        userFile = userDir.resolve("link-atlas.sqlite");
    }

    final List<Path> unreadable = new ArrayList<>();

    @AfterEach
    void writableAgain() throws Exception {
        for (Path p : readOnly) {
            ReadOnlyFiles.undo(p);
        }
        for (Path p : unreadable) {
            UnreadableFiles.undo(p);
        }
    }

    private void makeReadOnly(Path p) throws Exception {
        readOnly.add(p);
        ReadOnlyFiles.make(p);
    }

    /** A user copy as a real first start leaves it: copied and opened once (WAL mode), then closed. */
    private void firstStart() {
        var ready = assertInstanceOf(UserStore.Ready.class, new UserStore(bundled, userDir).open());
        ready.database().close();
    }

    @Test
    void anEmptyFileIsDamagedNotAnEmptyAtlas() throws Exception {
        Files.createDirectories(userDir);
        Files.createFile(userFile);
        var damaged = assertInstanceOf(UserStore.Damaged.class, new UserStore(bundled, userDir).open());
        assertTrue(damaged.reason().contains("is empty (0 bytes)"), damaged.reason());
        assertEquals(0, Files.size(userFile), "nothing written into it");
        Path aside = new UserStore(bundled, userDir).restoreBundled();
        assertEquals(0, Files.size(aside), "the empty file is kept aside");
        var ready = assertInstanceOf(UserStore.Ready.class, new UserStore(bundled, userDir).open());
        try (Database db = ready.database()) {
            assertEquals(2, new LinkRepository(db).findAll().size());
        }
    }

    @Test
    void aFileOfAnotherKindIsDamagedAndKeptAsItWas() throws Exception {
        Files.createDirectories(userDir);
        byte[] png = Files.readAllBytes(Path.of("docs/region-en.png"));
        Files.write(userFile, png);
        var damaged = assertInstanceOf(UserStore.Damaged.class, new UserStore(bundled, userDir).open());
        assertTrue(damaged.reason().contains("not a SQLite database"), damaged.reason());
        assertArrayEquals(png, Files.readAllBytes(userFile));
    }

    @Test
    void aReadOnlyStoreFileOpensReadOnlyAndSaysWhy() throws Exception {
        firstStart();
        makeReadOnly(userFile);
        var ready = assertInstanceOf(UserStore.Ready.class, new UserStore(bundled, userDir).open());
        try (Database db = ready.database()) {
            assertEquals(UserStore.ReadOnlyReason.FILE_NOT_WRITABLE, ready.readOnly().reason());
            assertEquals(userFile, ready.readOnly().shown());
            assertEquals(2, new LinkRepository(db).findAll().size(), "the atlas is there to read");
            assertThrows(StorageException.class, () -> db.inTransaction(() -> {
                try (var s = db.connection().createStatement()) {
                    return s.executeUpdate("UPDATE link SET name_en = 'x'");
                }
            }));
        }
    }

    @Test
    void aStoreInAReadOnlyFolderOpensReadOnlyNotDamaged() throws Exception {
        firstStart();
        makeReadOnly(userDir);
        var outcome = new UserStore(bundled, userDir).open();
        var ready = assertInstanceOf(UserStore.Ready.class, outcome, "not called damaged: " + outcome);
        try (Database db = ready.database()) {
            assertEquals(UserStore.ReadOnlyReason.FOLDER_NOT_WRITABLE, ready.readOnly().reason());
            assertEquals(userDir, ready.readOnly().unwritable());
            assertEquals(2, new LinkRepository(db).findAll().size());
        }
    }

    @Test
    void aReadOnlyStoreInAReadOnlyFolderOpensReadOnlyNotFailed() throws Exception {
        // as a store copied onto a read-only share, or left by another account: neither file nor folder writable
        firstStart();
        makeReadOnly(userFile);
        makeReadOnly(userDir);
        var outcome = new UserStore(bundled, userDir).open();
        var ready = assertInstanceOf(UserStore.Ready.class, outcome, "not damaged, not failed: " + outcome);
        try (Database db = ready.database()) {
            assertEquals(UserStore.ReadOnlyReason.FILE_NOT_WRITABLE, ready.readOnly().reason());
            assertEquals(2, new LinkRepository(db).findAll().size(), "the atlas is there to read");
        }
    }

    @Test
    void aDamagedStoreInAReadOnlyFolderIsNotOfferedARestoreThatWouldFail() throws Exception {
        Files.createDirectories(userDir);
        Files.writeString(userFile, "garbage");
        makeReadOnly(userDir);
        var store = new UserStore(bundled, userDir);
        assertInstanceOf(UserStore.Damaged.class, store.open());
        var e = assertThrows(StorageException.class, store::restoreBundled);
        assertTrue(e.getMessage().contains("cannot be written"), e.getMessage());
        assertEquals("garbage", Files.readString(userFile));
    }

    @Test
    void anUnwritableDataFolderFallsBackToTheBundledStoreReadOnly() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("share"));
        makeReadOnly(parent);
        Path home = parent.resolve("link-atlas");
        var ready = assertInstanceOf(UserStore.Ready.class, new UserStore(bundled, home).open());
        try (Database db = ready.database()) {
            assertEquals(UserStore.ReadOnlyReason.DATA_FOLDER_UNWRITABLE, ready.readOnly().reason());
            assertEquals(bundled, ready.readOnly().shown());
            assertEquals(home, ready.readOnly().unwritable());
            assertEquals(2, new LinkRepository(db).findAll().size(), "the bundled atlas, not an empty window");
        }
        assertTrue(Files.notExists(home));
    }

    @Test
    void whileOpenElsewhereTheUsersStoreOpensReadOnly() {
        firstStart();
        var ready = assertInstanceOf(UserStore.Ready.class, new UserStore(bundled, userDir).openWhileOpenElsewhere());
        try (Database db = ready.database()) {
            assertEquals(UserStore.ReadOnlyReason.OPEN_ELSEWHERE, ready.readOnly().reason());
            assertEquals(2, new LinkRepository(db).findAll().size());
        }
    }

    @Test
    void aStoreWhoseJournalFilesCannotBeReadIsNotCalledDamagedAndLosesNothing() throws Exception {
        firstStart();
        String changed = StoreJournals.journalsLeftBeside(userFile);
        Path wal = Path.of(userFile + "-wal");
        Path shm = Path.of(userFile + "-shm");
        List<byte[]> before = List.of(Files.readAllBytes(userFile), Files.readAllBytes(wal), Files.readAllBytes(shm));
        unreadable.add(wal);
        unreadable.add(shm);
        UnreadableFiles.make(wal);
        UnreadableFiles.make(shm);
        // in a JVM that cannot read them (as another account's files are to this one); as root, one without the
        // capabilities that read past permissions
        var run = UnreadableFiles.java(wal, StoreChild.class.getName(), "store", bundled.toString(), userDir.toString());
        assertEquals(0, run.code(), run.output());
        assertEquals("JournalUnreadable[file=" + userFile + ", journals=[link-atlas.sqlite-wal, link-atlas.sqlite-shm]]",
                run.output().strip().lines().reduce((a, b) -> b).orElse(""), run.output());
        UnreadableFiles.undo(wal);
        UnreadableFiles.undo(shm);
        assertArrayEquals(before.get(0), Files.readAllBytes(userFile), "the store as it was");
        assertArrayEquals(before.get(1), Files.readAllBytes(wal), "the journal as it was");
        assertArrayEquals(before.get(2), Files.readAllBytes(shm));
        try (Stream<Path> files = Files.list(userDir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".damaged-")), "nothing moved aside");
        }
        // readable again, the store opens with the change the journal held
        var ready = assertInstanceOf(UserStore.Ready.class, new UserStore(bundled, userDir).open());
        try (Database db = ready.database()) {
            assertTrue(new LinkRepository(db).findAll().stream().allMatch(l -> changed.equals(l.nameEn())));
        }
    }

    @Test
    void aStoreWhoseJournalFilesCannotBeWrittenOpensReadOnlyWithTheJournalsChanges() throws Exception {
        firstStart();
        String changed = StoreJournals.journalsLeftBeside(userFile);
        Path wal = Path.of(userFile + "-wal");
        Path shm = Path.of(userFile + "-shm");
        byte[] walBefore = Files.readAllBytes(wal);
        unreadable.add(wal);
        unreadable.add(shm);
        UnreadableFiles.makeUnwritable(wal);
        UnreadableFiles.makeUnwritable(shm);
        var run = UnreadableFiles.javaThatCannotWrite(wal, StoreChild.class.getName(), "store", bundled.toString(),
                userDir.toString());
        assertEquals(0, run.code(), run.output());
        // read-only and saying why, not a writable store whose first save SQLite refuses; the journal's change shown
        assertEquals("ready JOURNAL_NOT_WRITABLE " + changed, run.output().strip().lines().reduce((a, b) -> b).orElse(""),
                run.output());
        UnreadableFiles.undo(wal);
        assertArrayEquals(walBefore, Files.readAllBytes(wal), "the journal as it was");
    }

    @Test
    void aWritableStoreIsNotReadOnly() {
        var ready = assertInstanceOf(UserStore.Ready.class, new UserStore(bundled, userDir).open());
        ready.database().close();
        assertNull(ready.readOnly());
    }
}
