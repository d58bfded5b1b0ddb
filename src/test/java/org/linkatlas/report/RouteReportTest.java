package org.linkatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.explore.LinkFacts;
import org.linkatlas.model.Catalogue;
import org.linkatlas.route.ContextRoads;
import org.linkatlas.route.Corridor;
import org.linkatlas.route.RoutePlanner;
import org.linkatlas.route.RoutingNetwork;
import org.linkatlas.testing.Fixtures;

/** Reports of real routes on the real catalogue, as text, GeoJSON and CSV. */
class RouteReportTest {
    static Catalogue c;
    static RoutePlanner planner;
    static final Clock JAN_2026 = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws Exception {
        c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        planner = new RoutePlanner(c, org.linkatlas.route.BaseNetwork.bundled(Fixtures.dataDir().resolve("network")).roads(), RoutingNetwork.Options.DEFAULT);
    }

    static RouteReport report(String from, String to, boolean planned, String lang) {
        var plan = planner.plan(planner.places().resolve(from).end(), planner.places().resolve(to).end());
        return new RouteReportBuilder(c, new LinkFacts(c), JAN_2026, lang).route(plan, planned, 3.0);
    }

    @Test
    void hiepHoaToPhoYenListsTheBridgeItsAgreementCommitmentAndSource() {
        RouteReport r = report("Hiệp Hòa", "Phổ Yên", true, "vi");
        assertTrue(r.existing().connected(), "connected today by QL37 and QL3 (issue 12)");
        assertTrue(r.savedKm() > 30 && r.savedMinutes() > 20, r.savedKm() + " km, " + r.savedMinutes() + " min");
        assertEquals(List.of("Cầu Hòa Sơn"), r.plannedLinks().stream().filter(n -> n.startsWith("Cầu")).toList(), r.plannedLinks().toString());
        assertTrue(r.withPlanned().detourRatio() < 1.1 && r.existing().detourRatio() > 3, "detour ratios");
        assertTrue(r.withPlanned().connected());
        assertTrue(r.plannedListed());
        RouteReport.Segment bridge = r.segments().stream().filter(s -> s.linkId().equals("cau-hoa-son")).findFirst().orElseThrow();
        assertEquals("Cầu", bridge.kind());
        // the lifecycle, not one word: state, intervention, stage reached, source
        assertEquals("Đang xây dựng · xây dựng: đang thi công (nguồn 002)", bridge.status());
        assertTrue(bridge.approximate());
        assertTrue(bridge.provinces().contains("Bắc Giang → Bắc Ninh"), bridge.provinces().toString());
        assertFalse(bridge.agreements().isEmpty());
        assertTrue(bridge.commitments().stream().anyMatch(cm -> cm.source().quote().contains("cầu Hòa Sơn")));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("Vành đai 5") && n.contains("±25,0 km")), r.notes().toString());
        double sum = r.segments().stream().mapToDouble(RouteReport.Segment::km).sum();
        assertEquals(r.withPlanned().km(), sum, 1e-6, "segments add up to the total");

        String text = ReportText.of(r);
        assertTrue(text.startsWith("Tóm tắt tuyến: Hiệp Hòa (TT Thắng) → Phổ Yên (Ba Hàng)"), text);
        assertTrue(text.contains("Chỉ các tuyến hiện có: 51,7 km"), text);
        assertTrue(text.contains("phút"), "driving time in minutes: " + text);
        assertTrue(text.contains("Cầu Hòa Sơn"), "the planned links that make the difference: " + text);
        assertTrue(text.contains("002_4246e1f5d77ed7e5.txt: “"), text);
        // provinces one after another with "; ": with ", " a renamed one ("A, B → C, D") reads as two lists
        assertTrue(bridge.provinces().size() >= 2, bridge.provinces().toString());
        assertTrue(text.contains("Tỉnh (khi ký → từ 2025): " + String.join("; ", bridge.provinces()) + "\n"), text);
    }

    @Test
    void englishSaysTheSameWithEnglishNamesAndDecimals() {
        RouteReport r = report("Sơn Động", "Cảng Cái Lân", false, "en");
        assertTrue(r.existing().connected());
        assertEquals(0.8, r.existing().endGapKm(), 0.1);
        String text = ReportText.of(r);
        assertTrue(text.contains("Existing links only: "), text);
        assertTrue(text.contains("Saved by the planned links: 0.0 km"), text);
        assertTrue(text.matches("(?s).*off the network 0\\.0 km \\+ 0\\.8 km.*"), text);
        assertTrue(text.contains("Kind: Road"), text);
        assertEquals("en", r.lang());
    }

    @Test
    void overdueIsAsOfTheReportsDay() {
        // cầu Đồng Việt: due "trước tháng 9/2024", under construction in the store
        var facts = new LinkFacts(c);
        var dv = c.links().stream().filter(l -> l.id().equals("cau-dong-viet")).toList();
        RouteReport late = new RouteReportBuilder(c, facts, JAN_2026, "en").corridor(Corridor.of(dv, 1.5));
        assertTrue(late.segments().get(0).commitments().stream().anyMatch(RouteReport.CommitmentRow::overdue));
        Clock before = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
        RouteReport early = new RouteReportBuilder(c, facts, before, "en").corridor(Corridor.of(dv, 1.5));
        assertTrue(early.segments().get(0).commitments().stream().noneMatch(RouteReport.CommitmentRow::overdue));
    }

    @Test
    void aCorridorHasOneVariantAndNamesItsGaps() {
        var pick = c.links().stream().filter(l -> List.of("ql-18", "cau-hoa-son").contains(l.id())).toList();
        RouteReport r = new RouteReportBuilder(c, new LinkFacts(c), JAN_2026, "en").corridor(Corridor.of(pick, 1.5));
        assertEquals(RouteReport.Kind.CORRIDOR, r.kind());
        assertNull(r.withPlanned());
        assertEquals(0, r.savedKm());
        assertEquals(2, r.segments().size());
        assertTrue(r.notes().get(0).contains("do not meet"), r.notes().toString());
        assertTrue(ReportText.of(r).startsWith("Corridor summary: "), ReportText.of(r));
    }

    @Test
    void geoJsonHoldsTheRouteAndEverySegment() throws Exception {
        RouteReport r = report("Hiệp Hòa", "Phổ Yên", true, "en");
        Path f = dir.resolve("route.geojson");
        RouteExports.writeGeoJson(r, f);
        JsonNode json = new ObjectMapper().readTree(f.toFile());
        List<JsonNode> features = new java.util.ArrayList<>();
        json.get("features").forEach(features::add);
        assertEquals(2, features.stream().filter(x -> x.at("/properties/role").asText().equals("route")).count(),
                "both variants connect");
        List<JsonNode> segs = features.stream().filter(x -> x.at("/properties/role").asText().equals("segment")).toList();
        assertEquals(r.segments().size(), segs.size());
        assertEquals("LineString", segs.get(0).at("/geometry/type").asText());
        assertTrue(segs.stream().anyMatch(x -> x.at("/properties/name").asText().equals("Hòa Sơn bridge")));
        assertTrue(segs.get(0).at("/properties/approximate").asBoolean());
    }

    @Test
    void csvHasABomAHeaderAndOneRowPerCommitment() throws Exception {
        RouteReport r = report("Hiệp Hòa", "Phổ Yên", true, "vi");
        Path f = dir.resolve("c.csv");
        RouteExports.writeCommitmentsCsv(r, f);
        byte[] bytes = Files.readAllBytes(f);
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xff, bytes[1] & 0xff, bytes[2] & 0xff));
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            in.read(); // the BOM
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
            long expected = r.segments().stream().mapToLong(s -> s.commitments().size()).sum();
            assertEquals(expected, rows.size());
            assertTrue(rows.stream().anyMatch(x -> x.get("quote").contains("cầu Hòa Sơn") && x.get("seed").startsWith("002_")));
            assertEquals(List.of(RouteExports.CSV_HEADER), rows.get(0).getParser().getHeaderNames());
        }
    }

    @Test
    void aWriteThatFailsLeavesNoFile() throws Exception {
        RouteReport r = report("Hiệp Hòa", "Phổ Yên", true, "vi");
        Path notADir = dir.resolve("file");
        Files.writeString(notADir, "x");
        assertThrows(IOException.class, () -> RouteExports.writeGeoJson(r, notADir.resolve("route.geojson")));
        assertEquals("x", Files.readString(notADir));
    }

    @Test
    void numbersFollowTheLanguage() {
        assertEquals("13.7 km", new ReportFormat("en").km(13.66));
        assertEquals("13,7 km", new ReportFormat("vi").km(13.66));
        assertEquals("1.200", new ReportFormat("vi").cost(1200));
        assertEquals("? km", new ReportFormat("en").km(Double.NaN));
    }

    @Test
    void anEnglishSummaryGivesDeadlinesInEnglishAndTheSourcesWordsOnlyAsQuotes() {
        String within = ReportText.of(report("Chí Linh", "Yên Dũng", true, "en"));
        assertTrue(within.contains("deadline: in the period up to 2025 (“giai đoạn 2021 – 2025”) (due 31 Dec 2025)"), within);
        String vague = ReportText.of(report("Hà Nội", "Lạng Sơn", false, "en"));
        assertTrue(vague.contains("deadline: “sớm” (no date given)"), vague);
        for (String text : List.of(within, vague)) {
            String unquoted = text.replaceAll("“[^”]*”", "“”");
            for (var cm : c.commitments()) {
                if (cm.deadline() != null && cm.deadline().text() != null) {
                    assertFalse(unquoted.contains(cm.deadline().text()), "“" + cm.deadline().text() + "” outside a quote: " + text);
                }
            }
            assertFalse(unquoted.matches("(?s).*\\b20\\d\\d-\\d\\d-\\d\\d\\b.*"), "no ISO date in the English text: " + text);
        }
        String vi = ReportText.of(report("Chí Linh", "Yên Dũng", true, "vi"));
        assertTrue(vi.contains("hạn: trong giai đoạn đến năm 2025 (“giai đoạn 2021 – 2025”) (hạn chót 31/12/2025)"), vi);
    }
}
