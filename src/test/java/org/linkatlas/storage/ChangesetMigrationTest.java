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

/**
 * V004: a real store of version 2 (the fixture of StoreUpgradeTest, see store-v2.README.md) gains the changeset
 * log through V003 and V004 and keeps its catalogue.
 */
class ChangesetMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionTwoStoreGainsAnEmptyLogThatReadsBackWhatIsAppended() throws Exception {
        Path file = dir.resolve("v2.sqlite");
        try (java.io.InputStream in = getClass().getResourceAsStream("store-v2.sqlite")) {
            java.nio.file.Files.copy(in, file);
        }
        try (Database db = Database.open(file)) {
            assertEquals(4, db.schemaVersion());
            assertEquals(55, new CatalogueStore(db).read().links().size(), "the 55 links of the version-2 store are kept");
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
