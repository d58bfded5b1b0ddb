package org.linkatlas.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Prepared-statement plumbing for the repositories: bind, run, map, and wrap failures with the operation named. */
final class Sql {
    private Sql() {
    }

    static int update(Database db, String what, String sql, Binder binder) {
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException(what + " failed: " + e.getMessage(), e);
        }
    }

    static <T> List<T> query(Database db, String what, String sql, Binder binder, RowMapper<T> mapper) {
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StorageException(what + " failed: " + e.getMessage(), e);
        }
    }

    static final Binder NO_PARAMETERS = ps -> { };

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Child rows of a list column (link_province, agreement_party, …) grouped by owner id in order. */
    static java.util.Map<String, List<String>> grouped(Database db, String what, String sql, Binder binder) {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        for (String[] row : query(db, what, sql, binder, rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            out.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return out;
    }

    /** Citations from a {@code *_source} table grouped by owner id in order; {@code sql} selects owner, seed, quote. */
    static java.util.Map<String, List<org.linkatlas.model.Source>> sources(Database db, String what, String sql) {
        java.util.Map<String, List<org.linkatlas.model.Source>> out = new java.util.HashMap<>();
        query(db, what, sql, NO_PARAMETERS, rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new org.linkatlas.model.Source(rs.getString(2), rs.getString(3))));
        return out;
    }

    /**
     * Inserts an ordered list into a child table; {@code sql} takes (owner, ord, value) in that order,
     * e.g. {@code INSERT INTO link_place (link_id, ord, place_id) VALUES (?, ?, ?)}.
     */
    static void insertOrdered(Database db, String what, String sql, String owner, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            int ord = i;
            update(db, what, sql, ps -> {
                ps.setString(1, owner);
                ps.setInt(2, ord);
                ps.setString(3, values.get(ord));
            });
        }
    }

    /** Inserts citations; {@code sql} takes (owner, ord, seed, quote). */
    static void insertSources(Database db, String what, String sql, String owner, List<org.linkatlas.model.Source> sources) {
        for (int i = 0; i < sources.size(); i++) {
            int ord = i;
            org.linkatlas.model.Source s = sources.get(i);
            update(db, what, sql, ps -> {
                ps.setString(1, owner);
                ps.setInt(2, ord);
                ps.setString(3, s.seed());
                ps.setString(4, s.quote());
            });
        }
    }
}
