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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.LinkKind;
import org.linkatlas.testing.Fixtures;
import org.linkatlas.testing.Ogrinfo;

/** {@code export} and {@code sheets} on a store built from the real catalogue: files, exit codes, bad arguments. */
class ExportAndSheetsCommandTest {
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
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--store";
        all[args.length + 1] = store.toString();
        return Main.run(CliLanguage.in("en", all), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportWritesAGeoPackageOfTheFilteredLinks() throws Exception {
        Path f = dir.resolve("bridges.gpkg");
        assertEquals(0, run("export", f.toString(), "--kind", "bridge"), err());
        Catalogue c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        long bridges = c.links().stream().filter(l -> l.kind() == LinkKind.BRIDGE).count();
        Ogrinfo.Summary s = Ogrinfo.summary(f);
        assertEquals(bridges, s.layers().get("links").features());
        assertTrue(s.layers().containsKey("places"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote " + bridges + " links"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportTakesTheFormatFromTheExtensionAndListsOfCodes() throws Exception {
        Path csv = dir.resolve("planned.CSV");
        assertEquals(0, run("export", csv.toString(), "--status", "planned,proposed", "--lang", "en"), err());
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xff, "a BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains(",planned,") && text.contains(",proposed,"), text);
        assertFalse(text.contains(",existing,"), text);
        Path json = dir.resolve("bn.geojson");
        assertEquals(0, run("export", json.toString(), "--province", "Bắc Ninh"), err());
        JsonNode fc = new ObjectMapper().readTree(json.toFile());
        assertTrue(fc.get("features").size() > 0);
        fc.get("features").forEach(x -> assertTrue(x.at("/properties/provinces_2025").asText().contains("Bắc Ninh"), x.toString()));
    }

    @Test
    void exportGeoJsonStaysAnAliasAndHonoursFilters() throws Exception {
        Path f = dir.resolve("links.json");
        assertEquals(0, run("export-geojson", f.toString(), "--kind", "railway"), err());
        JsonNode fc = new ObjectMapper().readTree(f.toFile());
        fc.get("features").forEach(x -> assertEquals("railway", x.at("/properties/kind").asText()));
        assertTrue(fc.get("features").size() > 0);
    }

    @Test
    void badArgumentsAreUsageErrorsAndWriteNothing() {
        assertEquals(2, run("export", dir.resolve("links.shp").toString()));
        assertTrue(err().contains(".geojson, .csv or .gpkg"), err());
        assertEquals(2, run("export", dir.resolve("a.csv").toString(), "--agreement", "no-such-agreement"));
        assertTrue(err().contains("no agreement has the id 'no-such-agreement'; known: "), err());
        assertEquals(2, run("export", dir.resolve("a.csv").toString(), "--status", "built"));
        assertTrue(err().contains("'built' is not one of existing, upgrade"), err());
        err.reset();
        assertEquals(2, run("export", dir.resolve("a.csv").toString(), "--province", "x".repeat(5000)));
        assertTrue(err().contains("is not a province") && err().length() < 3000, "the input is not repeated whole: " + err().length());
        assertEquals(2, run("export"));
        assertFalse(Files.exists(dir.resolve("a.csv")));
        assertFalse(Files.exists(dir.resolve("links.shp")));
    }

    @Test
    void aMissingFolderIsReportedAndNotCreated() {
        Path missing = dir.resolve("no-such-folder");
        assertEquals(1, run("export", missing.resolve("a.gpkg").toString()));
        assertTrue(err().contains("does not exist; nothing written"), err());
        assertEquals(1, run("sheets", "--pdf", missing.resolve("s.pdf").toString()));
        assertFalse(Files.exists(missing));
    }

    @Test
    void sheetsRefusesAnUnknownAgreementAndNeedsAFile() {
        assertEquals(2, run("sheets", "--pdf", dir.resolve("s.pdf").toString(), "--agreement", "nope"));
        assertTrue(err().contains("known: "), err());
        assertEquals(2, run("sheets"));
        assertEquals(2, run("sheets", "--pdf", dir.resolve("s.pdf").toString(), "--lang", "fr"));
        assertFalse(Files.exists(dir.resolve("s.pdf")));
    }

    @Test
    void sheetsWritesOneAgreementOnTheOfflineBasemap() throws Exception {
        Catalogue c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        var a = c.agreements().get(0);
        Path f = dir.resolve("sheet.pdf");
        assertEquals(0, run("sheets", "--pdf", f.toString(), "--agreement", a.id(), "--lang", "en"), err());
        try (PDDocument doc = Loader.loadPDF(f.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.startsWith(a.titleEn().substring(0, 20)), text);
            assertTrue(text.contains("Natural Earth") || text.contains("GSHHG"), "the offline basemap's attribution: " + text);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote 1 agreement sheet"));
    }

    @Test
    void aVietnameseSheetCreditsItsMapInVietnameseAndCreditsOpenStreetMap() throws Exception {
        Catalogue c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        // the Bắc Giang – Hải Dương programme: its sheet's map draws the Kép – Hạ Long railway, OpenStreetMap data
        var a = c.agreements().stream().filter(x -> x.id().equals("ct-bg-hd-2023-2025")).findFirst().orElseThrow();
        Path f = dir.resolve("sheet-vi.pdf");
        assertEquals(0, run("sheets", "--pdf", f.toString(), "--agreement", a.id(), "--lang", "vi"), err());
        try (PDDocument doc = Loader.loadPDF(f.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Bản đồ nền: GSHHG"), "the basemap credit in Vietnamese: " + text);
            assertFalse(text.contains("Basemap:"), "no English credit on a Vietnamese sheet");
            assertTrue(text.contains("OpenStreetMap"), "the railways' ODbL credit: " + text);
        }
    }
}
