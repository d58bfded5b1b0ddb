package org.linkatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.testing.Fixtures;

class CommandsTest {
    @TempDir
    Path dir;
    Path store;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void buildTheRealStore() {
        store = dir.resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), store);
    }

    private int run(String... args) {
        return Main.run(CliLanguage.in("en", args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkPassesOnTheBuiltStoreAndPrintsCounts() {
        int code = run("check", "--store", store.toString(), "--data", Fixtures.dataDir().toString(),
                "--seeds", Fixtures.seedsDir().toString());
        assertEquals(0, code, err());
        assertTrue(out().contains("check: OK"), out());
        assertTrue(out().contains("links by kind:"), out());
        assertTrue(out().contains("Bridge"), "kinds under their labels: " + out());
        assertTrue(out().contains("links by province since 1 July 2025:"), out());
        assertTrue(out().contains("Bắc Ninh"), "Bắc Giang's links count for Bắc Ninh today: " + out());
    }

    @Test
    void checkCountsTheLifecycleAndListsLinksNothingNames() {
        assertEquals(0, run("check", "--store", store.toString(), "--data", Fixtures.dataDir().toString(),
                "--seeds", Fixtures.seedsDir().toString()), err());
        String o = out();
        assertTrue(o.matches("(?s).*links by physical state:\\s+exists\\s+\\d+.*"), o);
        assertTrue(o.matches("(?s).*interventions by current stage:.*reported slow\\s+2.*"), o);
        assertTrue(o.matches("(?s).*commitments by role:.*Asks \\(a request\\)\\s+\\d+.*"), o);
        assertTrue(o.matches("(?s).*totals: .*\\d+ progress events, \\d+ results.*"), o);
        // QL18 is only the junction where the QL10 section starts: no commitment or result names it
        assertTrue(o.matches("(?s).*links no commitment or result names: 1\\s+ql-18 .*"), o);
        assertTrue(o.contains("links of unknown location (listed and searchable, not drawn): "), o);
    }

    @Test
    void checkFailsOnAFileThatIsNotAStore() throws Exception {
        Path bogus = dir.resolve("bogus.sqlite");
        Files.writeString(bogus, "definitely not sqlite");
        assertEquals(1, run("check", "--store", bogus.toString(), "--data", Fixtures.dataDir().toString(),
                "--seeds", Fixtures.seedsDir().toString()));
        assertTrue(err().contains("not a SQLite database"), err());
    }

    @Test
    void checkFailsWhenTheStoreIsStaleAgainstTheCatalogue() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store); var s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.executeUpdate("DELETE FROM commitment WHERE id = (SELECT min(id) FROM commitment)");
        }
        assertEquals(1, run("check", "--store", store.toString(), "--data", Fixtures.dataDir().toString(),
                "--seeds", Fixtures.seedsDir().toString()));
        assertTrue(err().contains("commitments"), err());
    }

    @Test
    void checkFailsOnAMissingStore() {
        assertEquals(1, run("check", "--store", dir.resolve("none.sqlite").toString()));
        assertTrue(err().contains("no store at"), err());
    }

    @Test
    void exportWritesValidGeoJsonWithEveryLink() throws Exception {
        Path file = dir.resolve("links.geojson"); // a missing folder is refused (issue 11): ExportAndSheetsCommandTest
        assertEquals(0, run("export-geojson", file.toString(), "--store", store.toString()), err());
        JsonNode fc = new ObjectMapper().readTree(file.toFile());
        assertEquals("FeatureCollection", fc.get("type").asText());
        var c = new org.linkatlas.catalogue.CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        assertEquals(c.links().size(), fc.get("features").size());
        Set<String> ids = new HashSet<>();
        for (JsonNode f : fc.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            ids.add(f.get("id").asText());
            if (f.get("geometry").isNull()) {
                // location unknown (ĐT242, a passenger route): exported with a null geometry, as RFC 7946 allows
                assertFalse(c.links().stream().filter(l -> l.id().equals(f.get("id").asText())).findFirst().orElseThrow()
                        .located(), f.get("id").asText());
                continue;
            }
            var g = GeoJsonCodec.read(f.get("geometry"));
            assertTrue(g.isValid(), f.get("id").asText());
            JsonNode p = f.get("properties");
            assertTrue(p.get("name_vi").isTextual());
            assertTrue(p.get("sources").asText().contains("_"), "sources name their seed files");
            // RFC 7946: lon first; northern Vietnam has lon > lat
            assertTrue(g.getCoordinate().x > g.getCoordinate().y);
        }
        assertEquals(c.links().size(), ids.size(), "ids are unique");
    }

    @Test
    void exportToAnUnwritablePlaceFailsWithAMessage() throws Exception {
        Path blocker = dir.resolve("file-not-dir");
        Files.writeString(blocker, "x");
        assertEquals(1, run("export-geojson", blocker.resolve("links.geojson").toString(), "--store", store.toString()));
        assertTrue(err().contains("does not exist; nothing written"), err());
    }

    @Test
    void selfCheckOpensTheStoreRendersATileAndPrintsVersions() throws Exception {
        String before = System.getProperty("linkatlas.bundledStore");
        try {
            System.setProperty("linkatlas.bundledStore", store.toString());
            assertEquals(0, run("--self-check"), err());
            assertTrue(out().contains("self-check: OK"), out());
            assertTrue(out().matches("(?s).*Java 17.*JavaFX \\d+.*SQLite 3\\.\\d+.*"), out());
            Path broken = dir.resolve("broken.sqlite");
            Files.writeString(broken, "not a store at all");
            System.setProperty("linkatlas.bundledStore", broken.toString());
            assertEquals(1, run("--self-check"));
            assertTrue(err().contains("not a SQLite database"), err());
        } finally {
            if (before == null) {
                System.clearProperty("linkatlas.bundledStore");
            } else {
                System.setProperty("linkatlas.bundledStore", before);
            }
        }
    }

    @Test
    void badUsageExitsTwoWithTheUsage() {
        assertEquals(2, run("export-geojson"));
        assertTrue(err().contains("usage:"), err());
        assertEquals(2, run("check", "--bogus", "x"));
        assertEquals(2, run("frobnicate"));
    }

    @Test
    void buildStoreReportsABrokenCatalogueAndKeepsTheOldStore() throws Exception {
        byte[] before = Files.readAllBytes(store);
        Path emptyData = Files.createDirectories(dir.resolve("data"));
        assertEquals(1, run("build-store", "--data", emptyData.toString(), "--seeds", Fixtures.seedsDir().toString(),
                "--out", store.toString()));
        assertTrue(err().contains("was left as it was"), err());
        assertEquals(-1, java.util.Arrays.mismatch(before, Files.readAllBytes(store)));
    }
}
