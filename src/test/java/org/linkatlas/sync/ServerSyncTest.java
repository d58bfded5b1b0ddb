package org.linkatlas.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkatlas.AppPaths;
import org.linkatlas.storage.StorageException;
import org.linkatlas.storage.pg.ChangeListener;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.storage.pg.ServerInit;
import org.linkatlas.testing.TestPostgres;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** Two planners, a viewer and a window listening, against the real test server; passwords from a real .pgpass. */
class ServerSyncTest {
    private static ServerAddress db;
    private static ServerAddress editorA;
    private static ServerAddress editorB;
    private static ServerAddress viewer;
    private static Path pgpass;
    private static List<String> links;

    record Edit(UUID id, String author, Instant createdAt, String comment, List<RecordChange> changes) implements Changeset {
        static Edit of(String author, RecordChange... changes) {
            return new Edit(UUID.randomUUID(), author, Instant.parse("2026-11-30T08:00:00Z"), "test", List.of(changes));
        }
    }

    @BeforeAll
    static void anOfficeServerWithTwoEditorsAndAViewer() throws Exception {
        db = TestPostgres.newDatabase("sync");
        try (PgStore admin = PgStore.connect(db, Optional.empty())) {
            ServerInit.run(admin, AppPaths.bundledStore());
        }
        editorA = TestPostgres.newLogin(db, "lan", "mật khẩu:A", "link_atlas_editor");
        editorB = TestPostgres.newLogin(db, "hoa", "pw-B", "link_atlas_editor");
        viewer = TestPostgres.newLogin(db, "xem", "pw-V", "link_atlas_viewer");
        pgpass = Files.createTempFile("pgpass", "");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(pgpass, "127.0.0.1:" + db.port() + ":*:" + editorA.user() + ":mật khẩu\\:A\n"
                + "127.0.0.1:*:" + db.database() + ":" + editorB.user() + ":pw-B\n"
                + "*:*:*:" + viewer.user() + ":pw-V\n");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        links = new ArrayList<>();
        try (Connection c = TestPostgres.connection(db);
             ResultSet rs = c.createStatement().executeQuery("SELECT id FROM link ORDER BY id LIMIT 4")) {
            while (rs.next()) {
                links.add(rs.getString(1));
            }
        }
    }

    @AfterAll
    static void forgetThePasswordFile() throws Exception {
        System.clearProperty("org.postgresql.pgpassfile");
        Files.deleteIfExists(pgpass);
    }

    private static Object server(String sql, String id) throws Exception {
        try (Connection c = TestPostgres.connection(db); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }

    private static long version(String linkId) throws Exception {
        return ((Number) server("SELECT version FROM link WHERE id = ?", linkId)).longValue();
    }

    private static RecordChange status(String linkId, long base, String from, String to) {
        return RecordChange.update("link", linkId, base, Map.of("status", from), Map.of("status", to));
    }

    @Test
    void twoPlannersEditingDifferentRecordsBothLandAndEachPullsTheOther() throws Exception {
        String x = links.get(0);
        String y = links.get(1);
        Geometry course = new GeometryFactory(new PrecisionModel(), 4326)
                .createLineString(new Coordinate[] {new Coordinate(106.10, 21.20), new Coordinate(106.35, 21.05)});
        long seqBefore;
        try (PgStore a = PgStore.connect(editorA, Optional.empty()); PgStore b = PgStore.connect(editorB, Optional.empty())) {
            assertTrue(a.canEdit());
            seqBefore = new ServerSync(a).latestSeq();
            String oldStatus = (String) server("SELECT status FROM link WHERE id = ?", x);
            Edit mine = Edit.of("Lan", status(x, version(x), oldStatus, "existing"));
            Edit theirs = Edit.of("Hoa", RecordChange.update("link", y, version(y), Map.of(),
                    Map.of("name_en", "Renamed by Hoa", "geom", course)));
            ServerSync.PushOutcome pa = new ServerSync(a).push(List.of(mine));
            ServerSync.PushOutcome pb = new ServerSync(b).push(List.of(theirs));
            assertTrue(pa.succeeded() && pb.succeeded());
            assertEquals(seqBefore + 1, pa.landed().get(mine.id()));
            assertEquals(seqBefore + 2, pb.landed().get(theirs.id()));

            List<ServerSync.Pulled> pulled = new ServerSync(a).pull(seqBefore, 100);
            assertEquals(List.of(mine.id(), theirs.id()), pulled.stream().map(ServerSync.Pulled::id).toList());
            RecordChange hoas = pulled.get(1).changes().get(0);
            assertEquals("Renamed by Hoa", hoas.newValues().get("name_en"));
            assertTrue(course.equalsExact((Geometry) hoas.newValues().get("geom")), "geometry round trip through WKB");
        }
        assertEquals("existing", server("SELECT status FROM link WHERE id = ?", x));
        assertEquals("Renamed by Hoa", server("SELECT name_en FROM link WHERE id = ?", y));
        assertEquals(106.10, ((Number) server("SELECT min_lon FROM link WHERE id = ?", y)).doubleValue(), 1e-9,
                "the bbox follows the pushed geometry");
    }

    @Test
    void theSameFieldChangedByBothIsAConflictAndNothingOfTheLaterPushLands() throws Exception {
        String z = links.get(2);
        String w = links.get(3);
        long base = version(z);
        String original = (String) server("SELECT status FROM link WHERE id = ?", z);
        String wName = (String) server("SELECT name_en FROM link WHERE id = ?", w);
        try (PgStore a = PgStore.connect(editorA, Optional.empty()); PgStore b = PgStore.connect(editorB, Optional.empty())) {
            assertTrue(new ServerSync(a).push(List.of(Edit.of("Lan", status(z, base, original, "under_construction")))).succeeded());

            Edit hoas = Edit.of("Hoa", RecordChange.update("link", w, version(w), Map.of("name_en", wName),
                    Map.of("name_en", "Hoa's name")), status(z, base, original, "planned"));
            ServerSync.PushOutcome refused = new ServerSync(b).push(List.of(hoas));
            assertFalse(refused.succeeded());
            assertEquals(Map.of(), refused.landed());
            Conflict c = refused.conflicts().get(0);
            assertEquals(1, refused.conflicts().size());
            assertEquals(z, c.recordId());
            assertEquals(Map.of("status", original), c.ancestor());
            assertEquals(Map.of("status", "planned"), c.mine());
            assertEquals(Map.of("status", "under_construction"), c.theirs());
            assertEquals(base + 1, c.serverVersion());
            // all or nothing: Hoa's other record did not change, her changeset is not in the log
            assertEquals(wName, server("SELECT name_en FROM link WHERE id = ?", w));
            assertEquals(0L, ((Number) server("SELECT count(*) FROM shared_changeset WHERE uuid = ?::uuid", hoas.id().toString())).longValue());

            // "keep mine": the same edits made against the version the server has now
            Edit resolved = Edit.of("Hoa", hoas.changes().get(0), status(z, c.serverVersion(), "under_construction", "planned"));
            assertTrue(new ServerSync(b).push(List.of(resolved)).succeeded());
        }
        assertEquals("planned", server("SELECT status FROM link WHERE id = ?", z));
        assertEquals("Hoa's name", server("SELECT name_en FROM link WHERE id = ?", w));
        assertEquals(base + 2, version(z));
    }

    @Test
    void aChangesetPushedTwiceLandsOnce() throws Exception {
        String x = links.get(0);
        try (PgStore a = PgStore.connect(editorA, Optional.empty())) {
            Edit e = Edit.of("Lan", RecordChange.update("link", x, version(x), Map.of(), Map.of("status_note", "twice")));
            ServerSync sync = new ServerSync(a);
            assertEquals(1, sync.push(List.of(e)).landed().size());
            long v = version(x);
            ServerSync.PushOutcome again = sync.push(List.of(e));
            assertTrue(again.succeeded());
            assertEquals(List.of(e.id()), again.duplicates());
            assertEquals(v, version(x));
        }
    }

    @Test
    void aViewerReadsButItsPushIsRefusedWithAClearMessage() throws Exception {
        String x = links.get(0);
        long v = version(x);
        try (PgStore look = PgStore.connect(viewer, Optional.empty())) {
            assertFalse(look.canEdit());
            assertTrue(new ServerSync(look).latestSeq() >= 0, "a viewer reads the log");
            StorageException e = assertThrows(StorageException.class, () -> new ServerSync(look)
                    .push(List.of(Edit.of("Xem", status(x, v, "existing", "planned")))));
            assertTrue(e.getMessage().contains("may only read the shared store"), e.getMessage());
            assertTrue(e.getMessage().contains("GRANT link_atlas_editor TO " + viewer.user()), e.getMessage());
        }
        assertEquals(v, version(x));
    }

    @Test
    void aWrongPasswordIsRefusedAndNamed() {
        StorageException e = assertThrows(StorageException.class,
                () -> PgStore.connect(editorA, Optional.of("wrong".toCharArray())).close());
        assertTrue(PgStore.needsPassword(e));
        assertTrue(e.getMessage().contains("refused the password of " + editorA.user()), e.getMessage());
    }

    @Test
    void anOpenWindowLearnsOfOthersPushes() throws Exception {
        BlockingQueue<Long> heard = new ArrayBlockingQueue<>(10);
        String y = links.get(1);
        try (ChangeListener listener = ChangeListener.start(PgStore.connect(editorA, Optional.empty()), heard::add, e -> { });
             PgStore b = PgStore.connect(editorB, Optional.empty())) {
            Edit e = Edit.of("Hoa", RecordChange.update("link", y, version(y), Map.of(), Map.of("status_note", "heard?")));
            long seq = new ServerSync(b).push(List.of(e)).landed().get(e.id());
            Long got = heard.poll(30, TimeUnit.SECONDS);
            assertNotNull(got, "no notification within 30 s");
            assertEquals(seq, got);
        }
    }

    @Test
    void aPushCutOffHalfWayLeavesTheServerAsBefore() throws Exception {
        String x = links.get(0);
        String y = links.get(1);
        String yNote = (String) server("SELECT status_note FROM link WHERE id = ?", y);
        Edit e = Edit.of("Hoa", RecordChange.update("link", y, version(y), Map.of(), Map.of("status_note", "half")),
                RecordChange.update("link", x, version(x), Map.of(), Map.of("status_note", "never")));
        try (Connection blocker = TestPostgres.connection(db); PgStore b = PgStore.connect(editorB, Optional.empty())) {
            // another transaction holds link x, so the push writes y, then waits on x: cut it off right there
            blocker.setAutoCommit(false);
            try (PreparedStatement ps = blocker.prepareStatement("SELECT 1 FROM link WHERE id = ? FOR UPDATE")) {
                ps.setString(1, x);
                ps.executeQuery().close();
            }
            int pid = b.backendPid();
            CompletableFuture<ServerSync.PushOutcome> push = CompletableFuture.supplyAsync(() -> new ServerSync(b).push(List.of(e)));
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
                assertTrue(blocked, "the push reached the locked record");
                kill.setInt(1, pid);
                kill.executeQuery().close();
            }
            java.util.concurrent.ExecutionException failed = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> push.get(30, TimeUnit.SECONDS));
            assertTrue(failed.getCause() instanceof StorageException, String.valueOf(failed.getCause()));
            blocker.rollback();
        }
        assertEquals(yNote, server("SELECT status_note FROM link WHERE id = ?", y));
        assertEquals(0L, ((Number) server("SELECT count(*) FROM shared_changeset WHERE uuid = ?::uuid", e.id().toString())).longValue());
    }
}
