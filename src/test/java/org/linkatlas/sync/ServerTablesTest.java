package org.linkatlas.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.AppPaths;
import org.linkatlas.edit.EditSession;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.Edits;
import org.linkatlas.edit.FieldJson;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.LocalText;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.RecordRef;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.testing.TestPostgres;

/**
 * The server's catalogue tables follow the pushes for every record type, not only links: two planners change
 * records of all eight types (a list among them, which is child rows on the server), both synchronise, and each
 * table on the server, read back with plain SQL, holds what the laptops' catalogue holds — compared row by row with
 * the same catalogue written to a SQLite store by the build's own writer. QGIS's layer (ogrinfo) still counts the
 * laptops' links.
 */
class ServerTablesTest {
    /** The record tables and their list tables, as the SQLite schema names them. */
    static final List<String> TABLES = List.of("party", "place", "agreement", "agreement_party", "agreement_source", "link",
            "link_place", "link_province", "link_agreement", "link_source", "intervention", "intervention_requested_of",
            "intervention_commitment", "progress_event", "commitment", "commitment_link", "commitment_actor",
            "commitment_requester", "result", "result_link", "result_party", "seed");
    private static ServerAddress minh;
    private static ServerAddress thu;
    private static Path pgpass;
    @TempDir
    Path dir;

    @BeforeAll
    static void twoEditors() throws Exception {
        ServerAddress any = TestPostgres.newOffice("servertables_logins", AppPaths.bundledStore());
        minh = TestPostgres.newLogin(any, "minh_tables", "pw-minh", "link_atlas_editor");
        thu = TestPostgres.newLogin(any, "thu_tables", "pw-thu", "link_atlas_editor");
        pgpass = TestPostgres.usePasswordFile("*:*:*:" + minh.user() + ":pw-minh", "*:*:*:" + thu.user() + ":pw-thu");
    }

    @AfterAll
    static void forgetThePasswordFile() throws Exception {
        TestPostgres.forgetPasswordFile(pgpass);
    }

    StoreSync.Outcome sync(ServerAddress db, Path store, ServerAddress login) {
        try (Database d = Database.open(store); PgStore server = PgStore.connect(login.withDatabase(db.database()), Optional.empty())) {
            return new StoreSync(server, new EditStore(d, StoreSyncTest.CLOCK)).run();
        }
    }

    interface Change {
        void make(Catalogue c, EditSession session);
    }

    static void save(Path store, String author, Change change) {
        try (Database d = Database.open(store)) {
            EditStore s = new EditStore(d, StoreSyncTest.CLOCK);
            Catalogue c = s.load().catalogue();
            EditSession session = new EditSession(c);
            change.make(c, session);
            assertInstanceOf(EditStore.Saved.class, s.save(session, author, "changes by " + author, true));
        }
    }

    static void set(EditSession session, String type, String id, String field, JsonNode value) {
        session.execute(Edits.change(session.current(), new RecordRef(type, id), Map.of(field, value)));
    }

    static JsonNode text(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s);
    }

    static JsonNode texts(List<String> list) {
        var a = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        list.forEach(a::add);
        return a;
    }

    /** A table's rows as text, sorted; server-kept columns left out, geometry as big-endian WKB, numbers as doubles. */
    static List<String> rows(Connection c, String table, List<String> columns, boolean postgres) throws Exception {
        StringBuilder select = new StringBuilder();
        for (String col : columns) {
            boolean geom = col.equals("geom");
            select.append(select.length() == 0 ? "" : ", ").append(geom && postgres ? "ST_AsBinary(\"" + col + "\", 'XDR')" : "\"" + col + "\"");
        }
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + select + " FROM \"" + table + "\"")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.append(columns.get(i - 1)).append('=').append(v instanceof byte[] b ? HexFormat.of().formatHex(b)
                            : v instanceof Number n ? Double.toString(n.doubleValue()) : String.valueOf(v)).append(" | ");
                }
                out.add(row.toString());
            }
        }
        out.sort(null);
        return out;
    }

    /** Every record table on the server against the same table of the catalogue written by the build's writer. */
    Map<String, String> differences(ServerAddress db, Catalogue catalogue) throws Exception {
        Path local = dir.resolve("compare-" + System.nanoTime() + ".sqlite");
        try (Database d = Database.open(local)) {
            new CatalogueStore(d).write(catalogue, List.of());
        }
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + local); Connection pg = TestPostgres.connection(db)) {
            for (String table : TABLES) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = sqlite.createStatement().executeQuery("SELECT name FROM pragma_table_info('" + table + "')")) {
                    while (rs.next()) {
                        if (!rs.getString(1).equals("num")) {
                            columns.add(rs.getString(1));
                        }
                    }
                }
                List<String> here = rows(sqlite, table, columns, false);
                List<String> there = rows(pg, table, columns, true);
                if (!here.equals(there)) {
                    List<String> onlyHere = new ArrayList<>(here);
                    onlyHere.removeAll(there);
                    List<String> onlyThere = new ArrayList<>(there);
                    onlyThere.removeAll(here);
                    out.put(table, "laptop only " + onlyHere + "; server only " + onlyThere);
                }
            }
        }
        return out;
    }

    @Test
    void everyRecordTypeReachesTheServersTables() throws Exception {
        ServerAddress db = TestPostgres.newOffice("servertables", AppPaths.bundledStore());
        Path a = dir.resolve("minh.sqlite");
        Path b = dir.resolve("thu.sqlite");
        Files.copy(AppPaths.bundledStore(), a, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(AppPaths.bundledStore(), b, StandardCopyOption.REPLACE_EXISTING);
        Catalogue start = StoreSyncTest.catalogue(a);
        assertEquals(Map.of(), differences(db, start), "init-server loaded what the laptops hold");

        Intervention iv = start.interventions().get(0);
        ProgressEvent ev = iv.events().get(0);
        String otherLink = start.links().stream().map(l -> l.id())
                .filter(id -> !start.commitments().get(0).linkIds().contains(id)).findFirst().orElseThrow();
        save(a, "Minh", (c, s) -> {
            set(s, "agreement", c.agreements().get(0).id(), "titleEn", text("Minh's agreement title"));
            set(s, "party", c.parties().get(0).id(), "nameEn", text("Minh's party"));
            set(s, "place", c.places().get(0).id(), "nameEn", text("Minh's place"));
            set(s, "link", c.links().get(0).id(), "stateNote", FieldJson.local(LocalText.english("Minh's note")));
        });
        save(b, "Thu", (c, s) -> {
            List<String> links = new ArrayList<>(c.commitments().get(0).linkIds());
            links.add(otherLink); // a list: child rows on the server
            set(s, "commitment", c.commitments().get(0).id(), "linkIds", texts(links));
            set(s, "commitment", c.commitments().get(0).id(), "actionEn", text("Thu's action"));
            set(s, "intervention", iv.id(), "what", FieldJson.local(LocalText.of(iv.what() == null ? null : iv.what().vi(), "Thu's work")));
            set(s, "event", ev.id(), "note", FieldJson.local(LocalText.english("Thu saw it")));
            set(s, "result", c.results().get(0).id(), "text", FieldJson.local(LocalText.of(c.results().get(0).text().vi(), "Thu's result")));
        });
        assertEquals(1, sync(db, a, minh).pushed().size());
        StoreSync.Outcome thu2 = sync(db, b, thu);
        assertEquals(1, thu2.pushed().size());
        assertEquals(1, thu2.pulled().size());
        sync(db, a, minh);
        Catalogue end = StoreSyncTest.catalogue(a);
        assertEquals(end, StoreSyncTest.catalogue(b));
        assertNotEquals(Map.of(), differences(db, start), "the server's tables changed");
        assertEquals(Map.of(), differences(db, end), "each table on the server holds what the laptops hold");

        Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", TestPostgres.gdal(db), "links").redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(report.contains("Feature Count: " + end.links().size()), report);
    }

    /**
     * A record the server's tables refuse (here a rule an administrator added to the table) is named in the sync's
     * outcome; its change still reaches the shared log and the other laptop, and its row stays as it was.
     */
    @Test
    void aRecordTheServersTablesRefuseIsNamedAndItsChangeStillShared() throws Exception {
        ServerAddress db = TestPostgres.newOffice("servertables_refused", AppPaths.bundledStore());
        TestPostgres.admin(db, "ALTER TABLE place ADD CONSTRAINT test_no_shouting CHECK (name_en IS NULL OR name_en <> upper(name_en))");
        Path a = dir.resolve("minh.sqlite");
        Path b = dir.resolve("thu.sqlite");
        Files.copy(AppPaths.bundledStore(), a, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(AppPaths.bundledStore(), b, StandardCopyOption.REPLACE_EXISTING);
        Catalogue start = StoreSyncTest.catalogue(a);
        String refused = start.places().get(0).id();
        String taken = start.places().get(1).id();
        save(a, "Minh", (c, s) -> {
            set(s, "place", refused, "nameEn", text("SHOUTED NAME"));
            set(s, "place", taken, "nameEn", text("Minh's quiet name"));
        });
        StoreSync.Outcome o = sync(db, a, minh);
        assertEquals(1, o.pushed().size());
        assertEquals(List.of(new RecordRef("place", refused)), o.tablesBehind());
        try (Connection pg = TestPostgres.connection(db); Statement st = pg.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name_en FROM place WHERE id IN ('" + refused + "', '" + taken + "')")) {
            Map<String, String> names = new LinkedHashMap<>();
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
            assertEquals(start.places().get(0).nameEn(), names.get(refused), "the refused row stays as it was");
            assertEquals("Minh's quiet name", names.get(taken), "the other record of the same push went in");
        }
        assertEquals(1, sync(db, b, thu).pulled().size());
        assertEquals(StoreSyncTest.catalogue(a), StoreSyncTest.catalogue(b), "the change reached the other laptop by the log");

        save(a, "Minh", (c, s) -> set(s, "place", refused, "nameEn", text("SHOUTED AGAIN")));
        StoreSyncTest.Result said = StoreSyncTest.run("sync", "--server", "postgresql://" + db.host() + ":" + db.port() + "/"
                + db.database() + "?user=" + minh.user(), "--store", a.toString());
        assertEquals(0, said.code(), said.out());
        assertTrue(said.out().contains("the server's tables could not take place:" + refused + " (QGIS shows it as it was;"
                + " the change is in the shared log)"), said.out());
    }
}
