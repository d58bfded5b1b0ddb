package org.linkatlas.storage.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.linkatlas.AppPaths;
import org.linkatlas.storage.StorageException;
import org.linkatlas.testing.TestPostgres;

/** init-server is one transaction: cut off half way, the server is as it was before. */
class ServerInitTest {
    /** What a database holds that init-server would change: relations, extensions, the cluster's roles. */
    private static List<String> state(ServerAddress db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = TestPostgres.connection(db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    SELECT 'relation ' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public'
                    UNION ALL SELECT 'extension ' || extname FROM pg_extension
                    UNION ALL SELECT 'role ' || rolname FROM pg_roles WHERE rolname LIKE 'link_atlas%'
                    UNION ALL SELECT 'public create ' || has_schema_privilege('public', 'public', 'CREATE')
                    ORDER BY 1""")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    @Test
    void aConnectionEndedByTheServerMidLoadLeavesTheServerAsBefore() throws Exception {
        ServerAddress db = TestPostgres.newDatabase("cut");
        List<String> before = state(db);
        AtomicBoolean killed = new AtomicBoolean();
        try (PgStore loader = PgStore.connect(db, Optional.empty())) {
            int pid = loader.backendPid();
            StorageException e = assertThrows(StorageException.class, () -> ServerInit.run(loader, AppPaths.bundledStore(),
                    (table, rows) -> {
                        // the schema and roles are made and the first rows are in when a second connection ends this one
                        if (table.equals("agreement") && killed.compareAndSet(false, true)) {
                            try (Connection admin = TestPostgres.connection(db);
                                 PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                                ps.setInt(1, pid);
                                try (ResultSet rs = ps.executeQuery()) {
                                    rs.next();
                                    assertTrue(rs.getBoolean(1), "the loader's backend was ended");
                                }
                            } catch (java.sql.SQLException ex) {
                                throw new AssertionError(ex);
                            }
                        }
                    }));
            assertTrue(killed.get());
            assertTrue(e.getMessage().contains("127.0.0.1:" + db.port() + "/" + db.database()), e.getMessage());
        }
        assertEquals(before, state(db));

        // and the same command then succeeds on the untouched server
        try (PgStore again = PgStore.connect(db, Optional.empty())) {
            ServerInit.Result r = ServerInit.run(again, AppPaths.bundledStore());
            assertEquals(List.of(1, 2), r.migrationsApplied());
            assertEquals(55, r.rowsLoaded().get("link"));
        }
    }

    @Test
    void aStoreFileThatIsNotAStoreLoadsNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        ServerAddress db = TestPostgres.newDatabase("notastore");
        java.nio.file.Path bogus = java.nio.file.Files.writeString(dir.resolve("x.sqlite"), "not a database");
        List<String> before = state(db);
        try (PgStore server = PgStore.connect(db, Optional.empty())) {
            StorageException e = assertThrows(StorageException.class, () -> ServerInit.run(server, bogus));
            assertTrue(e.getMessage().contains("is not a SQLite database"), e.getMessage());
        }
        assertEquals(before, state(db));
    }
}
