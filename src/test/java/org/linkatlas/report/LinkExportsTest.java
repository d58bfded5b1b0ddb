package org.linkatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.explore.LinkFacts;
import org.linkatlas.explore.LinkFilter;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.testing.Fixtures;
import org.linkatlas.testing.Ogrinfo;

/** The shown links written as GeoJSON, CSV and GeoPackage from the real catalogue, with filters. */
class LinkExportsTest {
    static Catalogue c;
    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws IOException {
        c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
    }

    private static List<CSVRecord> csv(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xff, bytes[1] & 0xff, bytes[2] & 0xff), "UTF-8 BOM");
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            in.read();
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    /** The planned links counted straight from the catalogue, not through the filter code. */
    private static Set<String> plannedIds() {
        Set<String> ids = new HashSet<>();
        for (Link l : c.links()) {
            if (l.status() == LinkStatus.PLANNED) {
                ids.add(l.id());
            }
        }
        return ids;
    }

    @Test
    void csvHonoursTheFilterAndKeepsDiacriticsInBothLanguages() throws IOException {
        ShownLinks planned = new ShownLinks(c, LinkFilter.all().withStatuses(EnumSet.of(LinkStatus.PLANNED)));
        for (String lang : List.of("vi", "en")) {
            Path f = dir.resolve("links-" + lang + ".csv");
            LinkExports.write(planned, lang, f);
            List<CSVRecord> rows = csv(f);
            Set<String> ids = new HashSet<>();
            rows.forEach(r -> ids.add(r.get("link_id")));
            assertEquals(plannedIds(), ids, lang);
            assertTrue(rows.stream().allMatch(r -> r.get("status").equals("planned")), "codes are not translated");
            assertEquals(ShownLinks.messages(lang).get("status.planned"), rows.get(0).get("status_label"));
            assertTrue(rows.get(0).get("status_label").startsWith(lang.equals("vi") ? "Quy hoạch" : "Planned"));
            String names = String.join(" ", rows.stream().map(r -> r.get("name_vi")).toList());
            assertTrue(names.matches("(?s).*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*"), names);
            String actors = String.join("; ", rows.stream().map(r -> r.get("actors")).toList());
            assertTrue(actors.contains("Bắc Giang") || actors.contains("Hải Dương") || actors.contains("Quảng Ninh"),
                    lang + ": " + actors);
            assertFalse(actors.matches("(?s).*\\b(Bac Giang|Hai Duong|Quang Ninh)\\b.*"), "diacritics dropped: " + actors);
            assertEquals(LinkExports.csvHeader(), rows.get(0).getParser().getHeaderNames());
        }
    }

    @Test
    void csvSaysWhatExistsApartFromWhatIsPromised() throws IOException {
        Path f = dir.resolve("all.csv");
        LinkExports.write(new ShownLinks(c, LinkFilter.all()), "en", f);
        CSVRecord ql37 = csv(f).stream().filter(r -> r.get("link_id").equals("ql-37")).findFirst().orElseThrow();
        assertEquals("existing", ql37.get("state"), "QL37 exists");
        assertTrue(ql37.get("lifecycle").startsWith("exists · widening the Chí Linh – Lục Nam – Kép section requested of "),
                ql37.get("lifecycle"));
        Path vi = dir.resolve("all-vi.csv");
        LinkExports.write(new ShownLinks(c, LinkFilter.all()), "vi", vi);
        CSVRecord rail = csv(vi).stream().filter(r -> r.get("link_id").equals("duong-sat-kep-ha-long")).findFirst().orElseThrow();
        assertEquals("disused", rail.get("state"));
        assertTrue(rail.get("lifecycle").contains("khôi phục: đã đề nghị"), rail.get("lifecycle"));
        // a target: the source's words, the date they give, and that date in the export's language
        CSVRecord bridge = csv(f).stream().filter(r -> r.get("link_id").equals("cau-dong-viet")).findFirst().orElseThrow();
        assertEquals("phấn đấu thông xe toàn tuyến trước tháng 9/2024", bridge.get("target"));
        assertEquals("2024-09", bridge.get("target_value"));
        assertEquals("before September 2024", bridge.get("target_label"));
        assertEquals("trước tháng 9/2024", csv(vi).stream().filter(r -> r.get("link_id").equals("cau-dong-viet"))
                .findFirst().orElseThrow().get("target_label"));
    }

    @Test
    void geoJsonHonoursKindAndAgreement() throws Exception {
        LinkFacts facts = new LinkFacts(c);
        String agreement = c.agreements().get(0).id();
        ShownLinks shown = new ShownLinks(c, LinkFilter.all().withAgreement(agreement).withKinds(EnumSet.of(LinkKind.BRIDGE, LinkKind.ROAD)));
        Path f = dir.resolve("x.geojson");
        LinkExports.write(shown, "en", f);
        JsonNode json = new ObjectMapper().readTree(f.toFile());
        Set<String> got = new HashSet<>();
        json.get("features").forEach(x -> got.add(x.at("/properties/id").asText()));
        Set<String> expected = new HashSet<>();
        for (Link l : c.links()) {
            if ((l.kind() == LinkKind.BRIDGE || l.kind() == LinkKind.ROAD) && facts.agreementsOf(l.id()).contains(agreement)) {
                expected.add(l.id());
            }
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, got);
    }

    @Test
    void geoPackageHasALinksAndAPlacesLayerThatOgrinfoReads() throws Exception {
        ShownLinks planned = new ShownLinks(c, LinkFilter.all().withStatuses(EnumSet.of(LinkStatus.PLANNED)));
        Path f = dir.resolve("shown.gpkg");
        LinkExports.Written w = LinkExports.write(planned, "vi", f);
        Ogrinfo.Summary s = Ogrinfo.summary(f);
        assertEquals(plannedIds().size(), s.layers().get("links").features());
        assertEquals(w.places(), s.layers().get("places").features());
        assertTrue(w.places() > 0);
        assertEquals("Point", s.layers().get("places").geometry());
        assertEquals(new HashSet<>(LinkExports.csvHeader()), s.layers().get("links").fields().keySet(),
                "the GeoPackage and the CSV have the same columns");
    }

    @Test
    void anUnknownExtensionWritesNothing() {
        ShownLinks all = new ShownLinks(c, LinkFilter.all());
        Path f = dir.resolve("links.shp");
        assertThrows(IllegalArgumentException.class, () -> LinkExports.write(all, "vi", f));
        assertFalse(Files.exists(f));
        assertEquals(LinkExports.Format.GEOPACKAGE, LinkExports.Format.of(Path.of("A.GPKG")).orElseThrow());
    }

    @Test
    void theFiltersInForceAreSaidInWords() {
        ShownLinks none = new ShownLinks(c, LinkFilter.all());
        assertEquals(List.of("No filter: every link is shown"), none.describe(ShownLinks.messages("en")));
        ShownLinks some = new ShownLinks(c, LinkFilter.all().withStatuses(EnumSet.of(LinkStatus.PLANNED)).withProvince("Bắc Ninh")
                .withYear(2030));
        List<String> vi = some.describe(ShownLinks.messages("vi"));
        assertEquals(List.of("Tình trạng: " + ShownLinks.messages("vi").get("status.planned"), "Tỉnh: Bắc Ninh", "Hiện có, hoặc đến hạn trước cuối năm 2030"), vi);
    }
}
