package org.linkatlas.storage.pg;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.linkatlas.storage.StorageException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Learns that others pushed: a connection of its own that LISTENs on {@link SharedChangesets#CHANNEL} and a
 * daemon thread ({@code link-atlas-listen}) waiting for notifications; {@code onPush} gets the newest seq on that
 * thread (a window hops to the JavaFX thread itself), {@code onLost} the failure when the connection goes.
 * {@link #close()} from any thread.
 */
public final class ChangeListener implements AutoCloseable {
    private static final int WAIT_MILLIS = 500;

    private final PgStore connection;
    private final Thread thread;
    private volatile boolean closed;

    private ChangeListener(PgStore connection, Consumer<Long> onPush, Consumer<StorageException> onLost) {
        this.connection = connection;
        this.thread = new Thread(() -> listen(onPush, onLost), "link-atlas-listen");
        this.thread.setDaemon(true);
    }

    /** Starts listening on {@code connection}, which the listener owns from now on (and closes). */
    public static ChangeListener start(PgStore connection, Consumer<Long> onPush, Consumer<StorageException> onLost) {
        connection.execute("LISTEN " + SharedLog.CHANNEL, "listen for pushes");
        ChangeListener l = new ChangeListener(connection, onPush, onLost);
        l.thread.start();
        return l;
    }

    private void listen(Consumer<Long> onPush, Consumer<StorageException> onLost) {
        try {
            PGConnection pg = connection.connection().unwrap(PGConnection.class);
            while (!closed) {
                PGNotification[] notes = pg.getNotifications(WAIT_MILLIS);
                if (notes == null) {
                    continue;
                }
                long newest = 0;
                for (PGNotification n : notes) {
                    if (SharedLog.CHANNEL.equals(n.getName())) {
                        newest = Math.max(newest, parse(n.getParameter()));
                    }
                }
                if (newest > 0) {
                    onPush.accept(newest);
                }
            }
        } catch (SQLException e) {
            if (!closed) {
                onLost.accept(PgStore.failure(connection.address(), "listen for pushes", e));
            }
        }
    }

    private static long parse(String payload) {
        try {
            return Long.parseLong(payload);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(WAIT_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Statement s = connection.connection().createStatement()) {
            s.execute("UNLISTEN *");
        } catch (SQLException ignored) {
            // closing anyway
        }
        connection.close();
    }
}
