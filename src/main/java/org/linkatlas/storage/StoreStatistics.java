package org.linkatlas.storage;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts over a store for {@code check} and the overview. Same threading as its {@link Database}. */
public final class StoreStatistics {
    private final Database db;

    public StoreStatistics(Database db) {
        this.db = db;
    }

    /**
     * Rows per main table: seed, agreement, link, commitment, intervention, progress_event, result, place, party,
     * province.
     */
    public Map<String, Integer> totals() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String table : new String[] {"seed", "agreement", "link", "commitment", "intervention", "progress_event",
                "result", "place", "party", "province"}) {
            // table names come from the fixed list above, never from input
            out.put(table, count("SELECT count(*) FROM " + table));
        }
        return out;
    }

    public Map<String, Integer> linksByKind() {
        return counts("SELECT kind, count(*) FROM link GROUP BY kind ORDER BY count(*) DESC, kind");
    }

    public Map<String, Integer> linksByStatus() {
        return counts("SELECT status, count(*) FROM link GROUP BY status ORDER BY count(*) DESC, status");
    }

    /** Links by physical state (exists, being built, not built, out of use, to be removed). */
    public Map<String, Integer> linksByState() {
        return counts("SELECT state, count(*) FROM link GROUP BY state ORDER BY count(*) DESC, state");
    }

    /** Interventions by current stage: the stage of each one's last event. */
    public Map<String, Integer> interventionsByStage() {
        return counts("""
                SELECT e.stage, count(*) FROM intervention i
                JOIN progress_event e ON e.intervention_id = i.id
                 AND e.ord = (SELECT max(ord) FROM progress_event WHERE intervention_id = i.id)
                GROUP BY e.stage ORDER BY count(*) DESC, e.stage""");
    }

    public Map<String, Integer> commitmentsByRole() {
        return counts("SELECT role, count(*) FROM commitment GROUP BY role ORDER BY count(*) DESC, role");
    }

    public Map<String, Integer> commitmentsByTopic() {
        return counts("SELECT topic, count(*) FROM commitment GROUP BY topic ORDER BY count(*) DESC, topic");
    }

    /** Links that no commitment and no result names, with their Vietnamese names (id → name). */
    public Map<String, String> linksNamedByNothing() {
        Map<String, String> out = new LinkedHashMap<>();
        Sql.query(db, "find links no commitment or result names", """
                SELECT id, name_vi FROM link
                WHERE id NOT IN (SELECT link_id FROM commitment_link)
                  AND id NOT IN (SELECT link_id FROM result_link)
                ORDER BY id""", Sql.NO_PARAMETERS, rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    /** Links of unknown location (no geometry): listed and found, not drawn. */
    public int linksWithoutLocation() {
        return count("SELECT count(*) FROM link WHERE geom IS NULL");
    }

    /** Links per province as named at signing. */
    public Map<String, Integer> linksByProvinceAtSigning() {
        return counts("""
                SELECT province, count(DISTINCT link_id) FROM link_province
                GROUP BY province ORDER BY count(DISTINCT link_id) DESC, province""");
    }

    /** Links per province since 1 July 2025 (Bắc Giang's links count for Bắc Ninh, …). */
    public Map<String, Integer> linksByProvinceToday() {
        return counts("""
                SELECT p.successor, count(DISTINCT lp.link_id) FROM link_province lp
                JOIN province p ON p.name = lp.province
                GROUP BY p.successor ORDER BY count(DISTINCT lp.link_id) DESC, p.successor""");
    }

    public Map<String, Integer> commitmentsByAgreement() {
        return counts("""
                SELECT a.id, count(c.id) FROM agreement a LEFT JOIN commitment c ON c.agreement_id = a.id
                GROUP BY a.id ORDER BY a.id""");
    }

    private int count(String sql) {
        return Sql.query(db, "count", sql, Sql.NO_PARAMETERS, rs -> rs.getInt(1)).get(0);
    }

    private Map<String, Integer> counts(String sql) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Sql.query(db, "count links", sql, Sql.NO_PARAMETERS, rs -> out.put(rs.getString(1), rs.getInt(2)));
        return out;
    }
}
