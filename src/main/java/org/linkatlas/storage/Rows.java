package org.linkatlas.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.linkatlas.model.Codes;
import org.linkatlas.model.DatePrecision;
import org.linkatlas.model.DateRelation;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.LocalText;

/** Column helpers shared by the repositories: nullable values, JSON string arrays, fuzzy dates. */
final class Rows {

    private Rows() {
    }

    static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    static Double getDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static Integer getInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static String toJson(List<String> values) {
        return JsonColumns.strings(values);
    }

    static List<String> fromJson(String json) {
        return JsonColumns.strings(json);
    }

    /** A list of bilingual texts as a JSON array of {"vi": …, "en": …} (a missing language is left out). */
    static String textsToJson(List<LocalText> values) {
        return JsonColumns.texts(values);
    }

    static List<LocalText> textsFromJson(String json) {
        return JsonColumns.texts(json);
    }

    static void setText(PreparedStatement ps, int first, LocalText t) throws SQLException {
        ps.setString(first, t == null ? null : t.vi());
        ps.setString(first + 1, t == null ? null : t.en());
    }

    /** Reads {@code prefix_vi} and {@code prefix_en}; {@code null} when both are. */
    static LocalText getText(ResultSet rs, String prefix) throws SQLException {
        String vi = rs.getString(prefix + "_vi");
        String en = rs.getString(prefix + "_en");
        return vi == null && en == null ? null : new LocalText(vi, en);
    }

    /** Binds a fuzzy date to five consecutive parameters: text, value, precision, relation, note. */
    static void setFuzzyDate(PreparedStatement ps, int first, FuzzyDate d) throws SQLException {
        ps.setString(first, d == null ? null : d.text());
        ps.setString(first + 1, d == null ? null : d.value());
        ps.setString(first + 2, d == null ? null : Codes.of(d.precision()));
        ps.setString(first + 3, d == null ? null : Codes.of(d.relation()));
        ps.setString(first + 4, d == null ? null : d.note());
    }

    /** Reads {@code prefix_text}, … back; {@code null} when the precision column is null. */
    static FuzzyDate getFuzzyDate(ResultSet rs, String prefix) throws SQLException {
        String precision = rs.getString(prefix + "_precision");
        if (precision == null) {
            return null;
        }
        String relation = hasColumn(rs, prefix + "_relation") ? rs.getString(prefix + "_relation") : null;
        return new FuzzyDate(rs.getString(prefix + "_text"), rs.getString(prefix + "_value"),
                Codes.parse(DatePrecision.class, precision),
                relation == null ? null : Codes.parse(DateRelation.class, relation),
                rs.getString(prefix + "_note"));
    }

    private static boolean hasColumn(ResultSet rs, String column) throws SQLException {
        var meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnName(i).equalsIgnoreCase(column)) {
                return true;
            }
        }
        return false;
    }
}
