package org.linkatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.explore.LinkFacts;
import org.linkatlas.map.LinkShapes;
import org.linkatlas.route.Corridor;

/**
 * Issue 11, "Route panel details": the PDF's status column, the attribution printed once, file names from the
 * route's ends, the GeoJSON with both variants and stable codes, and actors' diacritics in the English CSV. On
 * the real catalogue (see {@link RouteReportTest} for the planner).
 */
class RouteOutputsIssue11Test {
    @TempDir
    Path dir;

    static {
        try {
            RouteReportTest.read();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void pdfStatusColumnKeepsWordsWholeAndTheAttributionIsPrintedOnce() throws IOException {
        // cầu Đồng Việt is under construction: "Under construction" broke as "Under constructio" / "n"
        var dv = RouteReportTest.c.links().stream().filter(l -> l.id().equals("cau-dong-viet")).toList();
        RouteReport r = new RouteReportBuilder(RouteReportTest.c, new LinkFacts(RouteReportTest.c), RouteReportTest.JAN_2026, "en")
                .corridor(Corridor.of(dv, 1.5));
        String attribution = "Basemap: Attribution Test Source";
        Path pdf = dir.resolve("dv.pdf");
        PdfExport.write(new PdfExport.Request(r, new PdfExport.MapInputs(List.of(), new LinkShapes(RouteReportTest.c.links()),
                l -> true, attribution), false, ZonedDateTime.parse("2026-12-01T10:00:00+07:00")), pdf, Progress.NONE);
        String text = text(pdf);
        assertTrue(text.contains("construction"), text);
        assertFalse(text.contains("constructio\n"), "a word cut between letters: " + text);
        assertEquals(1, count(text, "Attribution Test Source"), text);
        // and not drawn into the map image as well: the image is the same with or without an attribution
        var shapes = new LinkShapes(RouteReportTest.c.links());
        var with = PdfExport.map(r, new PdfExport.MapInputs(List.of(), shapes, l -> true, attribution), false, Progress.NONE);
        var without = PdfExport.map(r, new PdfExport.MapInputs(List.of(), shapes, l -> true, ""), false, Progress.NONE);
        int[] a = with.getRGB(0, 0, with.getWidth(), with.getHeight(), null, 0, with.getWidth());
        int[] b = without.getRGB(0, 0, without.getWidth(), without.getHeight(), null, 0, without.getWidth());
        assertTrue(java.util.Arrays.equals(a, b), "the attribution is drawn on the map image too");
    }

    @Test
    void columnWidthsGiveEveryColumnItsLongestWordWhenTheyFit() {
        float[] w = PdfTable.fit(new float[] {0.5f, 0.1f, 0.4f}, new float[] {10, 80, 10}, 400);
        assertEquals(400, w[0] + w[1] + w[2], 0.01);
        assertTrue(w[1] >= 80, "the narrow column grew to its word: " + w[1]);
        assertEquals(w[0] / w[2], 0.5f / 0.4f, 0.01, "the others keep their proportions");
    }

    @Test
    void fileNamesComeFromTheRoutesEnds() {
        RouteReport r = RouteReportTest.report("Hiệp Hòa", "Phổ Yên", true, "vi");
        String name = RouteExports.fileName(r, "pdf");
        assertTrue(name.startsWith("hiep-hoa") && name.contains("pho-yen") && name.endsWith(".pdf"), name);
        assertTrue(name.matches("[a-z0-9-]+\\.pdf"), name);
        assertEquals("link-atlas-route.pdf", RouteExports.fileName(null, "pdf"));
    }

    @Test
    void routeGeoJsonHoldsBothVariantsWithStableCodesAndLabels() throws Exception {
        RouteReport today = RouteReportTest.report("Sơn Động", "Cảng Cái Lân", false, "vi");
        RouteReport planned = RouteReportTest.report("Sơn Động", "Cảng Cái Lân", true, "vi");
        Path f = dir.resolve("route.geojson");
        RouteExports.writeGeoJson(List.of(today, planned), f);
        JsonNode json = new ObjectMapper().readTree(f.toFile());
        List<JsonNode> segs = new ArrayList<>();
        json.get("features").forEach(x -> {
            if (x.at("/properties/role").asText().equals("segment")) {
                segs.add(x);
            }
        });
        Set<String> variants = segs.stream().map(x -> x.at("/properties/variant").asText()).collect(Collectors.toSet());
        assertEquals(Set.of("existing", "with_planned"), variants);
        assertEquals(today.segments().size() + planned.segments().size(), segs.size());
        Set<String> statusCodes = Set.of("existing", "upgrade", "under_construction", "planned", "proposed", "restoration",
                "to_be_replaced");
        for (JsonNode s : segs) {
            String status = s.at("/properties/status").asText();
            assertTrue(statusCodes.contains(status), "a code, not a label: " + status);
            assertFalse(s.at("/properties/status_label").asText().isBlank());
            assertTrue(s.at("/properties/kind").asText().matches("[a-z_]+"), s.toString());
        }
        assertTrue(segs.stream().anyMatch(s -> s.at("/properties/status_label").asText().equals("Hiện có")));
    }

    @Test
    void englishCsvKeepsTheActorsDiacritics() throws Exception {
        var dv = RouteReportTest.c.links().stream().filter(l -> l.id().equals("cau-dong-viet")).toList();
        RouteReport r = new RouteReportBuilder(RouteReportTest.c, new LinkFacts(RouteReportTest.c), RouteReportTest.JAN_2026, "en")
                .corridor(Corridor.of(dv, 1.5));
        Path f = dir.resolve("c.csv");
        RouteExports.writeCommitmentsCsv(r, f);
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read());
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
            String actors = rows.stream().map(x -> x.get("actors")).collect(Collectors.joining("; "));
            assertTrue(actors.contains("Bắc Giang province"), actors);
            assertFalse(actors.contains("Bac Giang"), actors);
        }
    }

    @Test
    void partyNamesPutTheProvincesOwnLettersBack() {
        assertEquals("Hải Dương province", PartyNames.withDiacritics("Hai Duong province", "Hải Dương"));
        assertEquals("Ministry of Transport", PartyNames.withDiacritics("Ministry of Transport", null));
        assertEquals("Bac Giangxyz", PartyNames.withDiacritics("Bac Giangxyz", "Bắc Giang"), "only whole words");
    }
}
