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
 * QGIS's {@code links} layer shows what a sync pushed. Only links the server has are changed (the row keeps its
 * {@code num}, QGIS's feature id; its {@code version} goes up); a link the server lacks is left to the log.
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
                            continue; // deleted here: the log says so
                        }
                        bind(update, rs, linkColumns, "link", geoms);
                    }
                    update.setString(linkColumns.size() + 1, id);
                    if (update.executeUpdate() == 0) {
                        continue; // created here and not on the server's tables: the log holds it
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
        for (int i = 1; i <= columns.size(); i++) {
            Object v = rs.getObject(i);
            if (geoms.contains(table + "." + columns.get(i - 1))) {
                ps.setBytes(i, geometry.recode((byte[]) v, PgGeometry.SRID, table + " " + columns.get(i - 1)));
            } else {
                ps.setObject(i, v);
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
