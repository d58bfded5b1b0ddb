package org.linkatlas.storage.pg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings the server's rows of some links (the {@code link} row and its own list rows {@code link_place},
 * {@code link_province}, {@code link_agreement}, {@code link_source}) to what a SQLite store holds for them, so
 * QGIS's {@code links} layer shows what a sync pushed: a changed link's row keeps its {@code num}, QGIS's feature
 * id, and its {@code version} goes up; a link created here gets a row, one deleted here loses it, unless the
 * server's other tables stand in the way (then the layer keeps what it had and the log holds the change).
 * Column lists come from the SQLite schema, as {@link TableCopy}'s. Runs inside the caller's server transaction.
 */
final class LinkRows {
    private final PgGeometry geometry = new PgGeometry();

    /** @return how many links' rows were rewritten */
    int refresh(Connection pg, Path store, Collection<String> linkIds) throws SQLException {
        if (linkIds.isEmpty()) {
            return 0;
        }
        Set<String> geoms = new HashSet<>();
        Map<String, List<String>> server = TableCopy.pgTables(pg, geoms);
        try (Connection sqlite = TableCopy.openSqlite(store, true)) {
            Map<String, List<String>> tables = TableCopy.sqliteTables(sqlite);
            List<String> linkColumns = new ArrayList<>(tables.get("link"));
            linkColumns.remove("id");
            linkColumns.removeAll(RecordTables.SERVER_COLUMNS); // num (QGIS's feature id) and version stay the server's
            List<String> children = tables.keySet().stream()
                    .filter(t -> t.startsWith("link_") && tables.get(t).contains("link_id") && server.containsKey(t)).toList();
            StringBuilder set = new StringBuilder();
            for (String c : linkColumns) {
                set.append(TableCopy.quote(c)).append(" = ").append(geoms.contains("link." + c) ? PgGeometry.FROM_WKB : "?").append(", ");
            }
            int n = 0;
            try (PreparedStatement read = sqlite.prepareStatement("SELECT " + joined(linkColumns) + " FROM link WHERE id = ?");
                 PreparedStatement update = pg.prepareStatement("UPDATE link SET " + set + "version = version + 1 WHERE id = ?")) {
                for (String id : linkIds) {
                    read.setString(1, id);
                    try (ResultSet rs = read.executeQuery()) {
                        if (!rs.next()) {
                            if (remove(pg, id, children)) {
                                n++; // deleted here: gone from the layer too
                            }
                            continue;
                        }
                        bind(update, rs, linkColumns, "link", geoms);
                    }
                    update.setString(linkColumns.size() + 1, id);
                    if (update.executeUpdate() == 0) {
                        if (add(pg, sqlite, id, linkColumns, children, tables, geoms)) {
                            n++; // created here: a new feature in the layer
                        }
                        continue;
                    }
                    for (String child : children) {
                        replaceChildren(pg, sqlite, child, tables.get(child), id, geoms);
                    }
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * A link created here: its row (the server numbers it, version 1) and its list rows. Under a savepoint, so a
     * row that names what the server's tables do not hold (a place created in the same push) leaves the layer as
     * it was and the sync goes on; the log still holds the link.
     */
    private boolean add(Connection pg, Connection sqlite, String id, List<String> linkColumns, List<String> children,
                        Map<String, List<String>> tables, Set<String> geoms) throws SQLException {
        StringBuilder values = new StringBuilder("?");
        for (String c : linkColumns) {
            values.append(", ").append(geoms.contains("link." + c) ? PgGeometry.FROM_WKB : "?");
        }
        java.sql.Savepoint before = pg.setSavepoint();
        try (PreparedStatement read = sqlite.prepareStatement("SELECT " + joined(linkColumns) + " FROM link WHERE id = ?");
             PreparedStatement insert = pg.prepareStatement("INSERT INTO link (id, " + joined(linkColumns) + ") VALUES ("
                     + values + ")")) {
            read.setString(1, id);
            try (ResultSet rs = read.executeQuery()) {
                if (!rs.next()) {
                    pg.releaseSavepoint(before);
                    return false;
                }
                insert.setString(1, id);
                bind(insert, 1, rs, linkColumns, "link", geoms);
            }
            insert.executeUpdate();
            for (String child : children) {
                replaceChildren(pg, sqlite, child, tables.get(child), id, geoms);
            }
            pg.releaseSavepoint(before);
            return true;
        } catch (SQLException e) {
            pg.rollback(before);
            return false;
        }
    }

    /**
     * A link deleted here: its list rows and its row, under a savepoint, so a link the server's other tables still
     * name (a commitment's list, an intervention) stays in the layer and the sync goes on; the log says it is gone.
     */
    private boolean remove(Connection pg, String id, List<String> children) throws SQLException {
        java.sql.Savepoint before = pg.setSavepoint();
        try {
            for (String child : children) {
                try (PreparedStatement del = pg.prepareStatement("DELETE FROM " + TableCopy.quote(child) + " WHERE link_id = ?")) {
                    del.setString(1, id);
                    del.executeUpdate();
                }
            }
            int gone;
            try (PreparedStatement del = pg.prepareStatement("DELETE FROM link WHERE id = ?")) {
                del.setString(1, id);
                gone = del.executeUpdate();
            }
            pg.releaseSavepoint(before);
            return gone > 0;
        } catch (SQLException e) {
            pg.rollback(before);
            return false;
        }
    }

    private void replaceChildren(Connection pg, Connection sqlite, String table, List<String> columns, String id,
                                 Set<String> geoms) throws SQLException {
        try (PreparedStatement del = pg.prepareStatement("DELETE FROM " + TableCopy.quote(table) + " WHERE link_id = ?")) {
            del.setString(1, id);
            del.executeUpdate();
        }
        StringBuilder values = new StringBuilder();
        for (String c : columns) {
            values.append(values.length() == 0 ? "" : ", ").append(geoms.contains(table + "." + c) ? PgGeometry.FROM_WKB : "?");
        }
        try (PreparedStatement read = sqlite.prepareStatement("SELECT " + joined(columns) + " FROM " + TableCopy.quote(table)
                + " WHERE link_id = ?");
             PreparedStatement insert = pg.prepareStatement("INSERT INTO " + TableCopy.quote(table) + " (" + joined(columns)
                     + ") VALUES (" + values + ")")) {
            read.setString(1, id);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    bind(insert, rs, columns, table, geoms);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void bind(PreparedStatement ps, ResultSet rs, List<String> columns, String table, Set<String> geoms)
            throws SQLException {
        bind(ps, 0, rs, columns, table, geoms);
    }

    /** The row's columns into {@code ps} from parameter {@code skip + 1} on, geometry recoded for PostGIS. */
    private void bind(PreparedStatement ps, int skip, ResultSet rs, List<String> columns, String table, Set<String> geoms)
            throws SQLException {
        for (int i = 1; i <= columns.size(); i++) {
            Object v = rs.getObject(i);
            if (geoms.contains(table + "." + columns.get(i - 1))) {
                ps.setBytes(skip + i, geometry.recode((byte[]) v, PgGeometry.SRID, table + " " + columns.get(i - 1)));
            } else {
                ps.setObject(skip + i, v);
            }
        }
    }

    private static String joined(List<String> columns) {
        StringBuilder b = new StringBuilder();
        for (String c : columns) {
            b.append(b.length() == 0 ? "" : ", ").append(TableCopy.quote(c));
        }
        return b.toString();
    }
}
