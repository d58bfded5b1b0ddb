package org.linkatlas.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.InterventionKind;
import org.linkatlas.model.LocalText;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.Source;
import org.linkatlas.model.Stage;

/**
 * Interventions of links with the bodies asked, the commitments behind them and their progress events, in
 * order. Written after links and commitments (it refers to both). Same threading as its {@link Database}.
 */
public final class InterventionRepository {
    private final Database db;

    public InterventionRepository(Database db) {
        this.db = db;
    }

    public void insert(Intervention iv, int ord) {
        Sql.update(db, "insert intervention " + iv.id(), """
                INSERT INTO intervention (id, link_id, ord, kind, what_vi, what_en) VALUES (?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, iv.id());
            ps.setString(2, iv.linkId());
            ps.setInt(3, ord);
            ps.setString(4, Codes.of(iv.kind()));
            Rows.setText(ps, 5, iv.what());
        });
        Sql.insertOrdered(db, "insert body asked of intervention " + iv.id(),
                "INSERT INTO intervention_requested_of (intervention_id, ord, party_id) VALUES (?, ?, ?)", iv.id(),
                iv.requestedOf());
        Sql.insertOrdered(db, "insert commitment of intervention " + iv.id(),
                "INSERT INTO intervention_commitment (intervention_id, ord, commitment_id) VALUES (?, ?, ?)", iv.id(),
                iv.commitmentIds());
        for (int i = 0; i < iv.events().size(); i++) {
            ProgressEvent e = iv.events().get(i);
            int eventOrd = i;
            Sql.update(db, "insert event " + e.id(), """
                    INSERT INTO progress_event (id, intervention_id, ord, stage, date_text, date_value, date_precision,
                                                date_relation, date_note, seed, quote, note_vi, note_en)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
                ps.setString(1, e.id());
                ps.setString(2, iv.id());
                ps.setInt(3, eventOrd);
                ps.setString(4, Codes.of(e.stage()));
                Rows.setFuzzyDate(ps, 5, e.date());
                ps.setString(10, e.source().seed());
                ps.setString(11, e.source().quote());
                Rows.setText(ps, 12, e.note());
            });
        }
    }

    /** Every intervention grouped by link id, each link's in order. */
    public Map<String, List<Intervention>> byLink() {
        Map<String, List<String>> asked = Sql.grouped(db, "read bodies asked",
                "SELECT intervention_id, party_id FROM intervention_requested_of ORDER BY intervention_id, ord",
                Sql.NO_PARAMETERS);
        Map<String, List<String>> commitments = Sql.grouped(db, "read commitments of interventions",
                "SELECT intervention_id, commitment_id FROM intervention_commitment ORDER BY intervention_id, ord",
                Sql.NO_PARAMETERS);
        Map<String, List<ProgressEvent>> events = new LinkedHashMap<>();
        Sql.query(db, "read progress events", """
                SELECT id, intervention_id, stage, date_text, date_value, date_precision, date_relation, date_note,
                       seed, quote, note_vi, note_en
                FROM progress_event ORDER BY intervention_id, ord""", Sql.NO_PARAMETERS, rs -> {
            events.computeIfAbsent(rs.getString("intervention_id"), k -> new ArrayList<>()).add(new ProgressEvent(
                    rs.getString("id"), Rows.getFuzzyDate(rs, "date"), Codes.parse(Stage.class, rs.getString("stage")),
                    new Source(rs.getString("seed"), rs.getString("quote")), Rows.getText(rs, "note")));
            return null;
        });
        Map<String, List<Intervention>> out = new LinkedHashMap<>();
        Sql.query(db, "read interventions",
                "SELECT id, link_id, kind, what_vi, what_en FROM intervention ORDER BY link_id, ord",
                Sql.NO_PARAMETERS, rs -> {
                    String id = rs.getString("id");
                    LocalText what = Rows.getText(rs, "what");
                    out.computeIfAbsent(rs.getString("link_id"), k -> new ArrayList<>()).add(new Intervention(id,
                            rs.getString("link_id"), Codes.parse(InterventionKind.class, rs.getString("kind")), what,
                            asked.getOrDefault(id, List.of()), commitments.getOrDefault(id, List.of()),
                            events.getOrDefault(id, List.of())));
                    return null;
                });
        return out;
    }
}
