package org.linkatlas.storage.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linkatlas.storage.pg.ServerChangeset.Change;
import org.linkatlas.storage.pg.ServerChangeset.Conflict;
import org.linkatlas.storage.pg.ServerChangeset.PushResult;
import org.locationtech.jts.geom.Geometry;

/**
 * The server side of sync over the shared store's changeset log. A push applies changesets to the records in ONE
 * server transaction, each change only if the record is still at the version it was made against
 * ({@code … WHERE id = ? AND version = ?}, the OSM API's optimistic locking); any change that finds the record
 * moved on is a conflict and then nothing of the push lands. Pushes are serialised by an advisory lock, so the
 * log's seq order is the order of commits and "pull after seq N" never skips a changeset that commits late. A
 * push that lands tells listeners on {@link #CHANNEL} (delivered at commit). Same threading as its
 * {@link PgStore}.
 */
public final class SharedChangesets {
    /** The LISTEN/NOTIFY channel; the payload is the newest seq. */
    public static final String CHANNEL = "link_atlas_changes";
    private static final long PUSH_LOCK = 0x4C41707573684CL;

    private final PgStore server;
    private final ChangeJson json = new ChangeJson();
    private final PgGeometry geometry = new PgGeometry();
    private RecordTables tables; // read once per instance: a migration happens with nobody connected

    public SharedChangesets(PgStore server) {
        this.server = server;
    }

    /** Thrown inside the push's transaction to roll it back; carries the conflicts out. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Conflict> conflicts;

        Refused(List<Conflict> conflicts) {
            super(null, null, false, false);
            this.conflicts = conflicts;
        }
    }

    public PushResult push(List<ServerChangeset> changesets) {
        try {
            return server.inTransaction("push changesets", pg -> {
                try (var s = pg.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + PUSH_LOCK + ")");
                }
                RecordTables tables = tables(pg);
                List<UUID> duplicates = new ArrayList<>();
                List<Conflict> conflicts = new ArrayList<>();
                List<ServerChangeset> fresh = new ArrayList<>();
                for (ServerChangeset cs : changesets) {
                    if (known(pg, cs.uuid())) {
                        duplicates.add(cs.uuid());
                        continue;
                    }
                    fresh.add(cs);
                    for (Change ch : cs.changes()) {
                        if (!apply(pg, tables, ch)) {
                            conflicts.add(new Conflict(cs.uuid(), ch, serverVersion(pg, tables, ch), serverValues(pg, tables, ch)));
                        }
                    }
                }
                if (!conflicts.isEmpty()) {
                    throw new Refused(conflicts);
                }
                Map<UUID, Long> accepted = new LinkedHashMap<>();
                for (ServerChangeset cs : fresh) {
                    accepted.put(cs.uuid(), log(pg, cs));
                }
                if (!accepted.isEmpty()) {
                    try (PreparedStatement ps = pg.prepareStatement("SELECT pg_notify(?, ?)")) {
                        ps.setString(1, CHANNEL);
                        ps.setString(2, Long.toString(java.util.Collections.max(accepted.values())));
                        ps.execute();
                    }
                }
                return new PushResult(accepted, duplicates, List.of());
            });
        } catch (Refused r) {
            return new PushResult(Map.of(), List.of(), r.conflicts);
        }
    }

    /** Changesets the server accepted after {@code afterSeq}, oldest first, at most {@code limit}. */
    public List<ServerChangeset> pull(long afterSeq, int limit) {
        return server.inTransaction("pull changesets", pg -> {
            RecordTables tables = tables(pg);
            List<ServerChangeset> out = new ArrayList<>();
            try (PreparedStatement ps = pg.prepareStatement("""
                    SELECT seq, uuid, author, created_at, comment FROM shared_changeset
                    WHERE seq > ? ORDER BY seq LIMIT ?""")) {
                ps.setLong(1, afterSeq);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ServerChangeset(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getTimestamp(4).toInstant(), rs.getString(5), List.of()));
                    }
                }
            }
            List<ServerChangeset> full = new ArrayList<>();
            for (ServerChangeset cs : out) {
                full.add(new ServerChangeset(cs.seq(), cs.uuid(), cs.author(), cs.createdAt(), cs.comment(), changes(pg, tables, cs.seq())));
            }
            return full;
        });
    }

    /** The newest seq in the log, 0 when empty. */
    public long latestSeq() {
        return server.inTransaction("read the log's end", pg -> {
            try (var s = pg.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM shared_changeset")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private RecordTables tables(Connection pg) throws SQLException {
        if (tables == null) {
            tables = RecordTables.read(pg);
        }
        return tables;
    }

    private static boolean known(Connection pg, UUID uuid) throws SQLException {
        try (PreparedStatement ps = pg.prepareStatement("SELECT 1 FROM shared_changeset WHERE uuid = ?")) {
            ps.setObject(1, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Applies one change; false when the record is not at the change's base version (or exists, for an insert). */
    private boolean apply(Connection pg, RecordTables tables, Change ch) throws SQLException {
        String table = TableCopy.quote(ch.table());
        String key = TableCopy.quote(tables.key(ch.table()));
        List<String> fields = new ArrayList<>(ch.newValues().keySet());
        fields.forEach(f -> tables.requireField(ch.table(), f));
        String sql = switch (ch.operation()) {
            case "insert" -> {
                StringBuilder cols = new StringBuilder(key);
                StringBuilder vals = new StringBuilder("?");
                for (String f : fields) {
                    cols.append(", ").append(TableCopy.quote(f));
                    vals.append(", ").append(tables.isGeometry(ch.table(), f) ? PgGeometry.FROM_WKB : "?");
                }
                yield "INSERT INTO " + table + " (" + cols + ") VALUES (" + vals + ") ON CONFLICT DO NOTHING";
            }
            case "update" -> {
                StringBuilder set = new StringBuilder();
                for (String f : fields) {
                    set.append(TableCopy.quote(f)).append(" = ")
                            .append(tables.isGeometry(ch.table(), f) ? PgGeometry.FROM_WKB : "?").append(", ");
                }
                yield "UPDATE " + table + " SET " + set + "version = version + 1 WHERE " + key + " = ? AND version = ?";
            }
            default -> "DELETE FROM " + table + " WHERE " + key + " = ? AND version = ?";
        };
        try (PreparedStatement ps = pg.prepareStatement(sql)) {
            int i = 1;
            if (ch.operation().equals("insert")) {
                ps.setString(i++, ch.recordId());
            }
            if (!ch.operation().equals("delete")) {
                for (String f : fields) {
                    bind(ps, i++, ch.newValues().get(f));
                }
            }
            if (!ch.operation().equals("insert")) {
                ps.setString(i++, ch.recordId());
                ps.setLong(i, ch.baseVersion());
            }
            return ps.executeUpdate() == 1;
        }
    }

    private void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v instanceof Geometry g) {
            ps.setBytes(i, geometry.write(g));
        } else {
            ps.setObject(i, v);
        }
    }

    private static long serverVersion(Connection pg, RecordTables tables, Change ch) throws SQLException {
        try (PreparedStatement ps = pg.prepareStatement("SELECT version FROM " + TableCopy.quote(ch.table())
                + " WHERE " + TableCopy.quote(tables.key(ch.table())) + " = ?")) {
            ps.setString(1, ch.recordId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private Map<String, Object> serverValues(Connection pg, RecordTables tables, Change ch) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>(ch.newValues().keySet());
        fields.addAll(ch.oldValues().keySet().stream().filter(f -> !ch.newValues().containsKey(f)).toList());
        if (fields.isEmpty()) {
            return out;
        }
        StringBuilder select = new StringBuilder();
        for (String f : fields) {
            tables.requireField(ch.table(), f);
            select.append(select.length() == 0 ? "" : ", ").append(tables.isGeometry(ch.table(), f)
                    ? "ST_AsBinary(" + TableCopy.quote(f) + ")" : TableCopy.quote(f));
        }
        try (PreparedStatement ps = pg.prepareStatement("SELECT " + select + " FROM " + TableCopy.quote(ch.table())
                + " WHERE " + TableCopy.quote(tables.key(ch.table())) + " = ?")) {
            ps.setString(1, ch.recordId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    for (int i = 0; i < fields.size(); i++) {
                        String f = fields.get(i);
                        out.put(f, tables.isGeometry(ch.table(), f)
                                ? geometry.read(rs.getBytes(i + 1), PgGeometry.SRID, ch.table() + " " + ch.recordId())
                                : rs.getObject(i + 1));
                    }
                }
            }
        }
        return out;
    }

    private long log(Connection pg, ServerChangeset cs) throws SQLException {
        long seq;
        try (PreparedStatement ps = pg.prepareStatement("""
                INSERT INTO shared_changeset (uuid, author, created_at, comment) VALUES (?, ?, ?, ?) RETURNING seq""")) {
            ps.setObject(1, cs.uuid());
            ps.setString(2, cs.author());
            ps.setTimestamp(3, Timestamp.from(cs.createdAt()));
            ps.setString(4, cs.comment());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = pg.prepareStatement("""
                INSERT INTO shared_change (changeset_seq, ord, record_table, record_id, operation, base_version,
                                           old_values, new_values)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""")) {
            int ord = 0;
            for (Change ch : cs.changes()) {
                ps.setLong(1, seq);
                ps.setInt(2, ord++);
                ps.setString(3, ch.table());
                ps.setString(4, ch.recordId());
                ps.setString(5, ch.operation());
                ps.setObject(6, ch.baseVersion(), java.sql.Types.BIGINT);
                ps.setString(7, json.encode(ch.oldValues()));
                ps.setString(8, json.encode(ch.newValues()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return seq;
    }

    private List<Change> changes(Connection pg, RecordTables tables, long seq) throws SQLException {
        List<Change> out = new ArrayList<>();
        try (PreparedStatement ps = pg.prepareStatement("""
                SELECT record_table, record_id, operation, base_version, old_values::text, new_values::text
                FROM shared_change WHERE changeset_seq = ? ORDER BY ord""")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    long base = rs.getLong(4);
                    out.add(new Change(table, rs.getString(2), rs.getString(3), rs.wasNull() ? null : base,
                            json.decode(rs.getString(5), table, tables), json.decode(rs.getString(6), table, tables)));
                }
            }
        }
        return out;
    }
}
