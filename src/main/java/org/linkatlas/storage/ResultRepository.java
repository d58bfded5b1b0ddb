package org.linkatlas.storage;

import java.util.List;
import java.util.Map;
import org.linkatlas.model.Result;
import org.linkatlas.model.Source;

/** Reported results with the links they concern and who achieved them. Same threading as its {@link Database}. */
public final class ResultRepository {
    private final Database db;

    public ResultRepository(Database db) {
        this.db = db;
    }

    public void insert(Result r) {
        Sql.update(db, "insert result " + r.id(), """
                INSERT INTO result (id, text_vi, text_en, date_text, date_value, date_precision, date_relation,
                                    date_note, seed, quote, uncertainties)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, r.id());
            Rows.setText(ps, 2, r.text());
            Rows.setFuzzyDate(ps, 4, r.date());
            ps.setString(9, r.source().seed());
            ps.setString(10, r.source().quote());
            ps.setString(11, Rows.textsToJson(r.uncertainties()));
        });
        Sql.insertOrdered(db, "insert link of result " + r.id(),
                "INSERT INTO result_link (result_id, ord, link_id) VALUES (?, ?, ?)", r.id(), r.linkIds());
        Sql.insertOrdered(db, "insert party of result " + r.id(),
                "INSERT INTO result_party (result_id, ord, party_id) VALUES (?, ?, ?)", r.id(), r.partyIds());
    }

    public List<Result> findAll() {
        Map<String, List<String>> links = Sql.grouped(db, "read result links",
                "SELECT result_id, link_id FROM result_link ORDER BY result_id, ord", Sql.NO_PARAMETERS);
        Map<String, List<String>> parties = Sql.grouped(db, "read result parties",
                "SELECT result_id, party_id FROM result_party ORDER BY result_id, ord", Sql.NO_PARAMETERS);
        return Sql.query(db, "read results", """
                SELECT id, text_vi, text_en, date_text, date_value, date_precision, date_relation, date_note, seed,
                       quote, uncertainties
                FROM result ORDER BY id""", Sql.NO_PARAMETERS, rs -> {
            String id = rs.getString("id");
            return new Result(id, links.getOrDefault(id, List.of()), parties.getOrDefault(id, List.of()),
                    Rows.getText(rs, "text"), Rows.getFuzzyDate(rs, "date"),
                    new Source(rs.getString("seed"), rs.getString("quote")),
                    Rows.textsFromJson(rs.getString("uncertainties")));
        });
    }
}
