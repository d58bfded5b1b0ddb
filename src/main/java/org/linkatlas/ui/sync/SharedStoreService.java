package org.linkatlas.ui.sync;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.linkatlas.storage.StorageException;
import org.linkatlas.storage.pg.ChangeListener;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.storage.pg.SharedLog;
import org.linkatlas.sync.StoreSync;
import org.linkatlas.ui.StoreService;

/**
 * The window's link to a shared store, on one background thread ({@code link-atlas-server}): connects, reads
 * what the user may do there, keeps a {@link ChangeListener} open so the window hears of others' pushes (and how
 * many changesets it has not taken in), and synchronises over a second kept connection (the one it connected
 * and read the user's rights with).
 * The password is used for the connections and then wiped. Callers get futures and hop to the JavaFX thread
 * themselves; callbacks come on the listener's thread. Any thread may call it.
 */
public final class SharedStoreService implements AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "link-atlas-server");
        t.setDaemon(true);
        return t;
    });
    private ChangeListener listener; // confined to the executor thread
    private PgStore syncConnection; // opened on the executor thread; lent to the store thread for one sync at a time
    private ServerAddress address; // confined to the executor thread
    private long seenSeq; // confined to the executor thread: the log's end as this window last took it in

    /** What a connection found. */
    public sealed interface Outcome permits Connected, Failed {
    }

    /**
     * @param canEdit    an editor (may push) rather than a viewer
     * @param latestSeq  the newest changeset on the server when connecting
     */
    public record Connected(ServerAddress address, String serverVersion, String postgisVersion, int schemaVersion,
                            boolean canEdit, long latestSeq) implements Outcome {
    }

    /**
     * @param reason  what went wrong, for a message in the user's language
     * @param message the server's own words (English), shown for {@link PgStore.Reason#OTHER}
     */
    public record Failed(PgStore.Reason reason, String message) implements Outcome {
        public boolean needsPassword() {
            return reason == PgStore.Reason.PASSWORD;
        }
    }

    /**
     * Connects and starts listening; a previous connection is closed first.
     *
     * @param password typed by the user, or empty for ~/.pgpass; wiped once used
     * @param onPush   told, whenever someone pushes, how many changesets this window has not synchronised yet
     *                 (on this service's thread)
     */
    public CompletableFuture<Outcome> connect(ServerAddress address, char[] password, Consumer<Long> onPush,
                                              Consumer<PgStore.Reason> onLost) {
        return CompletableFuture.supplyAsync(() -> {
            closeListener();
            Optional<char[]> typed = password.length == 0 ? Optional.empty() : Optional.of(password);
            PgStore server = null;
            try {
                server = PgStore.connect(address, typed);
                int version = server.schemaVersion();
                Connected c = new Connected(address, server.serverVersion(), server.postgisVersion().orElse(""), version,
                        server.canEdit(), version == 0 ? 0 : new SharedLog(server).latestSeq());
                listener = ChangeListener.start(PgStore.connect(address, typed), seq -> executor.execute(() -> unseen(onPush)),
                        e -> onLost.accept(PgStore.reason(e)));
                // what was asked above left nothing behind on the connection (plain reads, a committed read-only
                // transaction, autocommit back on): it is kept as the sync connection instead of opening another
                syncConnection = server;
                server = null;
                this.address = address;
                seenSeq = c.latestSeq();
                return c;
            } catch (StorageException e) {
                return new Failed(PgStore.reason(e), e.getMessage());
            } finally {
                closeQuietly(server); // not kept: the connection failed half way
                Arrays.fill(password, '\0');
            }
        }, executor);
    }

    /**
     * Synchronise: the user's store (on its own thread, {@code store}) and the connected shared store exchange their
     * changesets in one server transaction ({@link StoreSync}). This thread waits while the store thread uses the
     * server connection, so the connection is never used by two threads at once. A connection found dead is
     * opened again once (with ~/.pgpass; a typed password is not kept).
     */
    public CompletableFuture<StoreSync.Outcome> synchronise(StoreService store) {
        return CompletableFuture.supplyAsync(() -> {
            if (address == null) {
                throw new IllegalStateException("not connected to a shared store");
            }
            if (syncConnection == null || !syncConnection.isValid()) {
                closeQuietly(syncConnection);
                syncConnection = PgStore.connect(address, Optional.empty());
            }
            PgStore server = syncConnection;
            try {
                StoreSync.Outcome o = store.withEdits(edits -> new StoreSync(server, edits).run()).join();
                seenSeq = Math.max(seenSeq, o.latestSeq());
                return o;
            } catch (java.util.concurrent.CompletionException e) {
                if (!server.isValid()) {
                    closeQuietly(server);
                    syncConnection = null;
                }
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }, executor);
    }

    /** Tells {@code onPush} how many changesets the log holds that this window has not synchronised. */
    private void unseen(Consumer<Long> onPush) {
        if (syncConnection == null) {
            return;
        }
        try {
            onPush.accept(new SharedLog(syncConnection).countAfter(seenSeq));
        } catch (StorageException e) {
            // the connection is going: the listener reports the loss
        }
    }

    private static void closeQuietly(PgStore s) {
        if (s != null) {
            try {
                s.close();
            } catch (StorageException ignored) {
                // gone already
            }
        }
    }

    public CompletableFuture<Void> disconnect() {
        return CompletableFuture.runAsync(this::closeListener, executor);
    }

    private void closeListener() {
        closeQuietly(syncConnection);
        syncConnection = null;
        address = null;
        if (listener != null) {
            try {
                listener.close();
            } catch (StorageException ignored) {
                // the connection is gone already
            }
            listener = null;
        }
    }

    @Override
    public void close() {
        disconnect();
        executor.shutdown();
        try {
            executor.awaitTermination(3, java.util.concurrent.TimeUnit.SECONDS); // a sync under way ends or times out
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
