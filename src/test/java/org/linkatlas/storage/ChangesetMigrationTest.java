package org.linkatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;
import org.linkatlas.testing.Fixtures;

/** V004: a store of version 2 gains the changeset log and keeps its catalogue. */
class ChangesetMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionTwoStoreGainsAnEmptyLogThatReadsBackWhatIsAppended() {
        Path file = dir.resolve("v2.sqlite");
        try (Database v2 = Database.open(file, 2)) {
            new CatalogueStore(v2).write(Fixtures.minimal(), List.of());
        }
        try (Database db = Database.open(file)) {
            assertEquals(4, db.schemaVersion());
            assertEquals(Fixtures.minimal().links(), new CatalogueStore(db).read().links());
            ChangesetRepository log = new ChangesetRepository(db);
            assertEquals(0, log.count());
            Changeset cs = new Changeset(UUID.randomUUID().toString(), "Trần Thị B", Instant.parse("2026-12-01T08:00:00.123Z"),
                    "sửa tên", null, List.of(new RecordChange(new RecordRef("link", "cau-thu"), ChangeOp.MODIFY,
                    List.of(new FieldChange("nameEn", "\"a\"", "\"b\""), new FieldChange("lengthKm", "null", "1.5")))));
            log.append(cs);
            assertEquals(List.of(cs), log.all());
            assertEquals(List.of(cs), log.touching(new RecordRef("link", "cau-thu")));
            assertEquals(List.of(), log.since(Instant.parse("2026-12-01T08:00:00.124Z")));
            assertEquals(List.of(cs), log.since(Instant.parse("2026-12-01T08:00:00Z")));
            assertTrue(log.contains(cs.id()));
            assertEquals(List.of(), db.integrityProblems());
        }
    }
}
