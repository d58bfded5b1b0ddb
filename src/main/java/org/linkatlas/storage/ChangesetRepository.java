package org.linkatlas.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.Codes;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;

/**
 * The append-only changeset log (V004): append, read in order, find by record, and the user's conflict choices.
 * The tables refuse UPDATE and DELETE by trigger. Same threading as its {@link Database}.
 */
public final class ChangesetRepository {
    private final Database db;

    public ChangesetRepository(Database db) {
        this.db = db;
    }

    /** Appends one changeset in its own transaction: all its rows land, or none. */
    public void append(Changeset cs) {
        db.inTransaction(() -> {
            insertRows(cs);
            return null;
        });
    }

    /** Appends several in one transaction (an import). */
    public void appendAll(List<Changeset> changesets) {
        db.inTransaction(() -> {
            for (Changeset cs : changesets) {
                insertRows(cs);
            }
            return null;
        });
    }

    /** Appends inside a transaction the caller has opened with {@link Database#inTransaction}. */
    public void appendWithin(Changeset cs) throws SQLException {
        insertRows(cs);
    }

    /** The rows of one changeset, inside the caller's transaction. */
    void insertRows(Changeset cs) throws SQLException {
        var c = db.connection();
        long seq;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO changeset (uuid, author, created_at, comment, reverts) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, cs.id());
            ps.setString(2, cs.author());
            ps.setString(3, stamp(cs.time()));
            ps.setString(4, cs.comment());
            ps.setString(5, cs.reverts());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM changeset WHERE uuid = ?")) {
            ps.setString(1, cs.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
            }
        }
        writeChanges(c, seq, cs);
    }

    /** Fixed width (milliseconds, UTC) so that text order is time order (the server's log writes the same). */
    public static String stamp(Instant t) {
        return STAMP.format(t);
    }

    private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    public boolean contains(String uuid) {
        return !Sql.query(db, "look up changeset", "SELECT 1 FROM changeset WHERE uuid = ?", ps -> ps.setString(1, uuid),
                rs -> 1).isEmpty();
    }

    public int count() {
        return Sql.query(db, "count changesets", "SELECT count(*) FROM changeset", Sql.NO_PARAMETERS, rs -> rs.getInt(1)).get(0);
    }

    /** Every changeset in the order it was applied. */
    public List<Changeset> all() {
        return read("", Sql.NO_PARAMETERS);
    }

    /** The changesets made at or after {@code since}. */
    public List<Changeset> since(Instant since) {
        return read("WHERE c.created_at >= ?", ps -> ps.setString(1, stamp(since)));
    }

    /** The changesets that touched {@code ref}, in order. */
    public List<Changeset> touching(RecordRef ref) {
        return read("WHERE c.seq IN (SELECT changeset_seq FROM changeset_record WHERE record_type = ? AND record_id = ?)", ps -> {
            ps.setString(1, ref.type());
            ps.setString(2, ref.id());
        });
    }

    public Optional<Changeset> find(String uuid) {
        return read("WHERE c.uuid = ?", ps -> ps.setString(1, uuid)).stream().findFirst();
    }

    private List<Changeset> read(String where, Sql.Binder binder) {
        ChangesetAssembly a = new ChangesetAssembly();
        Sql.query(db, "read changesets", "SELECT c.seq, c.uuid, c.author, c.created_at, c.comment, c.reverts FROM changeset c "
                + where + " ORDER BY c.seq", binder, rs -> {
                    a.head(rs);
                    return null;
                });
        if (a.noHeads()) {
            return List.of();
        }
        String in = "changeset_seq IN (SELECT c.seq FROM changeset c " + where + ")";
        Sql.query(db, "read changeset fields", "SELECT " + ChangesetAssembly.FIELD_COLUMNS + " FROM changeset_field WHERE "
                + in + " ORDER BY changeset_seq, record_ord, ord", binder, rs -> {
                    a.field(rs);
                    return null;
                });
        Sql.query(db, "read changeset records", "SELECT " + ChangesetAssembly.RECORD_COLUMNS + " FROM changeset_record WHERE "
                + in + " ORDER BY changeset_seq, ord", binder, rs -> {
                    a.record(rs);
                    return null;
                });
        return a.changesets();
    }

    /** A user's choice for one conflicting field: "mine" or "theirs". */
    public record ConflictChoice(String changeset, RecordRef ref, String field, String choice) {
    }

    public void choose(ConflictChoice c) {
        Sql.update(db, "record a conflict choice", """
                INSERT OR REPLACE INTO conflict_choice (changeset_uuid, record_type, record_id, field, choice, chosen_at)
                VALUES (?, ?, ?, ?, ?, ?)""", ps -> {
                    ps.setString(1, c.changeset());
                    ps.setString(2, c.ref().type());
                    ps.setString(3, c.ref().id());
                    ps.setString(4, c.field());
                    ps.setString(5, c.choice());
                    ps.setString(6, Instant.now().toString());
                });
    }

    public List<ConflictChoice> choices() {
        return Sql.query(db, "read conflict choices", "SELECT changeset_uuid, record_type, record_id, field, choice FROM conflict_choice",
                Sql.NO_PARAMETERS, rs -> new ConflictChoice(rs.getString(1), new RecordRef(rs.getString(2), rs.getString(3)),
                        rs.getString(4), rs.getString(5)));
    }

    /**
     * A changeset's records and fields under its {@code seq}, in the log's own tables: the same on this store and on
     * the office server (storage/pg), whose log has the same shape. Runs in the caller's transaction.
     */
    public static void writeChanges(java.sql.Connection c, long seq, Changeset cs) throws SQLException {
        try (PreparedStatement rec = c.prepareStatement(
                "INSERT INTO changeset_record (changeset_seq, ord, record_type, record_id, op) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement fld = c.prepareStatement(
                "INSERT INTO changeset_field (changeset_seq, record_ord, ord, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int r = 0; r < cs.changes().size(); r++) {
                RecordChange rc = cs.changes().get(r);
                rec.setLong(1, seq);
                rec.setInt(2, r);
                rec.setString(3, rc.ref().type());
                rec.setString(4, rc.ref().id());
                rec.setString(5, Codes.of(rc.op()));
                rec.addBatch();
                for (int f = 0; f < rc.fields().size(); f++) {
                    FieldChange fc = rc.fields().get(f);
                    fld.setLong(1, seq);
                    fld.setInt(2, r);
                    fld.setInt(3, f);
                    fld.setString(4, fc.field());
                    fld.setString(5, fc.oldJson());
                    fld.setString(6, fc.newJson());
                    fld.addBatch();
                }
            }
            rec.executeBatch();
            fld.executeBatch();
        }
    }
}
