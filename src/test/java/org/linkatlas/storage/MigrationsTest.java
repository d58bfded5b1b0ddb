package org.linkatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.testing.Fixtures;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileMigratesToTheCurrentVersion() {
        try (Database db = Database.open(dir.resolve("new.sqlite"))) {
            assertEquals(Database.CURRENT_VERSION, db.schemaVersion());
            assertTrue(db.integrityProblems().isEmpty());
        }
    }

    @Test
    void aStoreOfThePreviousVersionKeepsItsDataAndGainsTheSpatialIndex() {
        Path file = dir.resolve("v1.sqlite");
        try (Database v1 = Database.open(file, 1)) {
            assertEquals(1, v1.schemaVersion());
            new CatalogueStore(v1).write(Fixtures.minimal(), List.of());
        }
        try (Database db = Database.open(file)) {
            assertEquals(Database.CURRENT_VERSION, db.schemaVersion());
            var links = new LinkRepository(db);
            assertEquals(2, links.findAll().size(), "links survive the migration");
            // the R*Tree was filled from the existing rows: a box around the bridge finds it and only it
            var found = links.findInBox(106.29, 21.09, 106.32, 21.12);
            assertEquals(List.of("cau-thu", "ql-x"), found.stream().map(l -> l.id()).sorted().toList(),
                    "both bboxes meet this box");
            var onlyRoad = links.findInBox(105.9, 20.9, 106.05, 21.05);
            assertEquals(List.of("ql-x"), onlyRoad.stream().map(l -> l.id()).toList());
            assertTrue(db.integrityProblems().isEmpty());
        }
    }

    @Test
    void aStoreFromANewerVersionIsRefusedWithAReason() throws Exception {
        Path file = dir.resolve("future.sqlite");
        try (Database db = Database.open(file)) {
            try (Statement s = db.connection().createStatement()) {
                s.execute("PRAGMA user_version = 99");
            }
        }
        var e = assertThrows(StorageException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void aFailedMigrationLeavesThePreviousVersion() throws Exception {
        Path file = dir.resolve("half.sqlite");
        try (Database v1 = Database.open(file, 1)) {
            try (Statement s = v1.connection().createStatement()) {
                s.execute("CREATE TABLE link_rtree (x)"); // makes V002's CREATE VIRTUAL TABLE fail
            }
        }
        assertThrows(StorageException.class, () -> Database.open(file));
        try (Database again = Database.open(file, 1)) {
            assertEquals(1, again.schemaVersion());
        }
    }

    @Test
    void scriptsSplitIntoStatementsKeepingTriggerBodiesWhole() {
        var statements = Migrations.statements("""
                -- comment
                CREATE TABLE a (x); -- trailing
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                    INSERT INTO a VALUES (1);
                    INSERT INTO a VALUES (2);
                END;
                SELECT 1;
                """);
        assertEquals(3, statements.size());
        assertTrue(statements.get(1).contains("VALUES (2);"));
        assertTrue(statements.get(1).endsWith("END;"));
    }
}
