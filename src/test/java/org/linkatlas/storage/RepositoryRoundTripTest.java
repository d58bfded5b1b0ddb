package org.linkatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.model.Catalogue;
import org.linkatlas.testing.Fixtures;

class RepositoryRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyRecordReadsBackAsWritten() {
        Catalogue original = Fixtures.minimal();
        Path file = dir.resolve("store.sqlite");
        try (Database db = Database.open(file)) {
            new CatalogueStore(db).write(original, List.<String[]>of(new String[] {"built_at", "now"}));
        }
        try (Database db = Database.open(file)) {
            CatalogueStore store = new CatalogueStore(db);
            Catalogue back = store.read();
            assertEquals(original.seeds(), back.seeds());
            assertEquals(original.provinces().stream().sorted(java.util.Comparator.comparing(p -> p.name())).toList(),
                    back.provinces());
            assertEquals(original.parties(), back.parties());
            assertEquals(original.places(), back.places());
            assertEquals(original.agreements(), back.agreements());
            assertEquals(original.commitments(), back.commitments());
            // links come back ordered by Vietnamese name
            assertEquals(original.links().stream().sorted(java.util.Comparator.comparing(l -> l.nameVi())).toList(),
                    back.links());
            assertEquals("now", store.info("built_at").orElseThrow());
        }
    }

    @Test
    void linkQueriesFollowCommitmentsAndAgreements() {
        try (Database db = Database.open(dir.resolve("q.sqlite"))) {
            CatalogueStore store = new CatalogueStore(db);
            store.write(Fixtures.minimal(), List.of());
            assertEquals(List.of("c-1"), store.commitments().findForLink("ql-x").stream().map(c -> c.id()).toList());
            // ql-x names no agreement itself, but its commitment belongs to ag-1
            assertEquals(List.of("ag-1"), store.agreements().findForLink("ql-x").stream().map(a -> a.id()).toList());
            assertEquals("Cầu Thử Nghiệm", store.links().findById("cau-thu").orElseThrow().nameVi());
            assertTrue(store.links().findById("nothing").isEmpty());
        }
    }

    @Test
    void aWriteThatBreaksAConstraintLandsNothing() {
        Catalogue c = Fixtures.minimal();
        var bad = new org.linkatlas.model.Commitment("c-2", "no-such-agreement", List.of(), List.of("bac-giang"),
                org.linkatlas.model.CommitmentRole.ACTS, "x", null, null, c.commitments().get(0).source(), List.of());
        Catalogue broken = new Catalogue(c.seeds(), c.provinces(), c.parties(), c.places(), c.agreements(), c.links(),
                List.of(c.commitments().get(0), bad));
        try (Database db = Database.open(dir.resolve("fk.sqlite"))) {
            assertThrows(StorageException.class, () -> new CatalogueStore(db).write(broken, List.of()));
            assertEquals(0, new StoreStatistics(db).totals().get("link"), "the transaction rolled back");
        }
    }
}
