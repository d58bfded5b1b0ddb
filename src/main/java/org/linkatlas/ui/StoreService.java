package org.linkatlas.ui;

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
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.QuoteAnchor;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.SourceDocument;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;
import org.linkatlas.storage.UserStore;

/**
 * Opens the user's store and reads it (the edit log applied over the bundle), and saves edits, on one
 * background thread that owns the {@link Database}; callers get futures and must hop back to the JavaFX thread
 * themselves. Any thread may call it.
 */
public final class StoreService implements AutoCloseable {
    private final UserStore userStore;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "link-atlas-store");
        t.setDaemon(true);
        return t;
    });
    private Database database; // confined to the executor thread
    private EditStore edits; // confined to the executor thread

    /** What a load produced. */
    public sealed interface Result permits Loaded, Damaged, Failed {
    }

    /**
     * The catalogue as the user edited it (the log applied over the bundle), with the conflicts a new bundle
     * left open and the quotes flagged as no longer in their source.
     */
    public record Loaded(Catalogue catalogue, Path file, boolean copiedFromBundle, List<Conflict> conflicts,
                         List<QuoteAnchor> flaggedQuotes) implements Result {
        public Loaded(Catalogue catalogue, Path file, boolean copiedFromBundle) {
            this(catalogue, file, copiedFromBundle, List.of(), List.of());
        }
    }

    public record Damaged(Path file, String reason) implements Result {
    }

    public record Failed(String message) implements Result {
    }

    public StoreService(Path bundledStore, Path userDir) {
        this.userStore = new UserStore(bundledStore, userDir);
    }

    public CompletableFuture<Result> load() {
        return CompletableFuture.supplyAsync(this::openAndRead, executor);
    }

    /** Moves the damaged file aside, copies the bundled store and loads it. */
    public CompletableFuture<Result> restoreBundledAndLoad() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                userStore.restoreBundled();
            } catch (StorageException e) {
                return new Failed(e.getMessage());
            }
            return openAndRead();
        }, executor);
    }

    private Result openAndRead() {
        try {
            closeDatabase();
            UserStore.Outcome outcome = userStore.open();
            if (outcome instanceof UserStore.Damaged d) {
                return new Damaged(d.file(), d.reason());
            }
            UserStore.Ready ready = (UserStore.Ready) outcome;
            database = ready.database();
            edits = new EditStore(database, Clock.systemDefaultZone());
            EditStore.Loaded loaded = edits.load();
            return new Loaded(loaded.catalogue(), userStore.userFile(), ready.copiedFromBundle(), loaded.conflicts(),
                    loaded.flaggedQuotes());
        } catch (StorageException e) {
            return new Failed(e.getMessage());
        }
    }

    /**
     * Validates and saves an edit session's changes (taken on the caller's thread) on the store thread, in one
     * transaction; the JavaFX thread only waits for the future.
     */
    public CompletableFuture<EditStore.SaveResult> save(Catalogue current, List<RecordChange> changes, String author,
                                                       String comment, boolean acceptWarnings) {
        return CompletableFuture.supplyAsync(() -> requireEdits().save(current, changes, author, comment, acceptWarnings), executor);
    }

    public CompletableFuture<EditStore.SaveResult> revert(String changeset, Catalogue current, String author) {
        return CompletableFuture.supplyAsync(() -> requireEdits().revert(changeset, current, author, null), executor);
    }

    public CompletableFuture<List<Changeset>> history(Optional<RecordRef> record) {
        return CompletableFuture.supplyAsync(() -> requireEdits().history(record), executor);
    }

    /** Reads the article (file I/O, PDF parsing) and keeps it in the store, both on the store thread. */
    public CompletableFuture<SourceDocument> importSource(Path file, SourceImporter.Metadata metadata) {
        return CompletableFuture.supplyAsync(() -> {
            SourceDocument d = SourceImporter.fromFile(file, metadata);
            requireEdits().keepSource(d);
            return d;
        }, executor);
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
        executor.submit(this::closeDatabase);
        executor.shutdown();
    }
}
