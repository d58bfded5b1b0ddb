package org.linkatlas.storage;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts over a store for {@code check} and the overview. Same threading as its {@link Database}. */
public final class StoreStatistics {
    private final Database db;

    public StoreStatistics(Database db) {
        this.db = db;
    }

    /** Rows per main table: seed, agreement, link, commitment, place, party, province. */
    public Map<String, Integer> totals() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String table : new String[] {"seed", "agreement", "link", "commitment", "place", "party", "province"}) {
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
