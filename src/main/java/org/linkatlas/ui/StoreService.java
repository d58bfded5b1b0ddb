package org.linkatlas.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.linkatlas.model.Catalogue;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;
import org.linkatlas.storage.UserStore;

/**
 * Opens the user's store and reads it, on one background thread that owns the {@link Database}; callers get
 * futures and must hop back to the JavaFX thread themselves. Any thread may call it.
 */
public final class StoreService implements AutoCloseable {
    private final UserStore userStore;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "link-atlas-store");
        t.setDaemon(true);
        return t;
    });
    private Database database; // confined to the executor thread

    /** What a load produced. */
    public sealed interface Result permits Loaded, Damaged, Failed {
    }

    public record Loaded(Catalogue catalogue, Path file, boolean copiedFromBundle) implements Result {
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
            return new Loaded(new CatalogueStore(database).read(), userStore.userFile(), ready.copiedFromBundle());
        } catch (StorageException e) {
            return new Failed(e.getMessage());
        }
    }

    private void closeDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @Override
    public void close() {
        executor.submit(this::closeDatabase);
        executor.shutdown();
    }
}
