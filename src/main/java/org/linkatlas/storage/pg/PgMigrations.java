package org.linkatlas.storage.pg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;

/**
 * The shared store's schema, by the same numbered migrations as the SQLite store: for each
 * {@code migrations/Vnnn__name.sql} its PostgreSQL dialect {@code migrations/pg/Vnnn__name.sql}
 * (PgSchemaParityTest fails when one is missing). Applied versions are rows of {@code schema_migration}; after the
 * migrations {@code pg/roles.sql} grants the two roles their privileges again, so new tables are covered.
 * Runs inside the caller's transaction (PostgreSQL's DDL is transactional: a failed or cut-off upgrade leaves
 * the server at the version it had), under an advisory lock so two administrators cannot migrate at once.
 * Called on the thread that owns the connection.
 */
final class PgMigrations {
    static final List<String> SCRIPTS = Database.migrationScripts();
    static final int LATEST = SCRIPTS.size();
    /** Any fixed number: the key of the advisory lock held while migrating ("LinkAtlas" in ASCII, shortened). */
    private static final long LOCK_KEY = 0x4C696E6B41746CL;

    private PgMigrations() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('public.schema_migration') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_migration")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Brings the schema to {@link #LATEST} and re-applies the roles; the caller commits. Returns the versions applied. */
    static List<Integer> migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS schema_migration (
                        version    integer PRIMARY KEY,
                        script     text NOT NULL,
                        applied_at timestamptz NOT NULL DEFAULT now(),
                        applied_by text NOT NULL DEFAULT current_user)""");
        }
        int current = version(c);
        if (current > LATEST) {
            throw new StorageException("the shared store has schema version " + current
                    + ", newer than this Link Atlas understands (" + LATEST + "): update Link Atlas");
        }
        List<Integer> applied = new java.util.ArrayList<>();
        for (int v = current + 1; v <= LATEST; v++) {
            String script = SCRIPTS.get(v - 1);
            try (Statement s = c.createStatement()) {
                s.execute(read("pg/" + script));
            } catch (SQLException e) {
                throw new SQLException("migration pg/" + script + " failed: " + e.getMessage(), e.getSQLState(), e);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_migration (version, script) VALUES (?, ?)")) {
                ps.setInt(1, v);
                ps.setString(2, script);
                ps.executeUpdate();
            }
            applied.add(v);
        }
        try (Statement s = c.createStatement()) {
            s.execute(read("pg/roles.sql"));
        }
        return applied;
    }

    static String read(String script) {
        try (InputStream in = Database.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new StorageException("migration script missing from the application: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException("cannot read migration " + script, e);
        }
    }
}
