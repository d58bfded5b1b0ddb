package org.linkatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.model.PhysicalState;
import org.linkatlas.model.Stage;

/**
 * A user's store of the previous version (a real file built at the commit before V003; see
 * store-v2.README.md beside it) upgrades to version 3 without losing anything: every link, commitment, quote and
 * note is still there, each link shows the status it showed before, and the promise its status held is now an
 * intervention with an event citing the link's own source.
 */
class StoreUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aRealVersion2StoreUpgradesWithoutLoss() throws Exception {
        Path file = dir.resolve("link-atlas.sqlite");
        try (InputStream in = getClass().getResourceAsStream("store-v2.sqlite")) {
            Files.copy(in, file);
        }
        Map<String, String> statusBefore = new HashMap<>();
        Map<String, String> notesBefore = new HashMap<>();
        int commitmentsBefore;
        int quotesBefore;
        try (Database v2 = Database.openReadOnly(file)) {
            assertEquals(2, v2.schemaVersion());
            try (var s = v2.connection().createStatement()) {
                try (var rs = s.executeQuery("SELECT id, status, status_note, uncertainties FROM link")) {
                    while (rs.next()) {
                        statusBefore.put(rs.getString(1), rs.getString(2));
                        notesBefore.put(rs.getString(1), rs.getString(3) + "|" + rs.getString(4));
                    }
                }
                try (var rs = s.executeQuery("SELECT count(*) FROM commitment")) {
                    commitmentsBefore = rs.getInt(1);
                }
                try (var rs = s.executeQuery("SELECT (SELECT count(*) FROM link_source) + (SELECT count(*) FROM agreement_source)")) {
                    quotesBefore = rs.getInt(1);
                }
            }
        }
        assertEquals(55, statusBefore.size(), "the fixture is the 55-link store of version 2");

        try (Database db = Database.open(file)) {
            assertEquals(Database.CURRENT_VERSION, db.schemaVersion());
            assertTrue(db.integrityProblems().isEmpty(), db.integrityProblems().toString());
            Catalogue c = new CatalogueStore(db).read();
            assertEquals(statusBefore.keySet(), c.links().stream().map(Link::id).collect(Collectors.toSet()));
            assertEquals(commitmentsBefore, c.commitments().size());
            for (Link l : c.links()) {
                assertEquals(statusBefore.get(l.id()), org.linkatlas.model.Codes.of(l.status()),
                        l.id() + " shows the status it showed before");
                String[] before = notesBefore.get(l.id()).split("\\|", 2);
                if (!"null".equals(before[0])) {
                    assertEquals(before[0], l.stateNote().en(), l.id() + ": the status note is kept as English");
                }
                assertEquals(new com.fasterxml.jackson.databind.ObjectMapper().readValue(before[1], List.class),
                        l.uncertainties(), l.id() + ": uncertainties kept");
            }
            Link bridge = c.links().stream().filter(l -> l.id().equals("cau-dong-viet")).findFirst().orElseThrow();
            assertEquals(PhysicalState.UNDER_CONSTRUCTION, bridge.state());
            assertEquals(Stage.UNDER_CONSTRUCTION, bridge.interventions().get(0).stage());
            assertEquals(bridge.sources().get(0), bridge.interventions().get(0).events().get(0).source(),
                    "the carried-over event cites the link's own source");
            Link ql31 = c.links().stream().filter(l -> l.id().equals("ql-31")).findFirst().orElseThrow();
            assertEquals(PhysicalState.EXISTING, ql31.state());
            assertEquals(LinkStatus.UPGRADE, ql31.status());
            try (var s = db.connection().createStatement();
                 var rs = s.executeQuery("SELECT (SELECT count(*) FROM link_source) + (SELECT count(*) FROM agreement_source)")) {
                assertEquals(quotesBefore, rs.getInt(1), "every quote survives");
            }
            // the R*Tree still finds links by box after the link table was rebuilt
            assertTrue(new LinkRepository(db).findInBox(106.2, 21.0, 106.5, 21.3).stream()
                    .anyMatch(l -> l.id().equals("cau-dong-viet")));
        }
    }
}
