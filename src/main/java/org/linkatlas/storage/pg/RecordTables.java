package org.linkatlas.storage.pg;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkatlas.storage.StorageException;

/**
 * Which tables of the shared store a changeset may change: those with a one-column primary key and a
 * {@code version} column (seed, province, party, place, agreement, link, commitment, and whatever later
 * migrations add in the same shape), with their columns, so field names in a changeset are checked against the
 * schema before any SQL is made of them. Read once per push or pull; immutable after.
 */
final class RecordTables {
    /** Columns a changeset never sets: the server keeps them. */
    static final Set<String> SERVER_COLUMNS = Set.of("version", "num");

    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, List<String>> columns;
    private final Set<String> geometry = new HashSet<>();

    private RecordTables(Connection pg) throws SQLException {
        columns = TableCopy.pgTables(pg, geometry);
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT c.relname, a.attname FROM pg_index i
                JOIN pg_class c ON c.oid = i.indrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
                WHERE i.indisprimary AND i.indnatts = 1 AND n.nspname = 'public'""")) {
            while (rs.next()) {
                List<String> cols = columns.get(rs.getString(1));
                if (cols != null && cols.contains("version")) {
                    keys.put(rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    static RecordTables read(Connection pg) throws SQLException {
        return new RecordTables(pg);
    }

    /** The primary key column of a record table; refuses a table that is not one. */
    String key(String table) {
        String k = keys.get(table);
        if (k == null) {
            throw new StorageException("'" + table + "' is not a table of records a changeset may change (those are "
                    + String.join(", ", new java.util.TreeSet<>(keys.keySet())) + ")");
        }
        return k;
    }

    /** Refuses a field that is not a column of the table, its key, or one the server keeps. */
    void requireField(String table, String field) {
        if (!columns.get(table).contains(field) || field.equals(key(table)) || SERVER_COLUMNS.contains(field)) {
            throw new StorageException("'" + field + "' is not a field a changeset may set on " + table);
        }
    }

    boolean isGeometry(String table, String field) {
        return geometry.contains(table + "." + field);
    }
}
