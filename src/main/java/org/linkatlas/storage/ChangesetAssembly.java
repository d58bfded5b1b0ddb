package org.linkatlas.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.Codes;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;

/**
 * Changesets put together from the log's three tables as they are read: the heads, their records and the
 * records' fields, each fed a row at a time in the log's order (by seq, then ord), the three in any order. The
 * same on this store ({@link ChangesetRepository}) and on the office server (storage/pg's SharedLog), whose log
 * has the same tables and columns. The reading thread's; not shared.
 */
public final class ChangesetAssembly {
    private record Head(long seq, String uuid, String author, String time, String comment, String reverts) {
    }

    private record Row(long seq, int ord, RecordRef ref, ChangeOp op) {
    }

    private final List<Head> heads = new ArrayList<>();
    private final Map<Long, List<Row>> records = new HashMap<>();
    private final Map<String, List<FieldChange>> fields = new HashMap<>();

    /** Columns seq, uuid, author, created_at, comment, reverts of table changeset. */
    public static final String HEAD_COLUMNS = "seq, uuid, author, created_at, comment, reverts";
    /** Columns of table changeset_record, in the order {@link #record} reads them. */
    public static final String RECORD_COLUMNS = "changeset_seq, ord, record_type, record_id, op";
    /** Columns of table changeset_field, in the order {@link #field} reads them. */
    public static final String FIELD_COLUMNS = "changeset_seq, record_ord, field, old_value, new_value";

    /** One changeset's head, the row at {@code rs} ({@link #HEAD_COLUMNS}). */
    public void head(ResultSet rs) throws SQLException {
        heads.add(new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
    }

    /** One record of a changeset ({@link #RECORD_COLUMNS}). */
    public void record(ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        records.computeIfAbsent(seq, k -> new ArrayList<>()).add(new Row(seq, rs.getInt(2),
                new RecordRef(rs.getString(3), rs.getString(4)), Codes.parse(ChangeOp.class, rs.getString(5))));
    }

    /** One field of a changeset's record ({@link #FIELD_COLUMNS}). */
    public void field(ResultSet rs) throws SQLException {
        fields.computeIfAbsent(rs.getLong(1) + "/" + rs.getInt(2), k -> new ArrayList<>())
                .add(new FieldChange(rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    public boolean noHeads() {
        return heads.isEmpty();
    }

    /** The seqs of the heads read, in order. */
    public Long[] seqs() {
        return heads.stream().map(Head::seq).toArray(Long[]::new);
    }

    /** The changesets, in the order of their heads. */
    public List<Changeset> changesets() {
        List<Changeset> out = new ArrayList<>(heads.size());
        for (Head h : heads) {
            List<RecordChange> changes = new ArrayList<>();
            for (Row r : records.getOrDefault(h.seq(), List.of())) {
                changes.add(new RecordChange(r.ref(), r.op(), fields.getOrDefault(r.seq() + "/" + r.ord(), List.of())));
            }
            out.add(new Changeset(h.uuid(), h.author(), Instant.parse(h.time()), h.comment(), h.reverts(), changes));
        }
        return out;
    }
}
