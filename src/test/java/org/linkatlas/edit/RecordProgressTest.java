package org.linkatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.explore.Lifecycle;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.DatePrecision;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.model.LocalText;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.Source;
import org.linkatlas.model.SourceDocument;
import org.linkatlas.model.Stage;
import org.linkatlas.storage.Database;
import org.linkatlas.testing.Fixtures;

/**
 * "Record progress…" on the real catalogue: cầu Đồng Việt's deadline (before September 2024) has passed, so it is
 * overdue on 1 December 2026 until an event says it opened; the event, quoting an imported article, is one
 * undoable command and what is derived from events (stage, status, overdue, the lifecycle) follows.
 */
class RecordProgressTest {
    private static final String IV = "iv-cau-dong-viet-build";
    private static final LocalDate TODAY = LocalDate.now(EditStoreTest.CLOCK);
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

    static Intervention intervention(Catalogue c) {
        return c.interventions().stream().filter(iv -> iv.id().equals(IV)).findFirst().orElseThrow();
    }

    static Link link(Catalogue c) {
        return c.links().stream().filter(l -> l.id().equals("cau-dong-viet")).findFirst().orElseThrow();
    }

    static boolean overdue(Catalogue c) {
        return new Lifecycle(c, new Messages(Locale.ENGLISH)).overdue(intervention(c), TODAY);
    }

    @Test
    void recordingThatCauDongVietOpenedClearsItsOverdueFlagAndShowsInItsLifecycle() throws Exception {
        Path file = dir.resolve("user.sqlite");
        Files.copy(bundle, file, StandardCopyOption.REPLACE_EXISTING);
        String quote = "Cầu Đồng Việt đã thông xe ngày 25/8/2024";
        try (Database db = Database.open(file)) {
            EditStore store = new EditStore(db, EditStoreTest.CLOCK);
            Catalogue start = store.load().catalogue();
            assertTrue(overdue(start), "the bundled catalogue has cầu Đồng Việt overdue on " + TODAY);
            assertEquals(Stage.UNDER_CONSTRUCTION, intervention(start).stage());

            // A test article (made here), imported as pasted text
            SourceDocument article = SourceImporter.fromText(quote + ", sớm hơn kế hoạch.",
                    new SourceImporter.Metadata("Cầu Đồng Việt thông xe", "Báo thử", "25/8/2024", null, TODAY));
            EditSession session = new EditSession(store.addSource(start, article));
            String id = Edits.newEventId(session.current(), IV);
            assertEquals("ev-cau-dong-viet-build-1", id);
            ProgressEvent opened = new ProgressEvent(id, new FuzzyDate("25/8/2024", "2024-08-25", DatePrecision.DAY, null, null),
                    Stage.DONE, new Source(article.id(), quote), LocalText.of("Cầu đã thông xe.", "The bridge opened to traffic."));
            Command record = Edits.recordProgress(session.current(), IV, opened);
            session.execute(record);

            Catalogue after = session.current();
            assertFalse(overdue(after), "done: no longer overdue");
            assertEquals(Stage.DONE, intervention(after).stage());
            assertEquals(LinkStatus.EXISTING, link(after).status(), "a bridge that opened exists");
            List<Lifecycle.EventLine> lines = new Lifecycle(after, new Messages(Locale.ENGLISH)).events(link(after));
            Lifecycle.EventLine line = lines.stream().filter(l -> l.source().quote().equals(quote)).findFirst().orElseThrow();
            assertEquals(new Messages(Locale.ENGLISH).get("stage.done"), line.stage());
            assertEquals("The bridge opened to traffic.", line.note());
            assertEquals(List.of(new RecordRef("event", id), new RecordRef("link", "cau-dong-viet")),
                    session.pendingChanges().stream().map(r -> r.ref()).toList(),
                    "one new event record, and the link's state (a build done: it exists)");
            assertEquals(LocalText.of("Cầu đã thông xe.", "The bridge opened to traffic."), link(after).stateNote());

            assertInstanceOf(EditStore.Saved.class, store.save(session, "planner", "opened", false));
            Catalogue reopened = store.load().catalogue();
            assertFalse(overdue(reopened), "after reopening the store too");
            assertEquals(opened, intervention(reopened).events().get(intervention(reopened).events().size() - 1));

            assertTrue(session.undo());
            assertTrue(overdue(session.current()), "undo brings the flag back");
            assertEquals(intervention(start), intervention(session.current()));
            assertTrue(session.redo());
            assertFalse(overdue(session.current()));
        }
    }

    @Test
    void anEventForAnUnknownInterventionOrInTheFutureIsRefusedAndALinkDeleteTakesItsInterventions() throws Exception {
        Path file = dir.resolve("user.sqlite");
        Files.copy(bundle, file, StandardCopyOption.REPLACE_EXISTING);
        try (Database db = Database.open(file)) {
            EditStore store = new EditStore(db, EditStoreTest.CLOCK);
            Catalogue c = store.load().catalogue();
            ProgressEvent e = intervention(c).events().get(0);
            assertThrows(IllegalArgumentException.class, () -> Edits.recordProgress(c, "iv-none", e));
            assertThrows(IllegalArgumentException.class, () -> Edits.recordProgress(c, IV, e), "id in use");

            EditSession session = new EditSession(c);
            ProgressEvent future = new ProgressEvent(Edits.newEventId(c, IV),
                    new FuzzyDate("2027", "2027", DatePrecision.YEAR, null, null), Stage.DONE, e.source(), null);
            session.execute(Edits.recordProgress(c, IV, future));
            var blocked = assertInstanceOf(EditStore.Blocked.class, store.save(session, "planner", "", true));
            assertTrue(blocked.toString().contains(future.id()), blocked.toString());
            session.discard();

            session.execute(Edits.delete(c, new RecordRef("link", "cau-dong-viet")));
            assertTrue(session.current().interventions().stream().noneMatch(iv -> iv.id().equals(IV)));
            session.undo();
            assertTrue(c.equals(session.current()), "undo puts the link back with its intervention and events");

            session.execute(Edits.changeField(c, new RecordRef("intervention", IV), "linkId", TextNode.valueOf("duong-dan-cau-dong-viet")));
            assertTrue(link(session.current()).interventions().isEmpty(), "moved to the approach roads");
            session.undo();
            assertTrue(c.equals(session.current()), "and back, in its place");
        }
    }
}
