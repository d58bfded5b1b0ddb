package org.linkatlas.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.AgreementType;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Period;
import org.linkatlas.model.Source;

/** Agreements with their parties and sources. Same threading as its {@link Database}. */
public final class AgreementRepository {
    private static final String SELECT = """
            SELECT id, type, number, title_vi, title_en, date_text, date_value, date_precision, date_note,
                   period_from, period_to, period_text, signatories, uncertainties
            FROM agreement
            """;

    private final Database db;

    public AgreementRepository(Database db) {
        this.db = db;
    }

    public void insert(Agreement a) {
        Sql.update(db, "insert agreement " + a.id(), """
                INSERT INTO agreement (id, type, number, title_vi, title_en, date_text, date_value, date_precision,
                                       date_note, period_from, period_to, period_text, signatories, uncertainties)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, a.id());
            ps.setString(2, Codes.of(a.type()));
            ps.setString(3, a.number());
            ps.setString(4, a.titleVi());
            ps.setString(5, a.titleEn());
            ps.setString(6, a.date().text());
            ps.setString(7, a.date().value());
            ps.setString(8, Codes.of(a.date().precision()));
            ps.setString(9, a.date().note());
            Rows.setInt(ps, 10, a.period() == null ? null : a.period().from());
            Rows.setInt(ps, 11, a.period() == null ? null : a.period().to());
            ps.setString(12, a.period() == null ? null : a.period().text());
            ps.setString(13, Rows.toJson(a.signatories()));
            ps.setString(14, Rows.textsToJson(a.uncertaintyTexts()));
        });
        Sql.insertOrdered(db, "insert party of agreement " + a.id(),
                "INSERT INTO agreement_party (agreement_id, ord, party_id) VALUES (?, ?, ?)", a.id(), a.partyIds());
        Sql.insertSources(db, "insert source of agreement " + a.id(),
                "INSERT INTO agreement_source (agreement_id, ord, seed, quote) VALUES (?, ?, ?, ?)", a.id(), a.sources());
    }

    public List<Agreement> findAll() {
        return read(SELECT + " ORDER BY date_value, id", Sql.NO_PARAMETERS);
    }

    public Optional<Agreement> findById(String id) {
        return read(SELECT + " WHERE id = ?", ps -> ps.setString(1, id)).stream().findFirst();
    }

    /** Agreements a link stands in, directly or through a commitment. */
    public List<Agreement> findForLink(String linkId) {
        return read(SELECT + """
                 WHERE id IN (SELECT agreement_id FROM link_agreement WHERE link_id = ?
                              UNION SELECT c.agreement_id FROM commitment c
                                    JOIN commitment_link cl ON cl.commitment_id = c.id WHERE cl.link_id = ?)
                 ORDER BY date_value, id""", ps -> {
            ps.setString(1, linkId);
            ps.setString(2, linkId);
        });
    }

    private List<Agreement> read(String sql, Sql.Binder binder) {
        Map<String, List<String>> parties = Sql.grouped(db, "read agreement parties",
                "SELECT agreement_id, party_id FROM agreement_party ORDER BY agreement_id, ord", Sql.NO_PARAMETERS);
        Map<String, List<Source>> sources = Sql.sources(db, "read agreement sources",
                "SELECT agreement_id, seed, quote FROM agreement_source ORDER BY agreement_id, ord");
        return Sql.query(db, "read agreements", sql, binder, rs -> {
            String id = rs.getString("id");
            Integer from = Rows.getInt(rs, "period_from");
            Integer to = Rows.getInt(rs, "period_to");
            String periodText = rs.getString("period_text");
            Period period = from == null && to == null && periodText == null ? null : new Period(from, to, periodText);
            return new Agreement(id, Codes.parse(AgreementType.class, rs.getString("type")), rs.getString("number"),
                    rs.getString("title_vi"), rs.getString("title_en"), Rows.getFuzzyDate(rs, "date"), period,
                    parties.getOrDefault(id, List.of()), Rows.fromJson(rs.getString("signatories")),
                    sources.getOrDefault(id, List.of()), Rows.textsFromJson(rs.getString("uncertainties")));
        });
    }
}
