package org.linkatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkatlas.model.Codes;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.model.PhysicalState;

/** The CHECK constraints in the migrations and the enums in the model must list the same codes. */
class SchemaEnumTest {
    @TempDir
    Path dir;

    @Test
    void everyKindStatusAndStateIsAcceptedAndNothingElse() throws Exception {
        try (Database db = Database.open(dir.resolve("s.sqlite"))) {
            for (LinkKind k : LinkKind.values()) {
                insert(db, "k-" + Codes.of(k), Codes.of(k), "existing", "existing");
            }
            for (LinkStatus s : LinkStatus.values()) {
                insert(db, "s-" + Codes.of(s), "road", Codes.of(s), "existing");
            }
            for (PhysicalState s : PhysicalState.values()) {
                insert(db, "p-" + Codes.of(s), "road", "existing", Codes.of(s));
            }
            assertThrows(java.sql.SQLException.class, () -> insert(db, "bad-kind", "canal", "existing", "existing"));
            assertThrows(java.sql.SQLException.class, () -> insert(db, "bad-status", "road", "finished", "existing"));
            assertThrows(java.sql.SQLException.class, () -> insert(db, "bad-state", "road", "existing", "ruined"));
            try (var ps = db.connection().prepareStatement("SELECT count(*) FROM link"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(LinkKind.values().length + LinkStatus.values().length + PhysicalState.values().length,
                        rs.getInt(1));
            }
        }
    }

    /** Reads the CHECK (column IN (…)) list from the table's SQL and compares it with the enum's codes. */
    @ParameterizedTest
    @CsvSource({
        "intervention, kind, org.linkatlas.model.InterventionKind",
        "progress_event, stage, org.linkatlas.model.Stage",
        "progress_event, date_precision, org.linkatlas.model.DatePrecision",
        "progress_event, date_relation, org.linkatlas.model.DateRelation",
        "commitment, topic, org.linkatlas.model.CommitmentTopic",
        "commitment, role, org.linkatlas.model.CommitmentRole",
        "commitment, deadline_precision, org.linkatlas.model.DatePrecision",
        "commitment, deadline_relation, org.linkatlas.model.DateRelation",
        "link, state, org.linkatlas.model.PhysicalState",
        "link, target_precision, org.linkatlas.model.DatePrecision",
        "result, date_precision, org.linkatlas.model.DatePrecision",
    })
    @SuppressWarnings({"unchecked", "rawtypes"})
    void checkListsMatchTheModel(String table, String column, String enumClass) throws Exception {
        Class<? extends Enum> type = (Class<? extends Enum>) Class.forName(enumClass);
        try (Database db = Database.open(dir.resolve("c.sqlite"));
             var ps = db.connection().prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), table);
                Matcher m = Pattern.compile("\\b" + column + "\\s+IN\\s*\\(([^)]*)\\)").matcher(rs.getString(1));
                assertTrue(m.find(), table + "." + column + " has a CHECK list");
                assertEquals(Codes.sqlList(type), m.group(1).replace(" ", ""), table + "." + column);
            }
        }
    }

    private static void insert(Database db, String id, String kind, String status, String state) throws Exception {
        try (PreparedStatement ps = db.connection().prepareStatement("""
                INSERT INTO link (id, name_vi, kind, status, state, geom, min_lon, min_lat, max_lon, max_lat, accuracy,
                                  accuracy_km, coord_source_en)
                VALUES (?, 'x', ?, ?, ?, x'00', 0, 0, 0, 0, 'located', 0, 'test')""")) {
            ps.setString(1, id);
            ps.setString(2, kind);
            ps.setString(3, status);
            ps.setString(4, state);
            ps.executeUpdate();
        }
    }
}
