package org.linkatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkatlas.AppPaths;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.testing.TestPostgres;

/** init-server and check against the real test server, and QGIS's view of it through GDAL. */
class SharedStoreCommandsTest {
    private static ServerAddress server;
    private static Result init;

    record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(CliLanguage.in("en", args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void initialiseAServer() {
        server = TestPostgres.newDatabase("commands");
        init = run("init-server", server.toString());
    }

    private static Map<String, Long> counts(Connection c, List<String> tables) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static final List<String> TABLES = List.of("seed", "province", "party", "place", "agreement",
            "agreement_party", "agreement_source", "link", "link_place", "link_province", "link_agreement",
            "link_source", "commitment", "commitment_link", "commitment_actor", "commitment_requester", "intervention",
            "intervention_requested_of", "intervention_commitment", "progress_event", "result", "result_link",
            "result_party");

    /** "schema version N (applied [1, …, N])" for today's migrations. */
    private static String appliedAll() {
        int v = org.linkatlas.storage.Database.CURRENT_VERSION;
        return "schema version " + v + " (applied "
                + java.util.stream.IntStream.rangeClosed(1, v).boxed().toList() + ")";
    }

    private static long localLinks() throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + AppPaths.bundledStore())) {
            return counts(c, List.of("link")).get("link");
        }
    }

    @Test
    void initServerLoadsTheBundledCatalogueWithTheSameCountsAsTheLocalStore() throws Exception {
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains(appliedAll()), init.out());
        assertTrue(init.out().contains(", " + localLinks() + " links,"), "rows per table, the tables of records by their names: " + init.out());
        Map<String, Long> local;
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + AppPaths.bundledStore())) {
            local = counts(c, TABLES);
        }
        try (Connection c = TestPostgres.connection(server)) {
            assertEquals(local, counts(c, TABLES));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT count(*) FILTER (WHERE ST_SRID(geom) = 4326 AND ST_IsValid(geom)),
                           count(*) FILTER (WHERE min_lon = ST_XMin(geom) AND max_lat = ST_YMax(geom)), count(*)
                    FROM link WHERE geom IS NOT NULL""")) {
                rs.next();
                assertEquals(rs.getLong(3), rs.getLong(1), "every drawn link's geometry valid in SRID 4326 (links of unknown place have none)");
                assertEquals(rs.getLong(3), rs.getLong(2), "bbox columns agree with the geometry");
            }
        }
    }

    @Test
    void aSecondInitServerChangesNothing() {
        Result again = run("init-server", server.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("(already current)"), again.out());
        assertTrue(again.out().contains("nothing loaded"), again.out());
    }

    @Test
    void checkOfTheServerPrintsTheSameCountsAsTheLocalCheck() throws Exception {
        Result local = run("check", "--store", AppPaths.bundledStore().toString());
        Result shared = run("check", "--store", server.toString());
        assertEquals(0, local.code(), local.err());
        assertEquals(0, shared.code(), shared.err());
        assertTrue(shared.out().contains("schema version " + org.linkatlas.storage.Database.CURRENT_VERSION
                + ", this user may edit"), shared.out());
        // everything after the "store:" line is the same report
        assertEquals(afterStoreLine(local.out()), afterStoreLine(shared.out()));
        assertTrue(shared.out().contains(" " + localLinks() + " link"), shared.out());
    }

    private static String afterStoreLine(String report) {
        int i = report.indexOf("\nstore: ");
        int start = i < 0 ? (report.startsWith("store: ") ? 0 : -1) : i + 1;
        assertTrue(start >= 0, report);
        return report.substring(report.indexOf('\n', start) + 1);
    }

    @Test
    void ogrinfoListsTheLinksLayerWithItsGeometryAndTheLocalCount() throws Exception {
        // QGIS reads PostGIS through GDAL/OGR's PG driver; ogrinfo is its command-line view (gdal-bin)
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", TestPostgres.gdal(server), "links")
                .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), report);
        assertTrue(report.contains("Layer name: links"), report);
        assertTrue(report.contains("Feature Count: " + localLinks()), report);
        assertTrue(report.contains("Geometry Column = geom"), report);
        assertTrue(report.contains("WGS 84"), report);
        assertTrue(report.contains("name_vi: String"), report);
    }

    @Test
    void badAddressesAreUsageErrors() {
        Result r = run("init-server", "postgresql://lan:secret@127.0.0.1/atlas");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("~/.pgpass"), r.err());
        Result none = run("init-server");
        assertEquals(2, none.code());
    }

    @Test
    void aServerWithoutThatDatabaseIsNamedAndNothingIsMade() {
        Result r = run("init-server", server.withDatabase("no_such_atlas").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("has no database no_such_atlas"), r.err());
    }
}
