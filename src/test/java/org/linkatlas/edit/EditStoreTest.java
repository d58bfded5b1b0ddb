package org.linkatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Link;
import org.linkatlas.model.RecordRef;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;
import org.linkatlas.testing.Fixtures;

/** Saving, reopening, blocking, history and revert on a real store built from the project's catalogue. */
class EditStoreTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    @TempDir
    static Path shared;
    static Path bundle;
    @TempDir
    Path dir;

    @BeforeAll
    static void build() {
        bundle = shared.resolve("bundle.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), bundle);
    }

    Path copy() throws Exception {
        Path f = dir.resolve("user.sqlite");
        Files.copy(bundle, f, StandardCopyOption.REPLACE_EXISTING);
        return f;
    }

    @Test
    void aSavedEditIsThereAfterReopeningAndInTheHistory() throws Exception {
        Path file = copy();
        Link link;
        try (Database db = Database.open(file)) {
            EditStore store = new EditStore(db, CLOCK);
            EditSession session = new EditSession(store.load().catalogue());
            link = session.current().links().get(3);
            RecordRef ref = new RecordRef("link", link.id());
            session.execute(Edits.changeField(session.current(), ref, "nameEn", TextNode.valueOf("Renamed in a test")));
            var saved = assertInstanceOf(EditStore.Saved.class, store.save(session, "tester", "rename", false));
            assertEquals(1, saved.changeset().changes().size());
            assertEquals("nameEn", saved.changeset().changes().get(0).fields().get(0).field());
            assertTrue(session.pendingChanges().isEmpty(), "the session's base is the saved snapshot");
        }
        try (Database db = Database.open(file)) {
            EditStore store = new EditStore(db, CLOCK);
            Catalogue c = store.load().catalogue();
            Link after = c.links().stream().filter(l -> l.id().equals(link.id())).findFirst().orElseThrow();
            assertEquals("Renamed in a test", after.nameEn());
            var history = store.history(Optional.of(new RecordRef("link", link.id())));
            assertEquals(1, history.size());
            assertEquals("tester", history.get(0).author());
            assertEquals("rename", history.get(0).comment());
            assertEquals(List.of(), store.history(Optional.of(new RecordRef("link", "no-such-link"))));
            assertEquals(List.of(), db.integrityProblems());
        }
    }

    @Test
    void saveIsBlockedWhileAnErrorStandsAndGoesThroughOnceItIsFixed() throws Exception {
        try (Database db = Database.open(copy())) {
            EditStore store = new EditStore(db, CLOCK);
            EditSession session = new EditSession(store.load().catalogue());
            Commitment m = session.current().commitments().get(0);
            RecordRef ref = new RecordRef("commitment", m.id());
            session.execute(Edits.changeField(session.current(), ref, "linkIds",
                    FieldJson.texts(List.of("no-such-link"))));
            var blocked = assertInstanceOf(EditStore.Blocked.class, store.save(session, "tester", "bad", true));
            Issue issue = blocked.report().errors().get(0);
            assertEquals(ref, issue.ref());
            assertEquals("linkIds", issue.field());
            assertEquals(0, store.log().count(), "nothing written");
            assertTrue(session.isDirty(), "the session keeps the edit");
            session.undo();
            session.execute(Edits.changeField(session.current(), ref, "actionEn", TextNode.valueOf("Fixed")));
            assertInstanceOf(EditStore.Saved.class, store.save(session, "tester", "good", false));
            assertEquals(1, store.log().count());
        }
    }

    @Test
    void anActualDateInTheFutureAndADeadlineBeforeSigningAreErrorsNamingTheField() throws Exception {
        try (Database db = Database.open(copy())) {
            EditStore store = new EditStore(db, CLOCK);
            Catalogue c = store.load().catalogue();
            Commitment withDeadline = c.commitments().stream().filter(m -> m.deadline() != null && m.deadline().value() != null)
                    .findFirst().orElseThrow();
            EditSession session = new EditSession(c);
            RecordRef agreement = new RecordRef("agreement", withDeadline.agreementId());
            var future = FieldJson.MAPPER.createObjectNode().put("text", "ngày 1/1/2030").put("value", "2030-01-01")
                    .put("precision", "day").putNull("relation").putNull("note");
            session.execute(Edits.changeField(c, agreement, "date", future));
            var blocked = assertInstanceOf(EditStore.Blocked.class, store.save(session, "t", "", true));
            List<String> fields = blocked.report().errors().stream().map(i -> i.ref() + "." + i.field()).toList();
            assertTrue(fields.contains(agreement + ".date"), fields.toString());
            assertTrue(fields.contains("commitment " + withDeadline.id() + ".deadline"), fields.toString());
        }
    }

    @Test
    void deletingALinkThatACommitmentNamesIsBlockedAndNamesTheDependant() throws Exception {
        try (Database db = Database.open(copy())) {
            EditStore store = new EditStore(db, CLOCK);
            Catalogue c = store.load().catalogue();
            Commitment m = c.commitments().stream().filter(x -> !x.linkIds().isEmpty()).findFirst().orElseThrow();
            RecordRef link = new RecordRef("link", m.linkIds().get(0));
            EditSession session = new EditSession(c);
            session.execute(Edits.delete(c, link));
            var blocked = assertInstanceOf(EditStore.Blocked.class, store.save(session, "t", "", true));
            assertTrue(blocked.report().errors().stream().anyMatch(i -> i.ref().equals(link) && i.message().contains(m.id())),
                    blocked.report().toString());
        }
    }

    @Test
    void warningsNeedConfirmation() throws Exception {
        try (Database db = Database.open(copy())) {
            EditStore store = new EditStore(db, CLOCK);
            EditSession session = new EditSession(store.load().catalogue());
            RecordRef ref = new RecordRef("link", session.current().links().get(0).id());
            session.execute(Edits.changeField(session.current(), ref, "nameEn", com.fasterxml.jackson.databind.node.NullNode.instance));
            var ask = assertInstanceOf(EditStore.NeedsConfirmation.class, store.save(session, "t", "", false));
            assertEquals("nameEn", ask.report().warnings().get(0).field());
            assertEquals(0, store.log().count());
            assertInstanceOf(EditStore.Saved.class, store.save(session, "t", "", true));
        }
    }

    @Test
    void aRevertIsItselfAChangesetAndGivesBackTheOldValues() throws Exception {
        try (Database db = Database.open(copy())) {
            EditStore store = new EditStore(db, CLOCK);
            Catalogue before = store.load().catalogue();
            EditSession session = new EditSession(before);
            RecordRef ref = new RecordRef("place", before.places().get(0).id());
            session.execute(Edits.change(before, ref, Map.of("nameEn", TextNode.valueOf("X"), "kind", TextNode.valueOf("ferry"))));
            var saved = assertInstanceOf(EditStore.Saved.class, store.save(session, "t", "", true));
            var reverted = assertInstanceOf(EditStore.Saved.class, store.revert(saved.changeset().id(), session.current(), "t", null));
            assertEquals(saved.changeset().id(), reverted.changeset().reverts());
            assertEquals(2, store.log().count());
            assertTrue(before.equals(store.load().catalogue()), "after the revert the catalogue is as before the edit");
        }
    }

    @Test
    void theLogIsAppendOnly() throws Exception {
        try (Database db = Database.open(copy())) {
            EditStore store = new EditStore(db, CLOCK);
            EditSession session = new EditSession(store.load().catalogue());
            RecordRef ref = new RecordRef("link", session.current().links().get(0).id());
            session.execute(Edits.changeField(session.current(), ref, "stateNote", org.linkatlas.edit.FieldJson.local(org.linkatlas.model.LocalText.english("noted"))));
            store.save(session, "t", "", true);
            var e = assertThrows(StorageException.class, () -> store.log().choose(
                    new org.linkatlas.storage.ChangesetRepository.ConflictChoice("not-a-changeset", ref, "x", "maybe")));
            assertTrue(e.getMessage().contains("failed"), e.getMessage());
            assertTrue(org.linkatlas.storage.StoreProbe.deleteChangesets(db).contains("append-only"));
        }
    }
}
