package org.linkatlas.storage.pg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.SourceDocument;
import org.linkatlas.storage.ChangesetAssembly;
import org.linkatlas.storage.SourceRepository;

/**
 * The office's log of the planners' own changesets on the shared store: the same tables as a local store's log
 * ({@code changeset}, {@code changeset_record}, {@code changeset_field}, {@code source_document}; pg/V004), so a
 * changeset travels to the server and back to the character (old and new values stay canonical JSON text). A
 * record's version on the server is 1 (as loaded by init-server) plus the number of logged changesets that touched
 * it. {@link #inSync} runs a whole sync in one server transaction holding the push lock, so nobody else's push
 * lands between what a client reads and what it writes, and the log's seq order is the order of commits; a push
 * tells listeners on {@link #CHANNEL} at commit. Same threading as its {@link PgStore}.
 */
public final class SharedLog {
    /** The NOTIFY channel a sync that appended tells at commit ({@link ChangeListener} listens on it). */
    public static final String CHANNEL = "link_atlas_changes";
    private static final long PUSH_LOCK = 0x4C41707573684CL; // serialises syncs: seq order = commit order

    private final PgStore server;

    public SharedLog(PgStore server) {
        this.server = server;
    }

    /** The newest seq of the planners' log, 0 when empty (what a window has seen when it connects). */
    public long latestSeq() {
        return server.inTransaction("read the log's end", pg -> {
            try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM changeset")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** How many changesets the planners' log holds after {@code seq}. */
    public long countAfter(long seq) {
        return server.inTransaction("count new changesets", pg -> {
            try (PreparedStatement ps = pg.prepareStatement("SELECT count(*) FROM changeset WHERE seq > ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** What a sync may do inside its server transaction. */
    public interface Session {
        /** Every changeset id the server holds, with its seq, oldest first. */
        Map<String, Long> ids();

        /** The changesets of those ids, oldest first (ids the server lacks are skipped). */
        List<Changeset> read(Collection<String> ids);

        /** Each record's version on the server now: 1 + the logged changesets that touched it. */
        Map<RecordRef, Long> versions(Collection<RecordRef> records);

        /** The imported articles the server keeps. */
        List<SourceDocument> documents();

        /** Appends a changeset to the server's log; returns its seq. */
        long append(Changeset changeset);

        /** Keeps an article on the server (once: the id follows from the text). */
        void keep(SourceDocument document);

        /**
         * Rewrites the server's rows of these records, of any type (and their list rows), as the SQLite store
         * {@code store} holds them, so the server's tables (QGIS's layer among them) show what was pushed; a record
         * the tables cannot take is left to the log.
         *
         * @return the records whose rows the server's tables could not take (their changes are in the log all the same)
         */
        List<RecordRef> refreshRecords(Path store, Collection<RecordRef> records);
    }

    /** Work done inside the sync's server transaction. */
    @FunctionalInterface
    public interface SyncWork<T> {
        T run(Session session);
    }

    /**
     * Runs {@code work} in one server transaction holding the push lock; commits when it returns (telling
     * listeners when something was appended), rolls back when it throws or the connection drops.
     */
    public <T> T inSync(String what, SyncWork<T> work) {
        return server.inTransaction(what, pg -> {
            try (Statement s = pg.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + PUSH_LOCK + ")");
            }
            Txn txn = new Txn(pg);
            T result;
            try {
                result = work.run(txn);
            } catch (Wrapped w) {
                throw w.getCause();
            }
            if (txn.lastSeq > 0) {
                try (PreparedStatement ps = pg.prepareStatement("SELECT pg_notify(?, ?)")) {
                    ps.setString(1, CHANNEL);
                    ps.setString(2, Long.toString(txn.lastSeq));
                    ps.execute();
                }
            }
            return result;
        });
    }

    /**
     * Runs read-only {@code work} in one server transaction without the push lock (a sync reads most of what it
     * lacks this way, so the locked part stays short); it must not append.
     */
    public <T> T inSnapshot(String what, SyncWork<T> work) {
        return server.inTransaction(what, pg -> {
            try {
                return work.run(new Txn(pg));
            } catch (Wrapped w) {
                throw w.getCause();
            }
        });
    }

    /** Carries an SQLException out of a Session method to the transaction, which rolls back. */
    private static final class Wrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Wrapped(SQLException e) {
            super(e);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private interface Sql<T> {
        T run() throws SQLException;
    }

    /** Takes in the row a result set stands at. */
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static <T> T sql(Sql<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new Wrapped(e);
        }
    }

    private static final class Txn implements Session {
        private final Connection pg;
        private long lastSeq;

        Txn(Connection pg) {
            this.pg = pg;
        }

        @Override
        public Map<String, Long> ids() {
            return sql(() -> {
                Map<String, Long> out = new LinkedHashMap<>();
                try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("SELECT uuid, seq FROM changeset ORDER BY seq")) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
                return out;
            });
        }

        @Override
        public List<Changeset> read(Collection<String> ids) {
            if (ids.isEmpty()) {
                return List.of();
            }
            return sql(() -> {
                ChangesetAssembly a = new ChangesetAssembly();
                try (PreparedStatement ps = pg.prepareStatement("SELECT " + ChangesetAssembly.HEAD_COLUMNS
                        + " FROM changeset WHERE uuid = ANY(?) ORDER BY seq")) {
                    ps.setArray(1, pg.createArrayOf("text", ids.toArray(String[]::new)));
                    readInto(ps, a::head);
                }
                Long[] seqs = a.seqs();
                try (PreparedStatement ps = pg.prepareStatement("SELECT " + ChangesetAssembly.FIELD_COLUMNS
                        + " FROM changeset_field WHERE changeset_seq = ANY(?) ORDER BY changeset_seq, record_ord, ord")) {
                    ps.setArray(1, pg.createArrayOf("bigint", seqs));
                    readInto(ps, a::field);
                }
                try (PreparedStatement ps = pg.prepareStatement("SELECT " + ChangesetAssembly.RECORD_COLUMNS
                        + " FROM changeset_record WHERE changeset_seq = ANY(?) ORDER BY changeset_seq, ord")) {
                    ps.setArray(1, pg.createArrayOf("bigint", seqs));
                    readInto(ps, a::record);
                }
                return a.changesets();
            });
        }

        private static void readInto(PreparedStatement ps, RowReader row) throws SQLException {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }

        @Override
        public Map<RecordRef, Long> versions(Collection<RecordRef> refs) {
            Map<RecordRef, Long> out = new LinkedHashMap<>();
            if (refs.isEmpty()) {
                return out;
            }
            return sql(() -> {
                try (PreparedStatement ps = pg.prepareStatement("""
                        SELECT count(DISTINCT changeset_seq) FROM changeset_record WHERE record_type = ? AND record_id = ?""")) {
                    for (RecordRef r : Set.copyOf(refs)) {
                        ps.setString(1, r.type());
                        ps.setString(2, r.id());
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            out.put(r, 1 + rs.getLong(1));
                        }
                    }
                }
                return out;
            });
        }

        @Override
        public List<SourceDocument> documents() {
            return sql(() -> {
                List<SourceDocument> out = new ArrayList<>();
                try (Statement s = pg.createStatement();
                     ResultSet rs = s.executeQuery("SELECT " + SourceRepository.COLUMNS + " FROM source_document ORDER BY id")) {
                    while (rs.next()) {
                        out.add(SourceRepository.read(rs));
                    }
                }
                return out;
            });
        }

        @Override
        public long append(Changeset cs) {
            return sql(() -> {
                long seq;
                try (PreparedStatement ps = pg.prepareStatement("""
                        INSERT INTO changeset (uuid, author, created_at, comment, reverts) VALUES (?, ?, ?, ?, ?) RETURNING seq""")) {
                    ps.setString(1, cs.id());
                    ps.setString(2, cs.author());
                    ps.setString(3, org.linkatlas.storage.ChangesetRepository.stamp(cs.time()));
                    ps.setString(4, cs.comment());
                    ps.setString(5, cs.reverts());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        seq = rs.getLong(1);
                    }
                }
                org.linkatlas.storage.ChangesetRepository.writeChanges(pg, seq, cs);
                lastSeq = Math.max(lastSeq, seq);
                return seq;
            });
        }

        @Override
        public List<RecordRef> refreshRecords(Path store, Collection<RecordRef> records) {
            return sql(() -> new RecordRows().refresh(pg, store, records).left());
        }

        @Override
        public void keep(SourceDocument d) {
            sql(() -> {
                try (PreparedStatement ps = pg.prepareStatement("INSERT INTO source_document (" + SourceRepository.INSERT_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                    SourceRepository.bind(ps, d, org.linkatlas.storage.ChangesetRepository.stamp(Instant.now()));
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }
}
