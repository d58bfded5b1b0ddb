package org.linkatlas.ui;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.linkatlas.edit.Conflict;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.SourceImporter;
import org.linkatlas.files.InstanceLock;
import org.linkatlas.files.PartJournal;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.QuoteAnchor;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.SourceDocument;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.MissingBundleException;
import org.linkatlas.storage.StorageException;
import org.linkatlas.storage.UserStore;

/**
 * Opens the user's store and reads it (the edit log applied over the bundle), and saves edits, on one
 * background thread that owns the {@link Database}; callers get futures and must hop back to the JavaFX thread
 * themselves. It takes the user folder's {@link InstanceLock} first: a second window is answered
 * {@link OpenElsewhere} and may then {@link #loadReadOnly()}. The first window also sweeps what killed writes left
 * (stale {@code .part} files, a half-made store copy). Whether the store is read-only, and why, is a state anyone
 * may ask ({@link #readOnly()}): a save is refused while it is. Any thread may call it.
 */
public final class StoreService implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(StoreService.class.getName());
    private final UserStore userStore;
    private final Path userDir;
    /** Region and water for the geometry rules of a save (issue 14), read at the first save on this thread. */
    private final java.util.function.Supplier<org.linkatlas.edit.geometry.GeometryContext> geometryContext =
            org.linkatlas.edit.geometry.GeometryContext.lazy(org.linkatlas.AppPaths.basemapDir());
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "link-atlas-store");
        t.setDaemon(true);
        return t;
    });
    private Database database; // confined to the executor thread
    private InstanceLock lock; // confined to the executor thread
    private volatile UserStore.ReadOnly readOnly;
    private EditStore edits; // confined to the executor thread

    /** What a load produced. */
    public sealed interface Result permits Loaded, Damaged, Failed, OpenElsewhere, JournalUnreadable, BundleMissing {
    }

    /**
     * The catalogue as the user edited it (the log applied over the bundle), with the conflicts a new bundle
     * left open and the quotes flagged as no longer in their source; {@code readOnly} null when the store can be
     * written, else why not.
     */
    public record Loaded(Catalogue catalogue, Path file, boolean copiedFromBundle, UserStore.ReadOnly readOnly,
                         List<Conflict> conflicts, List<QuoteAnchor> flaggedQuotes) implements Result {
        public Loaded(Catalogue catalogue, Path file, boolean copiedFromBundle) {
            this(catalogue, file, copiedFromBundle, null, List.of(), List.of());
        }
    }

    /**
     * The file is not a usable store; {@code restorable} when the bundled copy can be put in its place; {@code kind}
     * what is wrong when the window can say it in its own words, else the {@code reason} as it came.
     */
    public record Damaged(Path file, String reason, boolean restorable, UserStore.DamageKind kind) implements Result {
        public Damaged(Path file, String reason, boolean restorable) {
            this(file, reason, restorable, UserStore.DamageKind.OTHER);
        }
    }

    public record Failed(String message) implements Result {
    }

    /** The catalogue that comes with the program is missing (a broken install): there is nothing to copy or restore. */
    public record BundleMissing(Path bundled) implements Result {
    }

    /**
     * The journal files beside the store ({@code journals}, by name) cannot be read by this account: nothing was
     * opened or changed, and no restore is offered (they may hold the latest changes).
     */
    public record JournalUnreadable(Path file, List<String> journals) implements Result {
    }

    /** Another window holds the user's folder; nothing was opened. */
    public record OpenElsewhere(Path folder) implements Result {
    }

    public StoreService(Path bundledStore, Path userDir) {
        this.userStore = new UserStore(bundledStore, userDir);
        this.userDir = userDir;
    }

    /** The folder where interrupted writes are journalled (see {@link PartJournal}). */
    public static Path partJournal(Path userDir) {
        return userDir.resolve(".parts");
    }

    public CompletableFuture<Result> load() {
        return CompletableFuture.supplyAsync(() -> {
            if (lock == null) {
                InstanceLock.Attempt attempt = InstanceLock.tryAcquire(userDir);
                if (attempt.state() == InstanceLock.State.HELD_ELSEWHERE) {
                    return new OpenElsewhere(userDir);
                }
                lock = attempt.lock();
                if (lock != null) {
                    sweep();
                }
            }
            org.linkatlas.StartupTrace.mark("store: lock taken, swept");
            Result r = openAndRead(false);
            org.linkatlas.StartupTrace.mark("store: catalogue read");
            return r;
        }, executor);
    }

    /** After {@link OpenElsewhere}: the user's store, read-only, beside the window that holds it. */
    public CompletableFuture<Result> loadReadOnly() {
        return CompletableFuture.supplyAsync(() -> openAndRead(true), executor);
    }

    /** Moves the damaged file aside, copies the bundled store and loads it. */
    public CompletableFuture<Result> restoreBundledAndLoad() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                userStore.restoreBundled();
            } catch (MissingBundleException e) {
                return new BundleMissing(e.bundled());
            } catch (StorageException e) {
                return new Failed(e.getMessage());
            }
            return openAndRead(false);
        }, executor);
    }

    /** Null while the store can be written (or before it is open); else why it cannot. */
    public UserStore.ReadOnly readOnly() {
        return readOnly;
    }

    public boolean isReadOnly() {
        return readOnly != null;
    }

    /** Stale {@code .part} files of killed writes, and a store copy a killed first start left half made. */
    private void sweep() {
        int parts = PartJournal.cleanStale(partJournal(userDir));
        int copies = 0;
        try (DirectoryStream<Path> half = Files.newDirectoryStream(userDir, "*.copying")) {
            for (Path p : half) {
                Files.deleteIfExists(p);
                copies++;
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot sweep {0}: {1}", userDir, e.getMessage());
        }
        if (parts + copies > 0) {
            LOG.log(System.Logger.Level.INFO, "removed {0} unfinished file(s) left by a stopped write", parts + copies);
        }
    }

    private Result openAndRead(boolean elsewhere) {
        try {
            closeDatabase();
            UserStore.Outcome outcome = elsewhere ? userStore.openWhileOpenElsewhere() : userStore.open();
            if (outcome instanceof UserStore.Damaged d) {
                return new Damaged(d.file(), d.reason(), d.file().equals(userStore.userFile()) && Files.isWritable(userDir),
                        d.kind());
            }
            if (outcome instanceof UserStore.JournalUnreadable j) {
                return new JournalUnreadable(j.file(), j.journals());
            }
            UserStore.Ready ready = (UserStore.Ready) outcome;
            org.linkatlas.StartupTrace.mark("store: opened, migrated");
            database = ready.database();
            readOnly = ready.readOnly();
            Path shown = ready.readOnly() == null ? userStore.userFile() : ready.readOnly().shown();
            edits = new EditStore(database, Clock.systemDefaultZone(), geometryContext);
            EditStore.Loaded loaded = edits.load();
            return new Loaded(loaded.catalogue(), shown, ready.copiedFromBundle(), ready.readOnly(), loaded.conflicts(),
                    loaded.flaggedQuotes());
        } catch (MissingBundleException e) {
            return new BundleMissing(e.bundled());
        } catch (StorageException e) {
            return new Failed(e.getMessage());
        } catch (RuntimeException e) {
            // e.g. a changeset in the log that this version cannot replay (a value a newer version wrote): the
            // window says so instead of never leaving "Opening…"; the file is left as it is
            return new Failed("the store's history of edits could not be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /**
     * Validates and saves an edit session's changes (taken on the caller's thread) on the store thread, in one
     * transaction; the JavaFX thread only waits for the future.
     */
    public CompletableFuture<EditStore.SaveResult> save(Catalogue current, List<RecordChange> changes, String author,
                                                       String comment, boolean acceptWarnings) {
        return CompletableFuture.supplyAsync(() -> requireWritable().save(current, changes, author, comment, acceptWarnings), executor);
    }

    public CompletableFuture<EditStore.SaveResult> revert(String changeset, Catalogue current, String author) {
        return CompletableFuture.supplyAsync(() -> requireWritable().revert(changeset, current, author, null), executor);
    }

    public CompletableFuture<List<Changeset>> history(Optional<RecordRef> record) {
        return CompletableFuture.supplyAsync(() -> requireEdits().history(record), executor);
    }

    /** Reads the article (file I/O, PDF parsing) and keeps it in the store, both on the store thread. */
    public CompletableFuture<SourceDocument> importSource(Path file, SourceImporter.Metadata metadata) {
        return CompletableFuture.supplyAsync(() -> {
            SourceDocument d = SourceImporter.fromFile(file, metadata);
            requireWritable().keepSource(d);
            return d;
        }, executor);
    }

    /** Keeps pasted text as an article, on the store thread. */
    public CompletableFuture<SourceDocument> importText(String text, SourceImporter.Metadata metadata) {
        return CompletableFuture.supplyAsync(() -> {
            SourceDocument d = SourceImporter.fromText(text, metadata);
            requireWritable().keepSource(d);
            return d;
        }, executor);
    }

    /** Writes the user's changesets (all, or those since a time) and the articles they quote to {@code file}. */
    public CompletableFuture<Integer> exportChanges(Path file, Optional<java.time.Instant> since) {
        return CompletableFuture.supplyAsync(() -> new org.linkatlas.edit.ChangeExchange(database, requireEdits(),
                Clock.systemDefaultZone()).export(file, since), executor);
    }

    /**
     * Applies another office's file over {@code current} (the last saved catalogue): changesets this store has are
     * skipped, each other one applied whole or reported and left out.
     */
    public CompletableFuture<org.linkatlas.edit.ChangeExchange.ImportResult> importChanges(Path file, Catalogue current) {
        return CompletableFuture.supplyAsync(() -> new org.linkatlas.edit.ChangeExchange(database, requireWritable(),
                Clock.systemDefaultZone()).importFile(file, current), executor);
    }

    /** The articles imported into the user's store (their titles label them in the window). */
    public CompletableFuture<List<SourceDocument>> documents() {
        return CompletableFuture.supplyAsync(() -> requireEdits().documents(), executor);
    }

    /** The edit store for a write; refused while the store is read-only (another window, a read-only file or folder). */
    /** Runs {@code work} with the user's edit store on the store thread (a sync with the office's server). */
    public <T> CompletableFuture<T> withEdits(java.util.function.Function<EditStore, T> work) {
        return CompletableFuture.supplyAsync(() -> work.apply(requireWritable()), executor);
    }

    private EditStore requireWritable() {
        UserStore.ReadOnly why = readOnly;
        if (why != null) {
            throw new IllegalStateException("the atlas is open read-only (" + why.reason() + "): nothing can be saved");
        }
        return requireEdits();
    }

    private EditStore requireEdits() {
        if (edits == null) {
            throw new IllegalStateException("the store is not open");
        }
        return edits;
    }

    private void closeDatabase() {
        if (database != null) {
            database.close();
            database = null;
            edits = null;
        }
    }

    @Override
    public void close() {
        executor.submit(() -> {
            closeDatabase();
            if (lock != null) {
                lock.close();
                lock = null;
            }
        });
        executor.shutdown();
        // at exit: the window is gone, so a bounded wait freezes nothing, and the store and its lock are let go
        // before the process (or a test's folder) goes
        try {
            if (!executor.awaitTermination(3, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "the store thread did not finish closing within 3 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
