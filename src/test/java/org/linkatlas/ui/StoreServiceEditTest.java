package org.linkatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.edit.EditSession;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.Edits;
import org.linkatlas.edit.SourceImporter;
import org.linkatlas.model.RecordRef;
import org.linkatlas.testing.Fixtures;

/** Saves go through the store thread and the next load shows them. */
class StoreServiceEditTest {
    @TempDir
    Path dir;

    @Test
    void aSaveThroughTheServiceIsLoadedBack() throws Exception {
        Path bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), bundled);
        Path home = dir.resolve("home");
        try (StoreService service = new StoreService(bundled, home)) {
            var loaded = assertInstanceOf(StoreService.Loaded.class, service.load().get(60, TimeUnit.SECONDS));
            EditSession session = new EditSession(loaded.catalogue());
            RecordRef ref = new RecordRef("link", loaded.catalogue().links().get(0).id());
            session.execute(Edits.changeField(session.current(), ref, "stateNote", org.linkatlas.edit.FieldJson.local(org.linkatlas.model.LocalText.of("Đã thông xe", null))));
            var result = service.save(session.current(), session.pendingChanges(), "planner", "opened", true).get(60, TimeUnit.SECONDS);
            assertInstanceOf(EditStore.Saved.class, result);
            assertEquals(1, service.history(Optional.of(ref)).get(60, TimeUnit.SECONDS).size());

            Path txt = dir.resolve("article.txt");
            Files.writeString(txt, "Cầu Đồng Việt thông xe.");
            var doc = service.importSource(txt, new SourceImporter.Metadata("Bài báo", null, null, null, LocalDate.of(2026, 12, 1)))
                    .get(60, TimeUnit.SECONDS);

            var again = assertInstanceOf(StoreService.Loaded.class, service.load().get(60, TimeUnit.SECONDS));
            assertEquals("Đã thông xe", again.catalogue().links().get(0).statusNote());
            assertTrue(again.catalogue().seeds().stream().anyMatch(s -> s.fileName().equals(doc.id())));
        }
    }

    /** A log this version cannot replay (a code it does not know) is a failure said in words, and the file is kept. */
    @Test
    void aLogThatCannotBeReplayedIsAFailureNotAHang() throws Exception {
        Path bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), bundled);
        Path home = dir.resolve("home");
        Path store;
        try (StoreService service = new StoreService(bundled, home)) {
            var loaded = assertInstanceOf(StoreService.Loaded.class, service.load().get(60, TimeUnit.SECONDS));
            store = loaded.file();
            EditSession session = new EditSession(loaded.catalogue());
            RecordRef ref = new RecordRef("link", loaded.catalogue().links().get(0).id());
            session.execute(Edits.changeField(session.current(), ref, "state",
                    com.fasterxml.jackson.databind.node.TextNode.valueOf("disused")));
            assertInstanceOf(EditStore.Saved.class,
                    service.save(session.current(), session.pendingChanges(), "planner", "", true).get(60, TimeUnit.SECONDS));
        }
        // as a newer version might have written it: a state this one has no name for
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO changeset (uuid, author, created_at, comment) VALUES "
                    + "('00000000-0000-0000-0000-00000000f1e5', 'a newer version', '2026-12-01T10:00:00Z', '')");
            st.executeUpdate("INSERT INTO changeset_record (changeset_seq, ord, record_type, record_id, op) "
                    + "SELECT seq, 0, 'link', (SELECT record_id FROM changeset_record LIMIT 1), 'modify' FROM changeset "
                    + "WHERE uuid = '00000000-0000-0000-0000-00000000f1e5'");
            st.executeUpdate("INSERT INTO changeset_field (changeset_seq, record_ord, ord, field, old_value, new_value) "
                    + "SELECT seq, 0, 0, 'state', '\"disused\"', '\"flying\"' FROM changeset "
                    + "WHERE uuid = '00000000-0000-0000-0000-00000000f1e5'");
        }
        byte[] before = Files.readAllBytes(store);
        try (StoreService service = new StoreService(bundled, home)) {
            var failed = assertInstanceOf(StoreService.Failed.class, service.load().get(60, TimeUnit.SECONDS));
            assertTrue(failed.message().startsWith("the store's history of edits could not be read"), failed.message());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(store)), "the file is left as it was");
    }
}
