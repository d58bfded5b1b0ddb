package org.linkatlas.storage.pg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkatlas.storage.StorageException;
import org.sqlite.SQLiteConfig;

/**
 * Copies a store table by table between a SQLite file and a PostgreSQL server, in either direction, by the
 * columns the SQLite schema declares (the PostgreSQL dialect has each of them, PgSchemaParityTest). Tables go in
 * the order of their foreign keys (a table after those it refers to; otherwise in the file's creation order: a
 * migration that rebuilds a table creates it anew, after the tables that refer to it); geometry goes through
 * {@link PgGeometry}. Nothing here builds SQL from data: table and column names come from the two schemas.
 * Runs on the caller's thread inside the caller's transactions.
 */
final class TableCopy {
    private static final int BATCH = 100;

    /** Told after each batch of rows; tests use it to cut a connection half way. */
    @FunctionalInterface
    interface Progress {
        void copied(String table, int rowsSoFar);

        Progress NONE = (t, n) -> { };
    }

    private final PgGeometry geometry = new PgGeometry();

    private TableCopy() {
    }

    static TableCopy create() {
        return new TableCopy();
    }

    static Connection openSqlite(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        config.setBusyTimeout(5000);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /** The tables reordered so that each comes after every other table it refers to (self-references aside). */
    private static Map<String, List<String>> inForeignKeyOrder(Connection sqlite, Map<String, List<String>> tables)
            throws SQLException {
        Map<String, java.util.Set<String>> refersTo = new LinkedHashMap<>();
        for (String table : tables.keySet()) {
            java.util.Set<String> parents = new java.util.HashSet<>();
            try (PreparedStatement ps = sqlite.prepareStatement("SELECT \"table\" FROM pragma_foreign_key_list(?)")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String parent = rs.getString(1);
                        if (!parent.equals(table) && tables.containsKey(parent)) {
                            parents.add(parent);
                        }
                    }
                }
            }
            refersTo.put(table, parents);
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        while (ordered.size() < tables.size()) {
            String next = refersTo.keySet().stream()
                    .filter(t -> !ordered.containsKey(t) && ordered.keySet().containsAll(refersTo.get(t)))
                    .findFirst()
                    .orElseThrow(() -> new StorageException("the store's foreign keys form a cycle"));
            ordered.put(next, tables.get(next));
        }
        return ordered;
    }

    /**
     * The SQLite file's own tables (no R*Tree shadow or virtual tables) with their columns, each after the tables
     * its foreign keys refer to, else in creation order.
     */
    static Map<String, List<String>> sqliteTables(Connection sqlite) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Statement s = sqlite.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT m.name FROM sqlite_master m JOIN pragma_table_list t ON t.name = m.name AND t.schema = 'main'
                WHERE m.type = 'table' AND t.type = 'table' AND m.name NOT LIKE 'sqlite_%'
                ORDER BY m.rowid""")) {
            while (rs.next()) {
                out.put(rs.getString(1), new ArrayList<>());
            }
        }
        out = inForeignKeyOrder(sqlite, out);
        for (Map.Entry<String, List<String>> e : out.entrySet()) {
            try (PreparedStatement ps = sqlite.prepareStatement("SELECT name FROM pragma_table_info(?) ORDER BY cid")) {
                ps.setString(1, e.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        e.getValue().add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    /** Tables of the server's public schema with their columns; geometry columns marked in {@code geometryColumns}. */
    static Map<String, List<String>> pgTables(Connection pg, Set<String> geometryColumns) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT c.relname, a.attname, t.typname FROM pg_attribute a
                JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_type t ON t.oid = a.atttypid
                WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY c.relname, a.attnum""")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                if ("geometry".equals(rs.getString(3))) {
                    geometryColumns.add(rs.getString(1) + "." + rs.getString(2));
                }
            }
        }
        return out;
    }

    /** SQLite file → server: every table the file has; returns rows per table. */
    Map<String, Integer> toServer(Connection sqlite, Connection pg, Progress progress) throws SQLException {
        Set<String> geoms = new java.util.HashSet<>();
        Map<String, List<String>> server = pgTables(pg, geoms);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> t : sqliteTables(sqlite).entrySet()) {
            String table = t.getKey();
            List<String> columns = t.getValue();
            requireOnServer(table, columns, server);
            StringBuilder values = new StringBuilder();
            for (String c : columns) {
                values.append(values.length() == 0 ? "" : ", ").append(geoms.contains(table + "." + c) ? PgGeometry.FROM_WKB : "?");
            }
            String insert = "INSERT INTO " + quote(table) + " (" + joined(columns) + ") VALUES (" + values + ")";
            String select = "SELECT " + joined(columns) + " FROM " + quote(table);
            int n = 0;
            try (Statement s = sqlite.createStatement(); ResultSet rs = s.executeQuery(select);
                 PreparedStatement ps = pg.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        Object v = rs.getObject(i);
                        if (geoms.contains(table + "." + columns.get(i - 1))) {
                            ps.setBytes(i, geometry.recode((byte[]) v, PgGeometry.SRID, table + " row " + (n + 1)));
                        } else {
                            ps.setObject(i, v);
                        }
                    }
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                        progress.copied(table, n);
                    }
                }
                ps.executeBatch();
                progress.copied(table, n);
            }
            counts.put(table, n);
        }
        advanceIdentities(pg, counts.keySet());
        return counts;
    }

    /** Server → SQLite file (already at the current schema, empty): every table the file has. */
    Map<String, Integer> fromServer(Connection pg, Connection sqlite) throws SQLException {
        Set<String> geoms = new java.util.HashSet<>();
        Map<String, List<String>> server = pgTables(pg, geoms);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> t : sqliteTables(sqlite).entrySet()) {
            String table = t.getKey();
            List<String> columns = t.getValue();
            requireOnServer(table, columns, server);
            StringBuilder select = new StringBuilder();
            for (String c : columns) {
                select.append(select.length() == 0 ? "" : ", ");
                select.append(geoms.contains(table + "." + c)
                        ? "ST_AsBinary(" + quote(c) + "), ST_SRID(" + quote(c) + ")" : quote(c));
            }
            String insert = "INSERT INTO " + quote(table) + " (" + joined(columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            int n = 0;
            try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("SELECT " + select + " FROM " + quote(table));
                 PreparedStatement ps = sqlite.prepareStatement(insert)) {
                while (rs.next()) {
                    int col = 1;
                    for (int i = 1; i <= columns.size(); i++) {
                        if (geoms.contains(table + "." + columns.get(i - 1))) {
                            byte[] wkb = rs.getBytes(col++);
                            int srid = rs.getInt(col++);
                            ps.setBytes(i, geometry.recode(wkb, srid, table + " row " + (n + 1)));
                        } else {
                            ps.setObject(i, rs.getObject(col++));
                        }
                    }
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            counts.put(table, n);
        }
        return counts;
    }

    private static void requireOnServer(String table, List<String> columns, Map<String, List<String>> server) {
        List<String> there = server.get(table);
        if (there == null) {
            throw new StorageException("the shared store has no table " + table + ": its schema is older than this Link Atlas");
        }
        for (String c : columns) {
            if (!there.contains(c)) {
                throw new StorageException("the shared store's table " + table + " has no column " + c);
            }
        }
    }

    /** Rows copied with their identity values: the server's own next value must come after them. */
    private static void advanceIdentities(Connection pg, Set<String> tables) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND is_identity = 'YES' AND identity_generation = 'BY DEFAULT'""")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] id : identities) {
            if (!tables.contains(id[0])) {
                continue;
            }
            try (PreparedStatement ps = pg.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), "
                    + "greatest(coalesce((SELECT max(" + quote(id[1]) + ") FROM " + quote(id[0]) + "), 0), 1))")) {
                ps.setString(1, "public." + id[0]);
                ps.setString(2, id[1]);
                ps.execute();
            }
        }
    }

    /** Column names, quoted, comma-separated. */
    static String joined(List<String> columns) {
        StringBuilder b = new StringBuilder();
        for (String c : columns) {
            b.append(b.length() == 0 ? "" : ", ").append(quote(c));
        }
        return b.toString();
    }

    /** A name from a schema catalogue, quoted as an SQL identifier. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
