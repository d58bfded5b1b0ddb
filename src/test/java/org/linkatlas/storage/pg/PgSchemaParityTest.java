package org.linkatlas.storage.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.storage.Database;
import org.linkatlas.testing.TestPostgres;

/** The shared store follows the SQLite store migration for migration and column for column. */
class PgSchemaParityTest {
    private static final Path MIGRATIONS = Path.of("src/main/resources/org/linkatlas/storage/migrations");

    @TempDir
    Path dir;

    private static Set<String> sqlFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d{3}__.+\\.sql"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everySqliteMigrationHasItsPostgresqlDialectAndNoMore() throws Exception {
        Set<String> sqlite = sqlFiles(MIGRATIONS);
        Set<String> pg = sqlFiles(MIGRATIONS.resolve("pg"));
        Set<String> missing = new TreeSet<>(sqlite);
        missing.removeAll(pg);
        assertEquals(Set.of(), missing, "SQLite migrations without a PostgreSQL dialect in migrations/pg/");
        Set<String> extra = new TreeSet<>(pg);
        extra.removeAll(sqlite);
        assertEquals(Set.of(), extra, "PostgreSQL migrations without a SQLite migration of the same name");
        assertEquals(new ArrayList<>(sqlite), Database.migrationScripts(), "Migrations.SCRIPTS lists every file in order");
        assertEquals(Database.migrationScripts(), PgMigrations.SCRIPTS);
    }

    @Test
    void theServerHasEverySqliteTableAndColumnAndEveryRecordTableAVersion() throws Exception {
        Path file = dir.resolve("store.sqlite");
        Database.open(file).close();
        try (PgStore server = PgStore.connect(TestPostgres.newDatabase("parity"), java.util.Optional.empty())) {
            server.inTransaction("migrate", PgMigrations::migrate);
            assertEquals(PgMigrations.LATEST, server.schemaVersion());
            Set<String> geometry = new HashSet<>();
            Map<String, List<String>> pg = TableCopy.pgTables(server.connection(), geometry);
            Map<String, List<String>> sqlite;
            try (Connection c = TableCopy.openSqlite(file, true)) {
                sqlite = TableCopy.sqliteTables(c);
            }
            List<String> problems = new ArrayList<>();
            sqlite.forEach((table, columns) -> {
                if (!pg.containsKey(table)) {
                    problems.add("no table " + table);
                } else {
                    columns.stream().filter(c -> !pg.get(table).contains(c)).forEach(c -> problems.add("no column " + table + "." + c));
                }
            });
            assertEquals(List.of(), problems);
            assertEquals(Set.of("link.geom", "place.geom"), geometry);
            for (String record : List.of("seed", "province", "party", "place", "agreement", "link", "commitment")) {
                assertTrue(pg.get(record).contains("version"), record + " has a version");
            }
            assertTrue(pg.keySet().containsAll(List.of("shared_changeset", "shared_change", "schema_migration")));
        }
    }
}
