package org.linkatlas.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The user's working copy of the store. The first start copies the bundled store into the user's data folder;
 * later starts keep that copy (an upgrade never overwrites the user's edits) and migrate it. A copy that is
 * damaged (empty, not SQLite, failing SQLite's checks) is reported, never silently replaced:
 * {@link #restoreBundled()} moves it aside and copies the bundled store anew. A store that cannot be written
 * (the file or its folder) opens read-only and says why; a data folder where no copy can be made falls back to
 * the bundled store, read-only. A store whose journal files beside it (SQLite's {@code -wal}, {@code -shm}) this
 * account cannot read is neither opened nor called damaged: they may hold its latest changes, and another account
 * (a run with sudo, another user) owns them. Does file I/O: call it off the JavaFX thread.
 */
public final class UserStore {
    private final Path bundled;
    private final Path userDir;
    private final Path userFile;

    /** Why a store was opened read-only. */
    public enum ReadOnlyReason {
        /** The store file's permissions forbid writing. */
        FILE_NOT_WRITABLE,
        /** The folder holding the store forbids writing (SQLite needs to write beside the file). */
        FOLDER_NOT_WRITABLE,
        /** No copy could be made in the data folder: the bundled store is shown instead. */
        DATA_FOLDER_UNWRITABLE,
        /** Another window holds the user's folder. */
        OPEN_ELSEWHERE,
        /** A journal file beside the store (its {@code -wal} or {@code -shm}) can be read but not written: another account's. */
        JOURNAL_NOT_WRITABLE
    }

    /** A read-only opening: why, which file is shown, and the folder or file that could not be written. */
    public record ReadOnly(ReadOnlyReason reason, Path shown, Path unwritable) {
    }

    /** What opening the user's store found. */
    public sealed interface Outcome permits Ready, Damaged, JournalUnreadable {
    }

    /** SQLite's files beside a store, which hold its changes not yet written into it and who is reading it. */
    private static final List<String> JOURNALS = List.of("-wal", "-shm");

    /**
     * The store is sound and open; {@code copiedFromBundle} on a first start or after a restore; {@code readOnly}
     * null when the store can be written; {@code upgradedToNewBundle} when a new bundled catalogue replaced the old
     * one under the user's edits.
     */
    public record Ready(Database database, boolean copiedFromBundle, ReadOnly readOnly, boolean upgradedToNewBundle)
            implements Outcome {
        public Ready(Database database, boolean copiedFromBundle) {
            this(database, copiedFromBundle, null, false);
        }

        public Ready(Database database, boolean copiedFromBundle, ReadOnly readOnly) {
            this(database, copiedFromBundle, readOnly, false);
        }
    }

    /** What is wrong with a damaged store, where the window can say it in its own language. */
    public enum DamageKind {
        /** 0 bytes. */
        EMPTY,
        /** It does not start as a SQLite database does. */
        NOT_SQLITE,
        /** Anything else: the reason is SQLite's (or the system's) own words. */
        OTHER
    }

    /** The user's file cannot be used; nothing has been changed on disk. */
    public record Damaged(Path file, String reason, DamageKind kind) implements Outcome {
        public Damaged(Path file, String reason) {
            this(file, reason, DamageKind.OTHER);
        }
    }

    /**
     * The store's journal files beside it ({@code journals}: their names, as {@code link-atlas.sqlite-wal}) cannot
     * be read by this account; nothing was opened or changed.
     */
    public record JournalUnreadable(Path file, List<String> journals) implements Outcome {
        public JournalUnreadable {
            journals = List.copyOf(journals);
        }
    }

    public UserStore(Path bundled, Path userDir) {
        this.bundled = bundled;
        this.userDir = userDir;
        this.userFile = userDir.resolve(bundled.getFileName());
    }

    public Path userFile() {
        return userFile;
    }

    public Outcome open() {
        boolean copied = false;
        if (!Files.exists(userFile)) {
            if (!Files.isRegularFile(bundled)) {
                throw missingBundle();
            }
            try {
                copyBundled();
                copied = true;
            } catch (StorageException e) {
                // the data folder cannot take a copy (no permission, a file in its place, a read-only disk)
                return openBundledReadOnly();
            }
        }
        Damaged damage = damage(userFile);
        if (damage != null) {
            return damage;
        }
        JournalUnreadable unreadable = unreadableJournals();
        if (unreadable != null) {
            return unreadable; // SQLite would fail with "unable to open database file", and a restore would hide them
        }
        Path unwritableJournal = unwritableJournal();
        if (unwritableJournal != null) {
            // SQLite would open it for writing and refuse the first save ("attempt to write a readonly database")
            return openReadOnly(new ReadOnly(ReadOnlyReason.JOURNAL_NOT_WRITABLE, userFile, unwritableJournal), false);
        }
        if (!Files.isWritable(userFile)) {
            // in a folder nobody may write too, SQLite cannot make the WAL's -shm beside it: an immutable opening
            return openReadOnly(new ReadOnly(ReadOnlyReason.FILE_NOT_WRITABLE, userFile, userFile),
                    !Files.isWritable(userDir));
        }
        if (!Files.isWritable(userDir)) {
            return openReadOnly(new ReadOnly(ReadOnlyReason.FOLDER_NOT_WRITABLE, userFile, userDir), true);
        }
        boolean upgraded = false;
        Database db = null;
        try {
            // opened once: the bundle's built-at is compared with the open store's, which stays open unless a new
            // bundle means rebuilding it
            db = Database.open(userFile);
            if (!copied && Files.isRegularFile(bundled) && BundleUpgrade.changed(bundled, db)) {
                db.close();
                db = null;
                upgraded = BundleUpgrade.upgrade(bundled, userFile);
                db = Database.open(userFile);
            }
        } catch (StorageException e) {
            if (db != null) {
                db.close();
            }
            return new Damaged(userFile, e.getMessage());
        } catch (RuntimeException e) {
            if (db != null) {
                db.close(); // not left open behind an unexpected failure
            }
            throw e;
        }
        return checked(new Ready(db, copied, null, upgraded));
    }

    /** Opens the user's store read-only because another window holds the folder (it may be writing). */
    public Outcome openWhileOpenElsewhere() {
        if (!Files.exists(userFile)) {
            return openBundledReadOnly(ReadOnlyReason.OPEN_ELSEWHERE);
        }
        Damaged damage = damage(userFile);
        if (damage != null) {
            return damage;
        }
        JournalUnreadable unreadable = unreadableJournals();
        if (unreadable != null) {
            return unreadable;
        }
        return openReadOnly(new ReadOnly(ReadOnlyReason.OPEN_ELSEWHERE, userFile, userFile), false);
    }

    private Outcome openBundledReadOnly() {
        return openBundledReadOnly(ReadOnlyReason.DATA_FOLDER_UNWRITABLE);
    }

    private Outcome openBundledReadOnly(ReadOnlyReason reason) {
        try {
            return checked(new Ready(Database.openReadOnly(bundled, true), false, new ReadOnly(reason, bundled, userDir)));
        } catch (StorageException e) {
            return new Damaged(bundled, e.getMessage());
        }
    }

    private Outcome openReadOnly(ReadOnly why, boolean immutable) {
        Database db;
        try {
            db = Database.openReadOnly(why.shown(), immutable);
        } catch (StorageException e) {
            return new Damaged(why.shown(), e.getMessage());
        }
        if (db.schemaVersion() != Database.CURRENT_VERSION) {
            int found = db.schemaVersion();
            db.close();
            // a read-only file cannot be migrated; reading it with today's queries would fail later and worse
            throw new StorageException(why.shown() + " has schema version " + found + " and cannot be upgraded to "
                    + Database.CURRENT_VERSION + " while it cannot be written");
        }
        return checked(new Ready(db, false, why));
    }

    private static Outcome checked(Ready ready) {
        List<String> problems = ready.database().integrityProblems();
        if (!problems.isEmpty()) {
            ready.database().close();
            return new Damaged(ready.database().file(), String.join("; ", problems.subList(0, Math.min(3, problems.size()))));
        }
        return ready;
    }

    /** The journal files beside the user's store that exist and this account cannot read; null when none. */
    private JournalUnreadable unreadableJournals() {
        List<String> names = new java.util.ArrayList<>();
        for (String suffix : JOURNALS) {
            Path side = userFile.resolveSibling(userFile.getFileName() + suffix);
            if (Files.exists(side) && !Files.isReadable(side)) {
                names.add(side.getFileName().toString());
            }
        }
        return names.isEmpty() ? null : new JournalUnreadable(userFile, names);
    }

    /** The first journal file beside the user's store that exists and this account cannot write; null when none. */
    private Path unwritableJournal() {
        for (String suffix : JOURNALS) {
            Path side = userFile.resolveSibling(userFile.getFileName() + suffix);
            if (Files.exists(side) && !Files.isWritable(side)) {
                return side;
            }
        }
        return null;
    }

    /** Why the file is not a store at all, before SQLite is asked (an empty file would open as a new, empty store). */
    private static Damaged damage(Path file) {
        try {
            if (Files.size(file) == 0) {
                return new Damaged(file, file + " is empty (0 bytes): it holds no store", DamageKind.EMPTY);
            }
            if (!Database.hasSqliteHeader(file)) {
                return new Damaged(file, file + " is not a SQLite database (damaged or a different kind of file)",
                        DamageKind.NOT_SQLITE);
            }
            return null;
        } catch (IOException e) {
            return new Damaged(file, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Keeps the damaged file as {@code link-atlas.sqlite.damaged-YYYYMMDD-HHMMSS} beside it, then copies the
     * bundled store in its place and opens it.
     *
     * @return where the damaged file was kept
     */
    public Path restoreBundled() {
        if (!Files.isWritable(userDir)) {
            throw new StorageException("cannot restore: the folder " + userDir + " cannot be written, so the damaged "
                    + userFile.getFileName() + " cannot be moved aside");
        }
        Path aside = userFile.resolveSibling(userFile.getFileName() + ".damaged-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            if (Files.exists(userFile)) {
                Files.move(userFile, aside);
                for (String suffix : new String[] {"-wal", "-shm"}) {
                    Path side = Path.of(userFile + suffix);
                    if (Files.exists(side)) {
                        Files.move(side, Path.of(aside + suffix));
                    }
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot move the damaged store " + userFile + " aside: " + e.getMessage(), e);
        }
        copyBundled();
        return aside;
    }

    private StorageException missingBundle() {
        return new MissingBundleException(bundled);
    }

    private void copyBundled() {
        if (!Files.isRegularFile(bundled)) {
            throw missingBundle();
        }
        Path temp = null;
        try {
            Files.createDirectories(userFile.getParent());
            temp = Files.createTempFile(userFile.getParent(), userFile.getFileName().toString(), ".copying");
            Files.copy(bundled, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, userFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("cannot copy the bundled store to " + userFile + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the start-up sweep removes it next time
                }
            }
        }
    }
}
