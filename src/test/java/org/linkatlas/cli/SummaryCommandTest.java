package org.linkatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.testing.Fixtures;

class SummaryCommandTest {
    @TempDir
    static Path dir;
    static Path store;
    ByteArrayOutputStream out;
    ByteArrayOutputStream err;

    @BeforeAll
    static void buildTheRealStore() {
        store = dir.resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), store);
    }

    @BeforeEach
    void streams() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
    }

    private int run(String... args) {
        // the reports' tests were written in Vietnamese, the old default; each names --lang when it wants English
        return Main.run(CliLanguage.in("vi", args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int summary(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "summary";
        all[1] = "--store";
        all[2] = store.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsBothVariantsAndTheSegments() {
        assertEquals(0, summary("--from", "son dong", "--to", "TP Hạ Long", "--lang", "en"), err());
        assertTrue(out().contains("Existing links only:"), out());
        assertTrue(out().contains("With planned links:"), out());
        assertTrue(out().contains("Saved by the planned links:"), out());
        assertTrue(out().contains("[ql-279]"), out());
        assertTrue(out().contains("Source: "), out());
    }

    @Test
    void plannedListsThePlannedVariantInVietnamese() {
        assertEquals(0, summary("--from", "Hiệp Hòa", "--to", "Phổ Yên", "--planned"), err());
        assertTrue(out().contains("Các đoạn (cùng tuyến quy hoạch):"), out());
        assertTrue(out().contains("Chỉ các tuyến hiện có: 51,7 km"), "connected today by QL37 and QL3 (issue 12): " + out());
        assertTrue(out().contains("[cau-hoa-son] 0,5 km"), "across cầu Hòa Sơn, Vietnamese decimals: " + out());
    }

    @Test
    void jsonPrintsBothVariantsWithTimesSegmentsAndTheSaving() throws Exception {
        assertEquals(0, summary("--from", "Hiệp Hòa", "--to", "Phổ Yên", "--json", "--lang", "en"), err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out());
        assertEquals("Hiệp Hòa (TT Thắng)", json.at("/from/name").asText());
        assertEquals(105.98344, json.at("/from/lon").asDouble(), 1e-6);
        assertTrue(json.at("/existing/connected").asBoolean());
        assertTrue(json.at("/existing/minutes").asInt() > json.at("/planned/minutes").asInt());
        assertTrue(json.at("/existing/segments/1/link_id").isNull(), "a base road has no link id: " + out());
        assertEquals("cau-hoa-son", json.at("/planned/segments/1/link_id").asText(), out());
        assertEquals(json.at("/existing/length_km").asDouble() - json.at("/planned/length_km").asDouble(),
                json.at("/saved_km").asDouble(), 0.11);
        assertTrue(json.at("/planned_links").toString().contains("Hòa Sơn bridge"), out());
    }

    @Test
    void networkRoutesOnTheUsersFileAndARefusedFileWritesNothing() throws Exception {
        java.nio.file.Path gpkg = java.nio.file.Path.of(getClass().getResource("/org/linkatlas/route/network/roads.gpkg").toURI());
        assertEquals(0, summary("--from", "Hiệp Hòa", "--to", "Phổ Yên", "--json", "--network", gpkg.toString()), err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out());
        assertEquals("roads.gpkg", json.at("/network").asText());
        assertTrue(json.at("/existing/length_km").asDouble() < 16, out());
        out.reset();
        java.nio.file.Path far = java.nio.file.Path.of(getClass().getResource("/org/linkatlas/route/network/far.geojson").toURI());
        assertEquals(1, summary("--from", "Hiệp Hòa", "--to", "Phổ Yên", "--network", far.toString(), "--lang", "en"));
        assertTrue(err().contains("outside the region"), err());
        assertEquals("", out());
    }

    @Test
    void anUnknownPlaceExitsOneListingTheClosestMatches() {
        assertEquals(1, summary("--from", "Son Dongg", "--to", "Phổ Yên", "--lang", "en"));
        assertTrue(err().contains("is not a known place; closest:"), err());
        assertTrue(err().contains("Sơn Động (TT An Châu)"), err());
        assertEquals("", out());
        assertTrue(err().contains("nothing written"), err());
    }

    @Test
    void anAmbiguousPlaceExitsOneListingTheCandidates() {
        assertEquals(1, summary("--from", "Cầu", "--to", "Phổ Yên", "--lang", "en"));
        assertTrue(err().contains("is ambiguous"), err());
        assertTrue(err().lines().filter(l -> l.startsWith("  ")).count() <= 5, err());
        assertEquals("", out());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, summary("--from", "Hiệp Hòa"));
        assertEquals(2, summary("--from", "Hiệp Hòa", "--to", "Phổ Yên", "--lang", "fr"));
        assertEquals(2, summary("--from", "Hiệp Hòa", "--to", "Phổ Yên", "--bogus", "x"));
    }

    @Test
    void geoJsonAndCsvAreWrittenAndAnUnknownPlaceWritesNoFile() throws Exception {
        Path geojson = dir.resolve("route.geojson");
        Path csv = dir.resolve("commitments.csv");
        assertEquals(0, summary("--from", "Hiệp Hòa", "--to", "Phổ Yên", "--planned", "--lang", "en",
                "--geojson", geojson.toString(), "--csv", csv.toString()), err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(geojson.toFile());
        assertEquals("FeatureCollection", json.get("type").asText());
        assertTrue(json.toString().contains("\"link_id\":\"cau-hoa-son\""), json.toString());
        byte[] bytes = java.nio.file.Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xff, "UTF-8 byte-order mark");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("cầu Hòa Sơn"), text);

        Path none = dir.resolve("none.geojson");
        assertEquals(1, summary("--from", "Nowhere at all", "--to", "Phổ Yên", "--geojson", none.toString()));
        assertTrue(!java.nio.file.Files.exists(none));
    }

    @Test
    void pdfOfSonDongToCaiLanHoldsTheNamesQuotesAndTotalsAndAnAmbiguousPlaceWritesNone() throws Exception {
        Path pdf = dir.resolve("son-dong-cai-lan.pdf");
        assertEquals(0, summary("--from", "Sơn Động", "--to", "Cảng Cái Lân", "--pdf", pdf.toString(), "--landscape"), err());
        String printed = out();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getPage(0).getMediaBox().getWidth() > doc.getPage(0).getMediaBox().getHeight(), "landscape");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Sơn Động (TT An Châu) → Cảng Cái Lân"), text);
            assertTrue(text.contains("Quốc lộ 18"), text);
            assertTrue(text.contains("004_81bcde8abbdc91d4.txt"), "a source seed: " + text);
            java.util.regex.Matcher total = java.util.regex.Pattern.compile("Chỉ các tuyến hiện có: (\\d+,\\d km)").matcher(printed);
            assertTrue(total.find(), printed);
            assertTrue(text.contains(total.group(1)), "the PDF's total is the printed one, " + total.group(1) + ": " + text);
            // railways, ferry landings and airports are drawn from OpenStreetMap data: ODbL asks for the credit
            assertTrue(text.replaceAll("\\s+", " ").contains("© những người đóng góp OpenStreetMap"), "in the PDF's language: " + text);
        }
        Path none = dir.resolve("none.pdf");
        assertEquals(1, summary("--from", "Cầu", "--to", "Cảng Cái Lân", "--pdf", none.toString(), "--lang", "en"));
        assertTrue(err().contains("is ambiguous"), err());
        assertTrue(!java.nio.file.Files.exists(none));
    }

    @Test
    void landscapeWithoutPdfIsBadUsage() {
        assertEquals(2, summary("--from", "Hiệp Hòa", "--to", "Phổ Yên", "--landscape"));
    }

    @Test
    void checkReportsIsolatedPiecesAndStillPasses() {
        assertEquals(0, run("check", "--store", store.toString(), "--data", Fixtures.dataDir().toString(),
                "--seeds", Fixtures.seedsDir().toString(), "--lang", "en"), err());
        assertTrue(out().contains("road network pieces that join nothing else (the catalogue's links alone): "), out());
        assertTrue(out().contains("context roads: "), out());
        assertTrue(out().contains("vanh-dai-5-vung-thu-do-bg-tn (±25.0 km)"), "not routed: " + out());
    }

    @Test
    void checkListsNoNamedBridgeAsIsolatedOnceTheBaseRoadsAreIn() {
        assertEquals(0, run("check", "--store", store.toString(), "--data", Fixtures.dataDir().toString(),
                "--seeds", Fixtures.seedsDir().toString(), "--lang", "en"), err());
        String text = out();
        int alone = text.indexOf("road network pieces that join nothing else (the catalogue's links alone): ");
        int with = text.indexOf(" context roads: ", alone);
        int notRouted = text.indexOf("road links not routed over", with);
        assertTrue(alone >= 0 && with > alone && notRouted > with, text);
        // the catalogue's links alone leave cầu Lại Xuân isolated (cầu Cẩm Lý not: QL37 is drawn over its ends);
        // with the base roads none is
        assertTrue(text.substring(alone, with).contains("cau-lai-xuan"), text);
        assertFalse(text.substring(alone, with).contains("cau-cam-ly"), text);
        String withBase = text.substring(with, notRouted);
        assertTrue(withBase.startsWith(" context roads: 0"), withBase);
        for (String id : List.of("cau-lai-xuan", "cau-cam-ly", "cau-ben-rung", "cau-dong-viet", "pha-rung")) {
            assertTrue(!withBase.contains(id), id + ": " + withBase);
        }
    }
}
