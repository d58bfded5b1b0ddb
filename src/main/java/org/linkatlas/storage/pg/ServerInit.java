package org.linkatlas.storage.pg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;

/**
 * {@code init-server}: in ONE server transaction, the schema brought to the current version, the two roles and
 * their privileges, and — when the shared store holds no records yet — a SQLite store (the bundled catalogue)
 * loaded into it. A failure or a dropped connection at any point leaves the server as it was: PostgreSQL rolls
 * back the DDL, the roles and the rows together. Run again on a loaded store it only upgrades the schema.
 * Runs on the caller's thread (the command line; never the JavaFX thread).
 */
public final class ServerInit {
    /**
     * What was done.
     *
     * @param migrationsApplied the schema versions applied now (empty when it was current)
     * @param rowsLoaded        rows per table loaded from the SQLite store (empty when records were there already)
     */
    public record Result(List<Integer> migrationsApplied, Map<String, Integer> rowsLoaded, int schemaVersion) {
        public boolean loaded() {
            return !rowsLoaded.isEmpty();
        }
    }

    /** Told after each batch of rows loaded (table, rows of it so far). */
    @FunctionalInterface
    public interface Progress {
        void rows(String table, int rowsSoFar);
    }

    private ServerInit() {
    }

    public static Result run(PgStore server, Path sqliteStore) {
        return run(server, sqliteStore, (t, n) -> { });
    }

    public static Result run(PgStore server, Path sqliteStore, Progress progress) {
        requireCurrentStore(sqliteStore);
        return server.inTransaction("set up the shared store", pg -> {
            List<Integer> applied = PgMigrations.migrate(pg);
            Map<String, Integer> rows = Map.of();
            if (isEmpty(pg)) {
                try (Connection sqlite = TableCopy.openSqlite(sqliteStore, true)) {
                    rows = TableCopy.create().toServer(sqlite, pg, progress::rows);
                }
                try (PreparedStatement ps = pg.prepareStatement("""
                        INSERT INTO store_info (key, value) VALUES ('server.loaded_at', now()::text), ('server.loaded_by', current_user)
                        ON CONFLICT (key) DO UPDATE SET value = excluded.value""")) {
                    ps.executeUpdate();
                }
            }
            return new Result(applied, rows, PgMigrations.version(pg));
        });
    }

    /** No seeds, agreements, links or places: nothing a planner made or the bundle brought. */
    private static boolean isEmpty(Connection pg) throws SQLException {
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT (SELECT count(*) FROM seed) + (SELECT count(*) FROM agreement) + (SELECT count(*) FROM link)
                     + (SELECT count(*) FROM place) + (SELECT count(*) FROM shared_changeset)""")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    private static void requireCurrentStore(Path sqliteStore) {
        if (!Files.isRegularFile(sqliteStore)) {
            throw new StorageException("no store at " + sqliteStore);
        }
        try (Database db = Database.openReadOnly(sqliteStore)) {
            if (db.schemaVersion() != Database.CURRENT_VERSION) {
                throw new StorageException(sqliteStore + " has schema version " + db.schemaVersion() + ", this Link Atlas "
                        + Database.CURRENT_VERSION + ": open it once with this version to upgrade it, then load it");
            }
            List<String> problems = db.integrityProblems();
            if (!problems.isEmpty()) {
                throw new StorageException(sqliteStore + " is damaged, not loaded: " + problems.get(0));
            }
        }
    }
}
