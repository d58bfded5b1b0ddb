package org.linkatlas.storage.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkatlas.AppPaths;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;
import org.linkatlas.storage.StorageException;
import org.linkatlas.testing.TestPostgres;

/**
 * Logging in to the real test server with passwords from a real 0600 .pgpass (a host-and-port line, a
 * database line, an escaped colon in a Vietnamese password), a wrong password named, a viewer that reads but whose
 * write is refused with the GRANT to ask for, and a window's listener hearing an append at commit. (Kept from the
 * retired column-level push's test, ServerSyncTest, for what it proved of logins and NOTIFY.)
 */
class PgLoginTest {
    private static ServerAddress db;
    private static ServerAddress editorA;
    private static ServerAddress editorB;
    private static ServerAddress viewer;
    private static Path pgpass;

    @BeforeAll
    static void anOfficeServerWithTwoEditorsAndAViewer() throws Exception {
        db = TestPostgres.newDatabase("login");
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
    }

    @AfterAll
    static void forgetThePasswordFile() throws Exception {
        System.clearProperty("org.postgresql.pgpassfile");
        Files.deleteIfExists(pgpass);
    }

    static Changeset note(String author, String linkId, String text) {
        return new Changeset(UUID.randomUUID().toString(), author, Instant.parse("2026-11-30T08:00:00Z"), "test", null,
                List.of(new RecordChange(new RecordRef("link", linkId), ChangeOp.MODIFY,
                        List.of(new FieldChange("stateNote", "null", "{\"en\":\"" + text + "\"}")))));
    }

    static String firstLink() throws Exception {
        try (Connection c = TestPostgres.connection(db); ResultSet rs = c.createStatement().executeQuery("SELECT min(id) FROM link")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void editorsLogInWithThePasswordsOfThePgpassFile() {
        try (PgStore a = PgStore.connect(editorA, Optional.empty()); PgStore b = PgStore.connect(editorB, Optional.empty())) {
            assertTrue(a.canEdit(), "the escaped colon and the Vietnamese letters were read");
            assertTrue(b.canEdit());
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndNamed() {
        StorageException e = assertThrows(StorageException.class,
                () -> PgStore.connect(editorA, Optional.of("wrong".toCharArray())).close());
        assertTrue(PgStore.needsPassword(e));
        assertTrue(e.getMessage().contains("refused the password of " + editorA.user()), e.getMessage());
    }

    @Test
    void aViewerReadsButItsWriteIsRefusedWithTheGrantToAsk() throws Exception {
        String link = firstLink();
        try (PgStore look = PgStore.connect(viewer, Optional.empty())) {
            assertFalse(look.canEdit());
            SharedLog log = new SharedLog(look);
            long before = log.countAfter(0);
            assertTrue(log.latestSeq() >= 0, "a viewer reads the log");
            StorageException e = assertThrows(StorageException.class,
                    () -> log.inSync("synchronise", s -> s.append(note("Xem", link, "never"))));
            assertTrue(e.getMessage().contains("may only read the shared store"), e.getMessage());
            assertTrue(e.getMessage().contains("GRANT link_atlas_editor TO " + viewer.user()), e.getMessage());
            assertEquals(before, log.countAfter(0), "nothing was written");
        }
    }

    @Test
    void aListeningWindowHearsAnAppendAtCommit() throws Exception {
        BlockingQueue<Long> heard = new ArrayBlockingQueue<>(10);
        String link = firstLink();
        try (ChangeListener listener = ChangeListener.start(PgStore.connect(editorA, Optional.empty()), heard::add, e -> { });
             PgStore b = PgStore.connect(editorB, Optional.empty())) {
            long seq = new SharedLog(b).inSync("synchronise", s -> s.append(note("Hoa", link, "heard?")));
            Long got = heard.poll(30, TimeUnit.SECONDS);
            assertNotNull(got, "no notification within 30 s");
            assertEquals(seq, got);
        }
    }
}
