package org.linkatlas.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.PhysicalState;
import org.linkatlas.model.RoadClass;
import org.linkatlas.model.Source;
import org.locationtech.jts.geom.Envelope;

/** Links with their places, provinces, agreements and sources. Same threading as its {@link Database}. */
public final class LinkRepository {
    private static final String SELECT = """
            SELECT id, name_vi, name_en, kind, road_class, state, state_note_vi, state_note_en, length_km,
                   cost_billion_vnd, figures_note_vi, figures_note_en, target_text, target_value, target_precision,
                   target_relation, target_note, geom, accuracy, accuracy_km, coord_source_vi, coord_source_en,
                   uncertainties
            FROM link
            """;

    private final Database db;
    private final WkbCodec wkb = new WkbCodec();

    public LinkRepository(Database db) {
        this.db = db;
    }

    /** Inserts the link and its places, provinces, agreements and sources; its interventions come later. */
    public void insert(Link l) {
        Envelope box = l.located() ? l.geometry().getEnvelopeInternal() : null;
        Sql.update(db, "insert link " + l.id(), """
                INSERT INTO link (id, name_vi, name_en, kind, road_class, state, status, state_note_vi, state_note_en,
                                  length_km, cost_billion_vnd, figures_note_vi, figures_note_en, target_text,
                                  target_value, target_precision, target_relation, target_note, geom, min_lon,
                                  min_lat, max_lon, max_lat, accuracy, accuracy_km, coord_source_vi, coord_source_en,
                                  uncertainties)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, l.id());
            ps.setString(2, l.nameVi());
            ps.setString(3, l.nameEn());
            ps.setString(4, Codes.of(l.kind()));
            ps.setString(5, Codes.of(l.roadClass()));
            ps.setString(6, Codes.of(l.state()));
            ps.setString(7, Codes.of(l.status()));
            Rows.setText(ps, 8, l.stateNote());
            Rows.setDouble(ps, 10, l.lengthKm());
            Rows.setDouble(ps, 11, l.costBillionVnd());
            Rows.setText(ps, 12, l.figuresNote());
            Rows.setFuzzyDate(ps, 14, l.target());
            ps.setBytes(19, box == null ? null : wkb.encode(l.geometry()));
            Rows.setDouble(ps, 20, box == null ? null : box.getMinX());
            Rows.setDouble(ps, 21, box == null ? null : box.getMinY());
            Rows.setDouble(ps, 22, box == null ? null : box.getMaxX());
            Rows.setDouble(ps, 23, box == null ? null : box.getMaxY());
            ps.setString(24, Codes.of(l.accuracy()));
            Rows.setDouble(ps, 25, box == null ? null : l.accuracyKm());
            Rows.setText(ps, 26, l.coordSourceText());
            ps.setString(28, Rows.textsToJson(l.uncertaintyTexts()));
        });
        insertChildren(l);
    }

    private void insertChildren(Link l) {
        Sql.insertOrdered(db, "insert place of link " + l.id(),
                "INSERT INTO link_place (link_id, ord, place_id) VALUES (?, ?, ?)", l.id(), l.placeIds());
        Sql.insertOrdered(db, "insert province of link " + l.id(),
                "INSERT INTO link_province (link_id, ord, province) VALUES (?, ?, ?)", l.id(), l.provinces());
        for (String agreementId : l.agreementIds()) {
            Sql.update(db, "insert agreement of link " + l.id(),
                    "INSERT INTO link_agreement (link_id, agreement_id) VALUES (?, ?)", ps -> {
                        ps.setString(1, l.id());
                        ps.setString(2, agreementId);
                    });
        }
        Sql.insertSources(db, "insert source of link " + l.id(),
                "INSERT INTO link_source (link_id, ord, seed, quote) VALUES (?, ?, ?, ?)", l.id(), l.sources());
    }

    public List<Link> findAll() {
        return read(SELECT + " ORDER BY name_vi, id", Sql.NO_PARAMETERS);
    }

    public Optional<Link> findById(String id) {
        return read(SELECT + " WHERE id = ?", ps -> ps.setString(1, id)).stream().findFirst();
    }

    /** Links whose bounding box meets the given lon/lat box, through the R*Tree. */
    public List<Link> findInBox(double minLon, double minLat, double maxLon, double maxLat) {
        return read(SELECT + """
                 WHERE num IN (SELECT link_num FROM link_rtree
                               WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?)
                 ORDER BY name_vi, id""", ps -> {
            ps.setDouble(1, minLon);
            ps.setDouble(2, maxLon);
            ps.setDouble(3, minLat);
            ps.setDouble(4, maxLat);
        });
    }

    private List<Link> read(String sql, Sql.Binder binder) {
        Map<String, List<String>> places = Sql.grouped(db, "read link places",
                "SELECT link_id, place_id FROM link_place ORDER BY link_id, ord", Sql.NO_PARAMETERS);
        Map<String, List<String>> provinces = Sql.grouped(db, "read link provinces",
                "SELECT link_id, province FROM link_province ORDER BY link_id, ord", Sql.NO_PARAMETERS);
        Map<String, List<String>> agreements = Sql.grouped(db, "read link agreements",
                "SELECT link_id, agreement_id FROM link_agreement ORDER BY link_id, agreement_id", Sql.NO_PARAMETERS);
        Map<String, List<Source>> sources = Sql.sources(db, "read link sources",
                "SELECT link_id, seed, quote FROM link_source ORDER BY link_id, ord");
        Map<String, List<Intervention>> interventions = new InterventionRepository(db).byLink();
        return Sql.query(db, "read links", sql, binder, rs -> {
            String id = rs.getString("id");
            String roadClass = rs.getString("road_class");
            byte[] geom = rs.getBytes("geom");
            String accuracy = rs.getString("accuracy");
            Double accuracyKm = Rows.getDouble(rs, "accuracy_km");
            return new Link(id, rs.getString("name_vi"), rs.getString("name_en"),
                    Codes.parse(LinkKind.class, rs.getString("kind")),
                    roadClass == null ? null : Codes.parse(RoadClass.class, roadClass),
                    Codes.parse(PhysicalState.class, rs.getString("state")), Rows.getText(rs, "state_note"),
                    places.getOrDefault(id, List.of()), provinces.getOrDefault(id, List.of()),
                    Rows.getDouble(rs, "length_km"), Rows.getDouble(rs, "cost_billion_vnd"),
                    Rows.getText(rs, "figures_note"), Rows.getFuzzyDate(rs, "target"),
                    agreements.getOrDefault(id, List.of()), geom == null ? null : wkb.decode(geom, "link " + id),
                    accuracy == null ? null : Codes.parse(Accuracy.class, accuracy),
                    accuracyKm == null ? 0 : accuracyKm, Rows.getText(rs, "coord_source"),
                    sources.getOrDefault(id, List.of()), Rows.textsFromJson(rs.getString("uncertainties")),
                    interventions.getOrDefault(id, List.of()));
        });
    }
}
