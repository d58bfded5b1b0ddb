package org.linkatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.Source;
import org.linkatlas.model.SourceDocument;
import org.linkatlas.storage.Database;
import org.linkatlas.testing.Fixtures;

/** Offices exchange edits by file: export, import into a fresh store, import again, and a conflicting import. */
class ChangeExchangeTest {
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

    Path fresh(String name) throws Exception {
        Path f = dir.resolve(name);
        Files.copy(bundle, f, StandardCopyOption.REPLACE_EXISTING);
        return f;
    }

    /** Office A: two saves, one of them quoting a newly imported article in a new commitment. */
    Path officeAExports(Path file) throws Exception {
        try (Database db = Database.open(fresh("a.sqlite"))) {
            EditStore store = new EditStore(db, EditStoreTest.CLOCK);
            Catalogue c = store.load().catalogue();
            SourceDocument article = SourceImporter.fromText("Cầu Đồng Việt đã thông xe ngày 25/8/2024, sớm hơn kế hoạch.",
                    new SourceImporter.Metadata("Cầu Đồng Việt thông xe", "Báo Bắc Giang", "25/8/2024", "https://example.org/a",
                            LocalDate.of(2026, 11, 30)));
            EditSession s = new EditSession(store.addSource(c, article));
            Commitment template = c.commitments().get(0);
            Commitment added = new Commitment("c-user-001", template.agreementId(), template.linkIds(), template.actorIds(),
                    template.role(), "Thông xe cầu Đồng Việt", "Dong Viet bridge opened", null,
                    new Source(article.id(), "Cầu Đồng Việt đã thông xe ngày 25/8/2024"), List.of());
            s.execute(Edits.create(s.current(), "commitment", added));
            assertInstanceOf(EditStore.Saved.class, store.save(s, "office A", "new article", false));
            RecordRef link = new RecordRef("link", c.links().get(5).id());
            s.execute(Edits.change(s.current(), link, Map.of("stateNote", org.linkatlas.edit.FieldJson.local(org.linkatlas.model.LocalText.english("checked on site")))));
            assertInstanceOf(EditStore.Saved.class, store.save(s, "office A", "site visit", true));
            assertEquals(2, new ChangeExchange(db, store, EditStoreTest.CLOCK).export(file, Optional.empty()));
        }
        return file;
    }

    @Test
    void exportThenImportIntoAFreshStoreGivesTheSameCatalogueAndASecondImportIsANoOp() throws Exception {
        Path file = officeAExports(dir.resolve("changes.json"));
        Catalogue inA;
        try (Database db = Database.open(dir.resolve("a.sqlite"))) {
            inA = new EditStore(db, EditStoreTest.CLOCK).load().catalogue();
        }
        try (Database db = Database.open(fresh("b.sqlite"))) {
            EditStore store = new EditStore(db, EditStoreTest.CLOCK);
            ChangeExchange exchange = new ChangeExchange(db, store, EditStoreTest.CLOCK);
            var first = exchange.importFile(file, store.load().catalogue());
            assertEquals(2, first.applied().size(), first.rejected().toString());
            Catalogue inB = store.load().catalogue();
            assertTrue(inA.equals(inB), "office B now has office A's catalogue");

            var second = exchange.importFile(file, inB);
            assertEquals(0, second.applied().size());
            assertEquals(2, second.alreadyPresent().size());
            assertEquals(2, store.log().count());
            assertTrue(inB.equals(store.load().catalogue()));
        }
    }

    @Test
    void aChangesetThatConflictsWithALocalEditIsShownAndNotAppliedHalf() throws Exception {
        Path file = officeAExports(dir.resolve("changes.json"));
        try (Database db = Database.open(fresh("c.sqlite"))) {
            EditStore store = new EditStore(db, EditStoreTest.CLOCK);
            Catalogue c = store.load().catalogue();
            EditSession s = new EditSession(c);
            RecordRef link = new RecordRef("link", c.links().get(5).id());
            s.execute(Edits.change(c, link, Map.of("stateNote", org.linkatlas.edit.FieldJson.local(org.linkatlas.model.LocalText.english("my own note")))));
            store.save(s, "office C", "", true);

            var result = new ChangeExchange(db, store, EditStoreTest.CLOCK).importFile(file, store.load().catalogue());
            assertEquals(1, result.applied().size(), "the new-article changeset applies");
            assertEquals(1, result.rejected().size());
            Conflict conflict = result.rejected().get(0).conflicts().get(0);
            assertEquals(link, conflict.ref());
            assertEquals("stateNote", conflict.field());
            Catalogue after = store.load().catalogue();
            assertEquals("my own note", BundleUpgradeTest.link(after, link.id()).statusNote());
            assertEquals(2, store.log().count(), "own save + the clean import");
            assertTrue(after.commitments().stream().anyMatch(m -> m.id().equals("c-user-001")));
        }
    }

    @Test
    void aFileThatIsNotAChangesFileIsRefusedWithAMessage() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"something-else\"}");
        var e = assertThrows(IllegalArgumentException.class, () -> ChangesetJson.read(bad));
        assertTrue(e.getMessage().contains("not a Link Atlas changes file"), e.getMessage());
    }
}
