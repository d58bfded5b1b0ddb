package org.linkatlas.storage;

import java.util.List;
import java.util.Map;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.CommitmentRole;
import org.linkatlas.model.CommitmentTopic;
import org.linkatlas.model.Source;
import org.linkatlas.model.Stage;

/** Commitments with their links, actors and requesters. Same threading as its {@link Database}. */
public final class CommitmentRepository {
    private static final String SELECT = """
            SELECT id, agreement_id, role, topic, action_vi, action_en, deadline_text, deadline_value,
                   deadline_precision, deadline_relation, deadline_note, deadline_stage, seed, quote, uncertainties
            FROM commitment
            """;

    private final Database db;

    public CommitmentRepository(Database db) {
        this.db = db;
    }

    public void insert(Commitment c) {
        Sql.update(db, "insert commitment " + c.id(), """
                INSERT INTO commitment (id, agreement_id, role, topic, action_vi, action_en, deadline_text,
                                        deadline_value, deadline_precision, deadline_relation, deadline_note,
                                        deadline_stage, seed, quote, uncertainties)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, c.id());
            ps.setString(2, c.agreementId());
            ps.setString(3, Codes.of(c.role()));
            ps.setString(4, Codes.of(c.topic()));
            ps.setString(5, c.actionVi());
            ps.setString(6, c.actionEn());
            Rows.setFuzzyDate(ps, 7, c.deadline());
            ps.setString(12, Codes.of(c.deadlineStage()));
            ps.setString(13, c.source().seed());
            ps.setString(14, c.source().quote());
            ps.setString(15, Rows.textsToJson(c.uncertainties()));
        });
        Sql.insertOrdered(db, "insert link of commitment " + c.id(),
                "INSERT INTO commitment_link (commitment_id, ord, link_id) VALUES (?, ?, ?)", c.id(), c.linkIds());
        Sql.insertOrdered(db, "insert actor of commitment " + c.id(),
                "INSERT INTO commitment_actor (commitment_id, ord, party_id) VALUES (?, ?, ?)", c.id(), c.actorIds());
        Sql.insertOrdered(db, "insert requester of commitment " + c.id(),
                "INSERT INTO commitment_requester (commitment_id, ord, party_id) VALUES (?, ?, ?)", c.id(),
                c.requesterIds());
    }

    public List<Commitment> findAll() {
        return read(SELECT + " ORDER BY id", Sql.NO_PARAMETERS);
    }

    public List<Commitment> findForLink(String linkId) {
        return read(SELECT + " WHERE id IN (SELECT commitment_id FROM commitment_link WHERE link_id = ?) ORDER BY id",
                ps -> ps.setString(1, linkId));
    }

    public List<Commitment> findForAgreement(String agreementId) {
        return read(SELECT + " WHERE agreement_id = ? ORDER BY id", ps -> ps.setString(1, agreementId));
    }

    private List<Commitment> read(String sql, Sql.Binder binder) {
        Map<String, List<String>> links = Sql.grouped(db, "read commitment links",
                "SELECT commitment_id, link_id FROM commitment_link ORDER BY commitment_id, ord", Sql.NO_PARAMETERS);
        Map<String, List<String>> actors = Sql.grouped(db, "read commitment actors",
                "SELECT commitment_id, party_id FROM commitment_actor ORDER BY commitment_id, ord", Sql.NO_PARAMETERS);
        Map<String, List<String>> requesters = Sql.grouped(db, "read commitment requesters",
                "SELECT commitment_id, party_id FROM commitment_requester ORDER BY commitment_id, ord",
                Sql.NO_PARAMETERS);
        return Sql.query(db, "read commitments", sql, binder, rs -> {
            String id = rs.getString("id");
            return new Commitment(id, rs.getString("agreement_id"), links.getOrDefault(id, List.of()),
                    actors.getOrDefault(id, List.of()), requesters.getOrDefault(id, List.of()),
                    Codes.parse(CommitmentRole.class, rs.getString("role")),
                    Codes.parse(CommitmentTopic.class, rs.getString("topic")),
                    rs.getString("action_vi"), rs.getString("action_en"), Rows.getFuzzyDate(rs, "deadline"),
                    rs.getString("deadline_stage") == null ? null
                            : Codes.parse(Stage.class, rs.getString("deadline_stage")),
                    new Source(rs.getString("seed"), rs.getString("quote")),
                    Rows.textsFromJson(rs.getString("uncertainties")));
        });
    }
}
