package org.linkatlas.storage.pg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;

/**
 * The shared store's records as a SQLite store file: one consistent read (a repeatable-read, read-only server
 * transaction) copied into a new file at the current schema. {@code check --store postgresql://…} checks that file
 * with every rule of the local check; a planner's first copy of an office's catalogue can come the same way.
 * Runs on the caller's thread (never the JavaFX thread).
 */
public final class ServerSnapshot {
    private ServerSnapshot() {
    }

    /**
     * Writes the server's store into {@code target}, which must not exist yet.
     *
     * @return rows per table
     */
    public static Map<String, Integer> download(PgStore server, Path target) {
        if (Files.exists(target)) {
            throw new StorageException(target + " exists already; a copy of the shared store goes into a new file");
        }
        int version = server.schemaVersion();
        if (version != PgMigrations.LATEST) {
            throw new StorageException("the shared store has schema version " + version + ", this Link Atlas "
                    + PgMigrations.LATEST + (version < PgMigrations.LATEST
                    ? ": the administrator upgrades it with init-server" : ": update Link Atlas"));
        }
        Database.open(target).close(); // the SQLite schema, by its own migrations
        try {
            return server.inTransaction("read the shared store", pg -> {
                try (var s = pg.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                try (Connection sqlite = TableCopy.openSqlite(target, false)) {
                    sqlite.setAutoCommit(false);
                    try {
                        Map<String, Integer> rows = TableCopy.create().fromServer(pg, sqlite);
                        sqlite.commit();
                        return rows;
                    } catch (SQLException | RuntimeException e) {
                        sqlite.rollback();
                        throw e;
                    }
                }
            });
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        } catch (java.io.IOException ignored) {
            // the copy failed already; a leftover temp file is the lesser problem
        }
    }
}
