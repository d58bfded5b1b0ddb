package org.linkatlas.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Numbered schema migrations ({@code migrations/V001__schema.sql}, …) keyed on {@code PRAGMA user_version}.
 * Each step runs in its own transaction together with the version bump, so a failed step leaves the file at
 * the previous version. Called by {@link Database} on the thread that opens it.
 */
final class Migrations {
    static final List<String> SCRIPTS = List.of("V001__schema.sql", "V002__link_rtree.sql", "V003__interventions.sql",
            "V004__changesets.sql");
    /** First line of a script that rebuilds tables others refer to: run it with foreign keys off, then check them. */
    private static final String FOREIGN_KEYS_OFF = "-- foreign_keys: off";
    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the schema up to {@code target} (≤ {@link #LATEST}). */
    static void migrate(Connection c, int target) throws SQLException {
        int current = version(c);
        if (current > LATEST) {
            throw new StorageException("the store has schema version " + current
                    + ", newer than this Link Atlas understands (" + LATEST + ")");
        }
        boolean auto = c.getAutoCommit();
        try {
            for (int v = current + 1; v <= target; v++) {
                String script = read(SCRIPTS.get(v - 1));
                boolean rebuilds = script.startsWith(FOREIGN_KEYS_OFF);
                // PRAGMA foreign_keys is a no-op inside a transaction: switch it before the step begins.
                c.setAutoCommit(true);
                if (rebuilds) {
                    pragma(c, "PRAGMA foreign_keys = OFF");
                }
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(script)) {
                        s.executeUpdate(sql);
                    }
                    if (rebuilds) {
                        requireForeignKeysHold(s, SCRIPTS.get(v - 1));
                    }
                    s.executeUpdate("PRAGMA user_version = " + v);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw new StorageException("migration " + script + " failed: " + e.getMessage(), e);
                }
            }
        } finally {
            c.setAutoCommit(true);
            pragma(c, "PRAGMA foreign_keys = ON");
            c.setAutoCommit(auto);
        }
    }

    private static void pragma(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void requireForeignKeysHold(Statement s, String script) throws SQLException {
        try (var rs = s.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException(script + " left a dangling reference in " + rs.getString(1) + " (row "
                        + rs.getLong(2) + " → " + rs.getString(3) + ")");
            }
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new StorageException("migration script missing from the application: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException("cannot read migration " + script, e);
        }
    }

    /** Splits a script of our own into statements: ';' ends a statement except inside CREATE TRIGGER … END;. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = inTrigger ? upper.equals("END;") : stripComment(trimmed).endsWith(";");
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String stripComment(String line) {
        int i = line.indexOf("--");
        return (i >= 0 ? line.substring(0, i) : line).strip();
    }
}
