package org.linkatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.model.Codes;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;

/** The CHECK constraints in the migrations and the enums in the model must list the same codes. */
class SchemaEnumTest {
    @TempDir
    Path dir;

    @Test
    void everyKindAndStatusIsAcceptedAndNothingElse() throws Exception {
        try (Database db = Database.open(dir.resolve("s.sqlite"))) {
            for (LinkKind k : LinkKind.values()) {
                insert(db, "k-" + Codes.of(k), Codes.of(k), "existing");
            }
            for (LinkStatus s : LinkStatus.values()) {
                insert(db, "s-" + Codes.of(s), "road", Codes.of(s));
            }
            assertThrows(java.sql.SQLException.class, () -> insert(db, "bad-kind", "canal", "existing"));
            assertThrows(java.sql.SQLException.class, () -> insert(db, "bad-status", "road", "finished"));
            try (var ps = db.connection().prepareStatement("SELECT count(*) FROM link"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(LinkKind.values().length + LinkStatus.values().length, rs.getInt(1));
            }
        }
    }

    private static void insert(Database db, String id, String kind, String status) throws Exception {
        try (PreparedStatement ps = db.connection().prepareStatement("""
                INSERT INTO link (id, name_vi, kind, status, geom, min_lon, min_lat, max_lon, max_lat, accuracy,
                                  accuracy_km, coord_source)
                VALUES (?, 'x', ?, ?, x'00', 0, 0, 0, 0, 'located', 0, 'test')""")) {
            ps.setString(1, id);
            ps.setString(2, kind);
            ps.setString(3, status);
            ps.executeUpdate();
        }
    }
}
