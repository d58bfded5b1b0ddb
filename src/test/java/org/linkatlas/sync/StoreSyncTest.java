package org.linkatlas.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.AppPaths;
import org.linkatlas.cli.Main;
import org.linkatlas.edit.EditSession;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.Edits;
import org.linkatlas.edit.FieldJson;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.LocalText;
import org.linkatlas.model.RecordRef;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.testing.TestPostgres;

/**
 * Two planners' own SQLite stores synchronising through one real PostgreSQL server (decision 0015): different
 * records both land, the same field is a conflict that loses nothing and is settled by a choice, a second run
 * changes nothing, a viewer pulls but cannot push, and a sync cut off half way leaves both sides as before.
 */
class StoreSyncTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static ServerAddress minh;
    private static ServerAddress thu;
    private static ServerAddress doc;
    private static Path pgpass;
    private ServerAddress db;
    @TempDir
    Path dir;

    @BeforeAll
    static void twoEditorsAndAViewer() throws Exception {
        ServerAddress any = TestPostgres.newOffice("storesync_logins", AppPaths.bundledStore()); // the roles come with the schema
        minh = TestPostgres.newLogin(any, "minh", "pw-minh", "link_atlas_editor");
        thu = TestPostgres.newLogin(any, "thu", "pw-thu", "link_atlas_editor");
        doc = TestPostgres.newLogin(any, "doc", "pw-doc", "link_atlas_viewer");
        pgpass = TestPostgres.usePasswordFile("*:*:*:" + minh.user() + ":pw-minh", "*:*:*:" + thu.user() + ":pw-thu", "*:*:*:" + doc.user() + ":pw-doc");
    }

    @AfterAll
    static void forgetThePasswordFile() throws Exception {
        TestPostgres.forgetPasswordFile(pgpass);
    }

    @BeforeEach
    void anOfficeServerLoadedWithTheBundle() {
        db = TestPostgres.newOffice("storesync", AppPaths.bundledStore());
    }

    /** A planner's laptop: a copy of the bundled store, the same one the server was loaded with. */
    Path laptop(String name) throws Exception {
        Path f = dir.resolve(name + ".sqlite");
        Files.copy(AppPaths.bundledStore(), f, StandardCopyOption.REPLACE_EXISTING);
        return f;
    }

    static Link link(Catalogue c, int i) {
        return c.links().get(i);
    }

    /** Saves one change of a link's state note in the store, as the window's edit session does. */
    static void editNote(Path store, int linkIndex, String note, String author) {
        try (Database d = Database.open(store)) {
            EditStore s = new EditStore(d, CLOCK);
            Catalogue c = s.load().catalogue();
            EditSession session = new EditSession(c);
            session.execute(Edits.change(session.current(), new RecordRef("link", link(c, linkIndex).id()),
                    Map.of("stateNote", FieldJson.local(LocalText.english(note)))));
            assertInstanceOf(EditStore.Saved.class, s.save(session, author, "note " + note, true));
        }
    }

    StoreSync.Outcome sync(Path store, ServerAddress login) {
        try (Database d = Database.open(store); PgStore server = PgStore.connect(login.withDatabase(db.database()), Optional.empty())) {
            return new StoreSync(server, new EditStore(d, CLOCK)).run();
        }
    }

    static Catalogue catalogue(Path store) {
        try (Database d = Database.open(store)) {
            return new EditStore(d, CLOCK).load().catalogue();
        }
    }

    static int localLog(Path store) {
        try (Database d = Database.open(store)) {
            return new EditStore(d, CLOCK).log().count();
        }
    }

    long serverLog() throws Exception {
        try (Connection c = TestPostgres.connection(db); ResultSet rs = c.createStatement().executeQuery(
                "SELECT (SELECT count(*) FROM changeset) * 1000000 + (SELECT count(*) FROM changeset_field)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What QGIS reads: the links layer's note and the row's version on the server. */
    String layer(Catalogue c, int linkIndex) throws Exception {
        try (Connection pg = TestPostgres.connection(db);
             PreparedStatement ps = pg.prepareStatement("SELECT l.state_note_en, k.version FROM links l JOIN link k ON k.id = l.id WHERE l.id = ?")) {
            ps.setString(1, link(c, linkIndex).id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) + " @" + rs.getLong(2) : "no row";
            }
        }
    }

    static String note(Catalogue c, int linkIndex) {
        LocalText t = link(c, linkIndex).stateNote();
        return t == null ? null : t.en();
    }

    @Test
    void twoPlannersEditingDifferentRecordsBothLandAndASecondRunIsANoOp() throws Exception {
        Path a = laptop("minh");
        Path b = laptop("thu");
        editNote(a, 0, "Minh checked the approach road", "Minh");
        editNote(b, 1, "Thu saw the deck poured", "Thu");

        StoreSync.Outcome first = sync(a, minh);
        assertEquals(1, first.pushed().size());
        assertEquals(0, first.pulled().size());
        StoreSync.Outcome second = sync(b, thu);
        assertEquals(1, second.pushed().size());
        assertEquals(1, second.pulled().size());
        assertEquals("Minh checked the approach road", note(second.catalogue(), 0), "Thu's catalogue shows Minh's edit");
        StoreSync.Outcome third = sync(a, minh);
        assertEquals(0, third.pushed().size());
        assertEquals(1, third.pulled().size());
        assertEquals("Thu saw the deck poured", note(third.catalogue(), 1));
        assertTrue(catalogue(a).equals(catalogue(b)), "both laptops hold the same catalogue");
        assertEquals("Minh checked the approach road @2", layer(catalogue(a), 0), "QGIS's layer shows the pushed note");
        assertEquals("Thu saw the deck poured @2", layer(catalogue(a), 1));
        // and through GDAL's PG driver, as QGIS reads it (gdal-bin's ogrinfo)
        Process p = new ProcessBuilder("ogrinfo", "-ro", TestPostgres.gdal(db), "links", "-where",
                "id = '" + link(catalogue(a), 0).id() + "'").redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(report.contains("state_note_en (String) = Minh checked the approach road"), report);
        assertTrue(report.contains("Feature Count: 1"), report);

        long server = serverLog();
        StoreSync.Outcome again = sync(a, minh);
        assertTrue(again.nothingHappened() && again.held().isEmpty(), again.toString());
        assertTrue(sync(b, thu).nothingHappened());
        assertEquals(server, serverLog(), "a second run writes nothing on the server");
        assertEquals(2, localLog(a));
        assertEquals(2, localLog(b));
        assertTrue(catalogue(a).equals(catalogue(b)));
    }

    /** An article Minh imported travels with his push to the server and from there to Thu's laptop, whole. */
    @Test
    void anImportedArticleGoesWithThePushAndComesWithThePull() throws Exception {
        Path a = laptop("minh");
        Path b = laptop("thu");
        org.linkatlas.model.SourceDocument article = org.linkatlas.edit.SourceImporter.fromText(
                "Tỉnh Bắc Giang khởi công cầu mới qua sông Thương.", new org.linkatlas.edit.SourceImporter.Metadata(
                        "Khởi công cầu mới", "Báo Bắc Giang", "12/3/2025", "https://example.org/cau-moi",
                        java.time.LocalDate.of(2025, 3, 14)));
        try (Database d = Database.open(a)) {
            new EditStore(d, CLOCK).keepSource(article);
        }
        editNote(a, 0, "Minh read the article", "Minh"); // a push takes the articles the server lacks along
        assertEquals(1, sync(a, minh).pushed().size());
        sync(b, thu);
        List<org.linkatlas.model.SourceDocument> got;
        try (Database d = Database.open(b)) {
            got = new EditStore(d, CLOCK).documents();
        }
        assertEquals(List.of(article), got, "Thu's laptop holds the article as Minh imported it");
    }

    long serverLinks() throws Exception {
        try (Connection c = TestPostgres.connection(db); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM links")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aLinkCreatedOrDeletedOnALaptopComesAndGoesInQgisLayerToo() throws Exception {
        Path a = laptop("minh");
        int before = catalogue(a).links().size();
        assertEquals(before, serverLinks(), "the layer starts as the bundle");
        // Minh draws a road, as the Geometry menu does: names, kind, state, its agreement, the line and how it was got
        try (Database d = Database.open(a)) {
            EditStore s = new EditStore(d, CLOCK);
            Catalogue c = s.load().catalogue();
            EditSession session = new EditSession(c);
            Link first = link(c, 0);
            var line = new org.locationtech.jts.geom.GeometryFactory().createLineString(new org.locationtech.jts.geom.Coordinate[] {
                new org.locationtech.jts.geom.Coordinate(106.20, 21.28), new org.locationtech.jts.geom.Coordinate(106.23, 21.30)});
            session.execute(org.linkatlas.edit.geometry.GeometryEdits.createLink(session.current(), "minh-new-road",
                    "Đường mới của Minh", "Minh's new road", org.linkatlas.model.LinkKind.ROAD,
                    org.linkatlas.model.PhysicalState.EXISTING, first.agreementIds(), line,
                    new org.linkatlas.edit.geometry.GeometryAccuracy(org.linkatlas.edit.geometry.GeometryMethod.SURVEYED, 0.05)));
            assertInstanceOf(EditStore.Saved.class, s.save(session, "Minh", "a new road", true));
        }
        assertEquals(1, sync(a, minh).pushed().size());
        assertEquals(before + 1, serverLinks(), "the new road is a feature of the layer");
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", TestPostgres.gdal(db), "links").redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(report.contains("Feature Count: " + (before + 1)), "QGIS counts what the laptop counts: " + report);

        // and deletes it again: it leaves the layer
        try (Database d = Database.open(a)) {
            EditStore s = new EditStore(d, CLOCK);
            EditSession session = new EditSession(s.load().catalogue());
            session.execute(Edits.delete(session.current(), new RecordRef("link", "minh-new-road")));
            assertInstanceOf(EditStore.Saved.class, s.save(session, "Minh", "not a road after all", true));
        }
        assertEquals(1, sync(a, minh).pushed().size());
        assertEquals(before, serverLinks(), "the deleted road left the layer");
        assertEquals(before, catalogue(a).links().size());
    }

    @Test
    void theSameFieldIsAConflictThatLosesNothingAndKeepMineSettlesIt() throws Exception {
        Path a = laptop("minh");
        Path b = laptop("thu");
        editNote(a, 2, "Minh: open to traffic", "Minh");
        editNote(b, 2, "Thu: still closed", "Thu");
        sync(a, minh);
        long server = serverLog();

        StoreSync.Outcome o = sync(b, thu);
        assertEquals(0, o.pushed().size());
        assertEquals(1, o.pulled().size());
        assertEquals(1, o.held().size());
        StoreSync.FieldConflict c = o.held().get(0).conflicts().get(0);
        assertEquals("stateNote", c.field());
        assertTrue(c.mine().contains("Thu: still closed"), c.mine());
        assertTrue(c.theirs().contains("Minh: open to traffic"), c.theirs());
        assertEquals("Minh", c.theirAuthor());
        assertEquals(1, c.baseVersion());
        assertEquals(2, c.serverVersion());
        assertNotNull(c.replay(), "the local catalogue lists the same conflict to choose on");
        assertEquals(server, serverLog(), "nothing of Thu's push landed");
        assertEquals(2, localLog(b), "Thu's edit waits in her log");

        try (Database d = Database.open(b)) {
            new EditStore(d, CLOCK).choose(c.replay(), "theirs"); // the replay's "theirs" is what Thu had: keep mine
        }
        StoreSync.Outcome settled = sync(b, thu);
        assertEquals(1, settled.pushed().size(), settled.toString());
        assertTrue(settled.held().isEmpty());
        assertEquals("Thu: still closed", note(settled.catalogue(), 2));
        StoreSync.Outcome back = sync(a, minh);
        assertEquals(1, back.pulled().size());
        assertTrue(back.openConflicts().isEmpty(), back.openConflicts().toString());
        assertEquals("Thu: still closed", note(back.catalogue(), 2));
        assertEquals("Thu: still closed @3", layer(back.catalogue(), 2), "the layer shows the value kept");
        assertTrue(catalogue(a).equals(catalogue(b)));
    }

    @Test
    void takeTheirsDropsMyFieldAndBothEndOnTheirValue() throws Exception {
        Path a = laptop("minh");
        Path b = laptop("thu");
        editNote(a, 3, "Minh's note", "Minh");
        editNote(b, 3, "Thu's note", "Thu");
        sync(a, minh);
        StoreSync.FieldConflict c = sync(b, thu).held().get(0).conflicts().get(0);
        try (Database d = Database.open(b)) {
            new EditStore(d, CLOCK).choose(c.replay(), "mine"); // the pulled changeset's value stands
        }
        StoreSync.Outcome settled = sync(b, thu);
        assertEquals(1, settled.pushed().size());
        assertEquals("Minh's note", note(settled.catalogue(), 3));
        sync(a, minh);
        assertEquals("Minh's note", note(catalogue(a), 3));
        assertTrue(catalogue(a).equals(catalogue(b)));
    }

    @Test
    void aViewerPullsButPushesNothing() throws Exception {
        Path a = laptop("minh");
        Path v = laptop("doc");
        editNote(a, 4, "Minh's visit", "Minh");
        sync(a, minh);
        editNote(v, 5, "a viewer's own note", "Doc");
        long server = serverLog();
        StoreSync.Outcome o = sync(v, doc);
        assertEquals(1, o.pulled().size());
        assertEquals(0, o.pushed().size());
        assertEquals(1, o.notAllowed().size());
        assertEquals(server, serverLog());
        assertEquals("Minh's visit", note(o.catalogue(), 4));
    }

    @Test
    void aSyncCutOffHalfWayLeavesBothSidesAsTheyWere() throws Exception {
        Path a = laptop("minh");
        Path b = laptop("thu");
        editNote(a, 6, "on the server before", "Minh");
        sync(a, minh);
        editNote(b, 7, "never lands", "Thu");
        long server = serverLog();
        Catalogue before = catalogue(b);
        try (Connection blocker = TestPostgres.connection(db); Database d = Database.open(b);
             PgStore s = PgStore.connect(thu.withDatabase(db.database()), Optional.empty())) {
            // another transaction holds the field table, so the sync reads, writes its changeset and waits: cut it there
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("LOCK TABLE changeset_field IN SHARE MODE");
            int pid = s.backendPid();
            CompletableFuture<StoreSync.Outcome> run = CompletableFuture.supplyAsync(() -> new StoreSync(s, new EditStore(d, CLOCK)).run());
            killWhenWaiting(pid);
            ExecutionException failed = assertThrows(ExecutionException.class, () -> run.get(30, TimeUnit.SECONDS));
            assertInstanceOf(StorageException.class, failed.getCause());
            blocker.rollback();
        }
        assertEquals(server, serverLog(), "nothing of the cut-off sync is on the server");
        assertEquals(1, localLog(b), "nothing was pulled into the laptop either");
        assertTrue(before.equals(catalogue(b)));

        StoreSync.Outcome retry = sync(b, thu);
        assertEquals(1, retry.pushed().size());
        assertEquals(1, retry.pulled().size());
    }

    private void killWhenWaiting(int pid) throws Exception {
        try (Connection admin = TestPostgres.connection(db);
             PreparedStatement waiting = admin.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND wait_event_type = 'Lock'");
             PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            waiting.setInt(1, pid);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            boolean blocked = false;
            while (!blocked && System.nanoTime() < deadline) {
                try (ResultSet rs = waiting.executeQuery()) {
                    rs.next();
                    blocked = rs.getInt(1) == 1;
                }
            }
            assertTrue(blocked, "the sync reached the locked table");
            kill.setInt(1, pid);
            kill.executeQuery().close();
        }
    }

    @Test
    void theSyncCommandPrintsBothWaysAndASecondRunSaysInStep() throws Exception {
        Path a = laptop("minh");
        Path b = laptop("thu");
        editNote(a, 8, "Minh via the command", "Minh");
        editNote(b, 9, "Thu via the command", "Thu");
        String server = "postgresql://" + db.host() + ":" + db.port() + "/" + db.database() + "?user=";
        assertEquals(0, run("sync", "--server", server + minh.user(), "--store", a.toString()).code);
        Result r = run("sync", "--server", server + thu.user(), "--store", b.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("pushed 1\n"), r.out);
        assertTrue(r.out.contains("pulled 1\n"), r.out);
        assertTrue(r.out.contains("(Minh, "), r.out);
        Result again = run("sync", "--server", server + thu.user(), "--store", b.toString());
        assertEquals(0, again.code);
        assertTrue(again.out.contains("already in step"), again.out);
        editNote(a, 10, "Minh's value", "Minh");
        editNote(b, 10, "Thu's value", "Thu");
        assertEquals(0, run("sync", "--server", server + minh.user(), "--store", a.toString()).code);
        Result held = run("sync", "--server", server + thu.user(), "--store", b.toString());
        assertEquals(1, held.code);
        assertTrue(held.out.contains("not pushed ") && held.out.contains("· stateNote (edited on version 1, the server has version 2 by Minh)"),
                held.out);
        Result kept = run("sync", "--server", server + thu.user(), "--store", b.toString(), "--keep", "mine");
        assertEquals(0, kept.code, kept.out);
        assertTrue(kept.out.contains("kept mine for 1 field") && kept.out.contains("pushed 1\n"), kept.out);
        run("sync", "--server", server + minh.user(), "--store", a.toString());
        assertEquals("Thu's value", note(catalogue(a), 10));
        Result usage = run("sync", "--store", b.toString());
        assertEquals(2, usage.code);
        assertFalse(usage.err.isBlank());
    }

    @Test
    void pulledChangesetsSurviveABundleUpgrade() throws Exception {
        Path bundle1 = dir.resolve("app1/link-atlas.sqlite");
        new org.linkatlas.catalogue.StoreBuilder().build(org.linkatlas.testing.Fixtures.dataDir(),
                org.linkatlas.testing.Fixtures.seedsDir(), bundle1);
        db = TestPostgres.newOffice("storesync_upgrade", bundle1);
        Path a = laptop("minh");
        Files.copy(bundle1, a, StandardCopyOption.REPLACE_EXISTING);
        editNote(a, 11, "Minh before the upgrade", "Minh");
        sync(a, minh);
        Path home = dir.resolve("thu-home");
        try (Database d = ((org.linkatlas.storage.UserStore.Ready) new org.linkatlas.storage.UserStore(bundle1, home).open()).database();
             PgStore s = PgStore.connect(thu.withDatabase(db.database()), Optional.empty())) {
            assertEquals(1, new StoreSync(s, new EditStore(d, CLOCK)).run().pulled().size());
        }
        Path bundle2 = dir.resolve("app2/link-atlas.sqlite"); // the next version of the app brings a rebuilt bundle
        new org.linkatlas.catalogue.StoreBuilder().build(org.linkatlas.testing.Fixtures.dataDir(),
                org.linkatlas.testing.Fixtures.seedsDir(), bundle2);
        org.linkatlas.storage.UserStore.Outcome upgraded = new org.linkatlas.storage.UserStore(bundle2, home).open();
        assertTrue(((org.linkatlas.storage.UserStore.Ready) upgraded).upgradedToNewBundle());
        try (Database d = ((org.linkatlas.storage.UserStore.Ready) upgraded).database();
             PgStore s = PgStore.connect(thu.withDatabase(db.database()), Optional.empty())) {
            EditStore store = new EditStore(d, CLOCK);
            assertEquals("Minh before the upgrade", note(store.load().catalogue(), 11), "the pulled edit is still shown");
            assertTrue(new StoreSync(s, store).run().nothingHappened(), "and still known: nothing to pull again");
        }
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(org.linkatlas.cli.CliLanguage.in("en", args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<String> lines(String s) {
        return List.of(s.split("\n"));
    }
}
