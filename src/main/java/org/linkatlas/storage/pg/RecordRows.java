package org.linkatlas.storage.pg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkatlas.model.RecordRef;

/**
 * Brings the server's rows of some records (of every type: party, place, agreement, link, intervention, event,
 * commitment, result — each its row and its own list rows, e.g. {@code link_place}, {@code agreement_party}) to what
 * a SQLite store holds for them, so what QGIS and anyone reading the server's tables see follows the pushes: a changed
 * record's row keeps its server columns ({@code num}, QGIS's feature id) and its {@code version} goes up; a record
 * created here gets a row, one deleted here loses it. Each record under its own savepoint: one that the server's
 * tables cannot take (it names what they lack, or others still name it) leaves its rows as they were and the rest go
 * on; the log holds the change either way. Parents first (the SQLite schema's foreign-key order), deletions last and
 * in reverse; imported articles the records quote join the {@code seed} table first. Column lists come from the
 * SQLite schema, as {@link TableCopy}'s. Runs inside the caller's server transaction, on its thread.
 */
final class RecordRows {
    /** The table of each record type of the model (the key column is {@code id} in all). */
    static final Map<String, String> TABLES = Map.of("party", "party", "place", "place", "agreement", "agreement",
            "link", "link", "intervention", "intervention", "event", "progress_event", "commitment", "commitment",
            "result", "result");

    /** Columns the server keeps: QGIS's feature id and the row's change counter. */
    static final Set<String> SERVER_COLUMNS = Set.of("version", "num");

    private final PgGeometry geometry = new PgGeometry();
    private final Set<String> geoms = new HashSet<>();
    private Map<String, List<String>> server;
    private Map<String, List<String>> tables;

    /** What a refresh did: rows rewritten (or removed), and the records the server's tables could not take. */
    record Outcome(int written, List<RecordRef> left) {
    }

    Outcome refresh(Connection pg, Path store, Collection<RecordRef> refs) throws SQLException {
        if (refs.isEmpty()) {
            return new Outcome(0, List.of());
        }
        server = TableCopy.pgTables(pg, geoms);
        try (Connection sqlite = TableCopy.openSqlite(store, true)) {
            tables = TableCopy.sqliteTables(sqlite);
            addSeeds(pg, sqlite);
            Map<String, List<String>> byTable = new LinkedHashMap<>();
            for (RecordRef r : refs) {
                String table = TABLES.get(r.type());
                if (table != null && tables.containsKey(table) && server.containsKey(table)) {
                    List<String> ids = byTable.computeIfAbsent(table, k -> new ArrayList<>());
                    if (!ids.contains(r.id())) {
                        ids.add(r.id());
                    }
                }
            }
            List<String> order = tables.keySet().stream().filter(byTable::containsKey).toList();
            int written = 0;
            List<RecordRef> left = new ArrayList<>();
            Map<String, List<String>> gone = new LinkedHashMap<>();
            for (String table : order) {
                for (String id : byTable.get(table)) {
                    Boolean done = upsert(pg, sqlite, table, id);
                    if (done == null) {
                        gone.computeIfAbsent(table, k -> new ArrayList<>()).add(id);
                    } else if (done) {
                        written++;
                    } else {
                        left.add(ref(table, id));
                    }
                }
            }
            for (int i = order.size() - 1; i >= 0; i--) {
                for (String id : gone.getOrDefault(order.get(i), List.of())) {
                    Boolean removed = remove(pg, order.get(i), id);
                    if (removed == null) {
                        left.add(ref(order.get(i), id));
                    } else if (removed) {
                        written++;
                    }
                }
            }
            return new Outcome(written, left);
        }
    }

    /** @return null when the store has no such record (deleted here), else whether the server's rows took it */
    private Boolean upsert(Connection pg, Connection sqlite, String table, String id) throws SQLException {
        List<String> columns = new ArrayList<>(tables.get(table));
        columns.remove("id");
        columns.removeAll(SERVER_COLUMNS); // num (QGIS's feature id) and version stay the server's
        try (PreparedStatement read = sqlite.prepareStatement("SELECT " + TableCopy.joined(columns) + " FROM " + TableCopy.quote(table)
                + " WHERE id = ?")) {
            read.setString(1, id);
            try (ResultSet rs = read.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Savepoint before = pg.setSavepoint();
                try {
                    if (update(pg, rs, table, columns, id) == 0) {
                        insert(pg, rs, table, columns, id);
                    }
                    for (String child : children(table)) {
                        replaceChildren(pg, sqlite, table, child, id);
                    }
                    pg.releaseSavepoint(before);
                    return true;
                } catch (SQLException e) {
                    pg.rollback(before);
                    return false;
                }
            }
        }
    }

    private int update(Connection pg, ResultSet rs, String table, List<String> columns, String id) throws SQLException {
        StringBuilder set = new StringBuilder();
        for (String c : columns) {
            set.append(set.length() == 0 ? "" : ", ").append(TableCopy.quote(c)).append(" = ")
                    .append(geoms.contains(table + "." + c) ? PgGeometry.FROM_WKB : "?");
        }
        if (server.get(table).contains("version")) {
            set.append(", version = version + 1");
        }
        try (PreparedStatement update = pg.prepareStatement("UPDATE " + TableCopy.quote(table) + " SET " + set + " WHERE id = ?")) {
            bind(update, 0, rs, columns, table);
            update.setString(columns.size() + 1, id);
            return update.executeUpdate();
        }
    }

    /** A record created here: its row (the server numbers a link, version 1). */
    private void insert(Connection pg, ResultSet rs, String table, List<String> columns, String id) throws SQLException {
        StringBuilder values = new StringBuilder("?");
        for (String c : columns) {
            values.append(", ").append(geoms.contains(table + "." + c) ? PgGeometry.FROM_WKB : "?");
        }
        try (PreparedStatement insert = pg.prepareStatement("INSERT INTO " + TableCopy.quote(table) + " (id, "
                + TableCopy.joined(columns) + ") VALUES (" + values + ")")) {
            insert.setString(1, id);
            bind(insert, 1, rs, columns, table);
            insert.executeUpdate();
        }
    }

    /** The record type of {@code table} ({@code progress_event} is an event's). */
    private static RecordRef ref(String table, String id) {
        String type = TABLES.entrySet().stream().filter(e -> e.getValue().equals(table)).map(Map.Entry::getKey)
                .findFirst().orElse(table);
        return new RecordRef(type, id);
    }

    /**
     * A record deleted here: its list rows and its row, under a savepoint (others may still name it).
     *
     * @return whether a row went, or null when the server's tables refused to let it go
     */
    private Boolean remove(Connection pg, String table, String id) throws SQLException {
        Savepoint before = pg.setSavepoint();
        try {
            for (String child : children(table)) {
                try (PreparedStatement del = pg.prepareStatement("DELETE FROM " + TableCopy.quote(child) + " WHERE "
                        + TableCopy.quote(table + "_id") + " = ?")) {
                    del.setString(1, id);
                    del.executeUpdate();
                }
            }
            int gone;
            try (PreparedStatement del = pg.prepareStatement("DELETE FROM " + TableCopy.quote(table) + " WHERE id = ?")) {
                del.setString(1, id);
                gone = del.executeUpdate();
            }
            pg.releaseSavepoint(before);
            return gone > 0;
        } catch (SQLException e) {
            pg.rollback(before);
            return null;
        }
    }

    /** A record's own list tables: named after it, keyed by its id ({@code link_place.link_id}). */
    private List<String> children(String table) {
        String key = table + "_id";
        return tables.keySet().stream().filter(t -> t.startsWith(table + "_") && tables.get(t).contains(key)
                && server.containsKey(t)).toList();
    }

    private void replaceChildren(Connection pg, Connection sqlite, String owner, String table, String id) throws SQLException {
        String key = TableCopy.quote(owner + "_id");
        List<String> columns = tables.get(table);
        try (PreparedStatement del = pg.prepareStatement("DELETE FROM " + TableCopy.quote(table) + " WHERE " + key + " = ?")) {
            del.setString(1, id);
            del.executeUpdate();
        }
        StringBuilder values = new StringBuilder();
        for (String c : columns) {
            values.append(values.length() == 0 ? "" : ", ").append(geoms.contains(table + "." + c) ? PgGeometry.FROM_WKB : "?");
        }
        try (PreparedStatement read = sqlite.prepareStatement("SELECT " + TableCopy.joined(columns) + " FROM " + TableCopy.quote(table)
                + " WHERE " + key + " = ?");
             PreparedStatement insert = pg.prepareStatement("INSERT INTO " + TableCopy.quote(table) + " (" + TableCopy.joined(columns)
                     + ") VALUES (" + values + ")")) {
            read.setString(1, id);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    bind(insert, 0, rs, columns, table);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The articles the store quotes that the server's {@code seed} table lacks (imported on a laptop). */
    private void addSeeds(Connection pg, Connection sqlite) throws SQLException {
        if (!tables.containsKey("seed") || !server.containsKey("seed")) {
            return;
        }
        Set<String> there = new HashSet<>();
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("SELECT file_name FROM seed")) {
            while (rs.next()) {
                there.add(rs.getString(1));
            }
        }
        List<String> columns = tables.get("seed");
        StringBuilder values = new StringBuilder();
        columns.forEach(c -> values.append(values.length() == 0 ? "?" : ", ?"));
        try (Statement s = sqlite.createStatement(); ResultSet rs = s.executeQuery("SELECT " + TableCopy.joined(columns) + " FROM seed");
             PreparedStatement insert = pg.prepareStatement("INSERT INTO seed (" + TableCopy.joined(columns) + ") VALUES (" + values
                     + ") ON CONFLICT DO NOTHING")) {
            int i = columns.indexOf("file_name");
            while (rs.next()) {
                if (!there.contains(rs.getString(i + 1))) {
                    bind(insert, 0, rs, columns, "seed");
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The row's columns into {@code ps} from parameter {@code skip + 1} on, geometry recoded for PostGIS. */
    private void bind(PreparedStatement ps, int skip, ResultSet rs, List<String> columns, String table) throws SQLException {
        for (int i = 1; i <= columns.size(); i++) {
            Object v = rs.getObject(i);
            if (geoms.contains(table + "." + columns.get(i - 1))) {
                ps.setBytes(skip + i, geometry.recode((byte[]) v, PgGeometry.SRID, table + " " + columns.get(i - 1)));
            } else {
                ps.setObject(skip + i, v);
            }
        }
    }
}
