package org.linkatlas.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.AppPaths;
import org.linkatlas.edit.EditSession;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.Edits;
import org.linkatlas.edit.FieldJson;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.LocalText;
import org.linkatlas.model.RecordRef;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.testing.TestPostgres;

/**
 * A delete on one laptop against a change on the other, through one real PostgreSQL server (decision 0017): one
 * conflict on the whole record ("*"), nothing of the held changeset on the server until chosen, and either choice
 * settles it — "mine" sends my delete (or my record again, whole), "theirs" keeps theirs — after which both laptops
 * and the server's links layer agree, and the losing side's values stay in the logs.
 */
class WholeRecordConflictTest {
    static final String ROAD = "minh-new-road";
    private static ServerAddress minh;
    private static ServerAddress thu;
    private static Path pgpass;
    private ServerAddress db;
    @TempDir
    Path dir;

    @BeforeAll
    static void twoEditors() throws Exception {
        ServerAddress any = TestPostgres.newOffice("wholerec_logins", AppPaths.bundledStore());
        minh = TestPostgres.newLogin(any, "minh_whole", "pw-minh", "link_atlas_editor");
        thu = TestPostgres.newLogin(any, "thu_whole", "pw-thu", "link_atlas_editor");
        pgpass = TestPostgres.usePasswordFile("*:*:*:" + minh.user() + ":pw-minh", "*:*:*:" + thu.user() + ":pw-thu");
    }

    @AfterAll
    static void forgetThePasswordFile() throws Exception {
        TestPostgres.forgetPasswordFile(pgpass);
    }

    @BeforeEach
    void anOfficeServer() {
        db = TestPostgres.newOffice("wholerec", AppPaths.bundledStore());
    }

    Path laptop(String name) throws Exception {
        Path f = dir.resolve(name + ".sqlite");
        Files.copy(AppPaths.bundledStore(), f, StandardCopyOption.REPLACE_EXISTING);
        return f;
    }

    StoreSync.Outcome sync(Path store, ServerAddress login) {
        try (Database d = Database.open(store); PgStore server = PgStore.connect(login.withDatabase(db.database()), Optional.empty())) {
            return new StoreSync(server, new EditStore(d, StoreSyncTest.CLOCK)).run();
        }
    }

    /** Minh draws a road, as the Geometry menu does; both laptops then hold it (Thu pulled it). */
    void aRoadBothHold(Path a, Path b) {
        try (Database d = Database.open(a)) {
            EditStore s = new EditStore(d, StoreSyncTest.CLOCK);
            Catalogue c = s.load().catalogue();
            EditSession session = new EditSession(c);
            var line = new org.locationtech.jts.geom.GeometryFactory().createLineString(new org.locationtech.jts.geom.Coordinate[] {
                new org.locationtech.jts.geom.Coordinate(106.20, 21.28), new org.locationtech.jts.geom.Coordinate(106.23, 21.30)});
            session.execute(org.linkatlas.edit.geometry.GeometryEdits.createLink(session.current(), ROAD,
                    "Đường mới của Minh", "Minh's new road", org.linkatlas.model.LinkKind.ROAD,
                    org.linkatlas.model.PhysicalState.EXISTING, c.links().get(0).agreementIds(), line,
                    new org.linkatlas.edit.geometry.GeometryAccuracy(org.linkatlas.edit.geometry.GeometryMethod.SURVEYED, 0.05)));
            assertInstanceOf(EditStore.Saved.class, s.save(session, "Minh", "a new road", true));
        }
        assertEquals(1, sync(a, minh).pushed().size());
        assertEquals(1, sync(b, thu).pulled().size());
    }

    static void editNote(Path store, String note, String author) {
        try (Database d = Database.open(store)) {
            EditStore s = new EditStore(d, StoreSyncTest.CLOCK);
            EditSession session = new EditSession(s.load().catalogue());
            session.execute(Edits.change(session.current(), new RecordRef("link", ROAD),
                    Map.of("stateNote", FieldJson.local(LocalText.english(note)))));
            assertInstanceOf(EditStore.Saved.class, s.save(session, author, "note " + note, true));
        }
    }

    static void delete(Path store, String author) {
        try (Database d = Database.open(store)) {
            EditStore s = new EditStore(d, StoreSyncTest.CLOCK);
            EditSession session = new EditSession(s.load().catalogue());
            session.execute(Edits.delete(session.current(), new RecordRef("link", ROAD)));
            assertInstanceOf(EditStore.Saved.class, s.save(session, author, "not a road", true));
        }
    }

    static Optional<Link> road(Catalogue c) {
        return c.links().stream().filter(l -> l.id().equals(ROAD)).findFirst();
    }

    /** What QGIS reads: the road's note in the links layer, or "none" when it has no row. */
    String layer() throws Exception {
        try (Connection pg = TestPostgres.connection(db);
             PreparedStatement ps = pg.prepareStatement("SELECT state_note_en FROM links WHERE id = ?")) {
            ps.setString(1, ROAD);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? String.valueOf(rs.getString(1)) : "none";
            }
        }
    }

    long serverChangesets() throws Exception {
        try (Connection c = TestPostgres.connection(db); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM changeset")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Records the choice as the dialog does: "mine" is the replay's "theirs" (it keeps what it found here). */
    static void choose(Path store, StoreSync.FieldConflict c, boolean keepMine) {
        try (Database d = Database.open(store)) {
            new EditStore(d, StoreSyncTest.CLOCK).choose(c.replay(), keepMine ? "theirs" : "mine");
        }
    }

    StoreSync.FieldConflict heldWhole(Path b, long server) throws Exception {
        StoreSync.Outcome o = sync(b, thu);
        assertEquals(0, o.pushed().size(), o.toString());
        assertEquals(1, o.held().size());
        assertEquals(1, o.held().get(0).conflicts().size(), o.held().toString());
        StoreSync.FieldConflict c = o.held().get(0).conflicts().get(0);
        assertEquals("*", c.field(), "one conflict on the whole record");
        assertEquals(new RecordRef("link", ROAD), c.ref());
        assertNotNull(c.replay(), "a choice can settle it");
        assertEquals("Minh", c.theirAuthor());
        assertEquals(server, serverChangesets(), "nothing of Thu's changeset landed");
        return c;
    }

    @ParameterizedTest(name = "keep mine: {0}")
    @ValueSource(booleans = {true, false})
    void deletedHereChangedThere(boolean keepMine) throws Exception {
        Path a = laptop("minh");
        Path b = laptop("thu");
        aRoadBothHold(a, b);
        delete(b, "Thu");
        editNote(a, "Minh: resurfaced", "Minh");
        sync(a, minh);
        StoreSync.FieldConflict c = heldWhole(b, serverChangesets());
        assertEquals("null", c.mine(), "my side deleted it");
        assertEquals("[\"stateNote\"]", c.theirs(), "their side changed the note");
        assertEquals("Minh: resurfaced", road(StoreSyncTest.catalogue(b)).orElseThrow().stateNote().en(),
                "until chosen, the other planner's side shows, as for a field");

        choose(b, c, keepMine);
        StoreSync.Outcome settled = sync(b, thu);
        assertEquals(1, settled.pushed().size(), settled.toString());
        assertTrue(settled.held().isEmpty() && settled.openConflicts().isEmpty(), settled.toString());
        StoreSync.Outcome back = sync(a, minh);
        assertEquals(1, back.pulled().size());
        assertTrue(back.openConflicts().isEmpty(), back.openConflicts().toString());
        Catalogue ca = StoreSyncTest.catalogue(a);
        assertEquals(ca, StoreSyncTest.catalogue(b), "both laptops converge");
        if (keepMine) {
            assertTrue(road(ca).isEmpty(), "my delete won");
            assertEquals("none", layer(), "and the road left QGIS's layer");
        } else {
            assertEquals("Minh: resurfaced", road(ca).orElseThrow().stateNote().en(), "their change won");
            assertEquals("Minh: resurfaced", layer());
        }
        assertEquals(3, StoreSyncTest.localLog(b), "Thu's delete stays in her log either way");
        assertTrue(sync(b, thu).nothingHappened() && sync(a, minh).nothingHappened(), "in step");
    }

    @ParameterizedTest(name = "keep mine: {0}")
    @ValueSource(booleans = {true, false})
    void changedHereDeletedThere(boolean keepMine) throws Exception {
        Path a = laptop("minh");
        Path b = laptop("thu");
        aRoadBothHold(a, b);
        editNote(b, "Thu: still used by lorries", "Thu");
        delete(a, "Minh");
        sync(a, minh);
        assertEquals("none", layer());
        StoreSync.FieldConflict c = heldWhole(b, serverChangesets());
        assertEquals("[\"stateNote\"]", c.mine(), "my side changed the note");
        assertEquals("null", c.theirs(), "their side deleted it");
        assertTrue(road(StoreSyncTest.catalogue(b)).isEmpty(), "until chosen, the other planner's side shows");
        StoreSyncTest.Result said = StoreSyncTest.run("sync", "--server", "postgresql://" + db.host() + ":" + db.port() + "/"
                + db.database() + "?user=" + thu.user(), "--store", b.toString());
        assertEquals(1, said.code(), said.out());
        assertTrue(said.out().contains("link:" + ROAD + " · the whole record (edited on version 2, the server has version 3 by Minh):"
                + " mine changed [\"stateNote\"], theirs deleted"), said.out());

        choose(b, c, keepMine);
        StoreSync.Outcome settled = sync(b, thu);
        assertEquals(1, settled.pushed().size(), settled.toString());
        assertTrue(settled.held().isEmpty() && settled.openConflicts().isEmpty(), settled.toString());
        StoreSync.Outcome back = sync(a, minh);
        assertEquals(1, back.pulled().size());
        assertTrue(back.openConflicts().isEmpty(), back.openConflicts().toString());
        Catalogue ca = StoreSyncTest.catalogue(a);
        assertEquals(ca, StoreSyncTest.catalogue(b), "both laptops converge");
        if (keepMine) {
            Link back2 = road(ca).orElseThrow(() -> new AssertionError("my change brought the road back"));
            assertEquals("Thu: still used by lorries", back2.stateNote().en());
            assertEquals("Minh's new road", back2.nameEn(), "whole, as it was before the delete");
            assertEquals("Thu: still used by lorries", layer(), "and QGIS's layer has it again");
        } else {
            assertTrue(road(ca).isEmpty(), "their delete won");
            assertEquals("none", layer());
        }
        assertEquals(3, StoreSyncTest.localLog(b), "Thu's change stays in her log either way");
        assertTrue(sync(b, thu).nothingHappened() && sync(a, minh).nothingHappened(), "in step");
    }

    /**
     * They changed the field I changed, then deleted the record; I keep my change. The field they changed too is
     * then asked as any field two planners changed, and the record goes back with the value chosen, so the server,
     * QGIS and both laptops agree (the reviewer's case: before, the server got mine while my laptop kept theirs).
     */
    @ParameterizedTest(name = "keep my note: {0}")
    @ValueSource(booleans = {true, false})
    void changedHereChangedThenDeletedThereKeepingMyChange(boolean keepMyNote) throws Exception {
        Path a = laptop("minh");
        Path b = laptop("thu");
        aRoadBothHold(a, b);
        editNote(b, "Thu: still used by lorries", "Thu");
        editNote(a, "Minh: resurfaced", "Minh");
        sync(a, minh);
        delete(a, "Minh");
        sync(a, minh);
        StoreSync.FieldConflict whole = heldWhole(b, serverChangesets());
        choose(b, whole, true); // keep my change against the delete

        StoreSync.Outcome asked = sync(b, thu);
        assertEquals(0, asked.pushed().size(), asked.toString());
        List<StoreSync.FieldConflict> fields = asked.held().stream().flatMap(h -> h.conflicts().stream()).toList();
        assertEquals(1, fields.size(), fields.toString());
        assertEquals("stateNote", fields.get(0).field(), "the note they changed before deleting is asked");
        assertNotNull(fields.get(0).replay());

        choose(b, fields.get(0), keepMyNote);
        StoreSync.Outcome settled = sync(b, thu);
        assertEquals(1, settled.pushed().size(), settled.toString());
        assertTrue(settled.held().isEmpty() && settled.openConflicts().isEmpty(), settled.toString());
        sync(a, minh);
        Catalogue ca = StoreSyncTest.catalogue(a);
        assertEquals(ca, StoreSyncTest.catalogue(b), "both laptops converge");
        String note = keepMyNote ? "Thu: still used by lorries" : "Minh: resurfaced";
        assertEquals(note, road(ca).orElseThrow().stateNote().en(), "the road is back with the note chosen");
        assertEquals(note, layer(), "and QGIS shows the same");
        assertTrue(sync(b, thu).nothingHappened() && sync(a, minh).nothingHappened(), "in step");
    }
}
