package org.linkatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.map.LinkShapes;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.testing.Fixtures;

/**
 * Agreement sheets of the real catalogue, parsed back with PDFBox. The maps are drawn without basemap tiles
 * (plain background) to keep the test quick; {@code SheetsCommandTest} makes one with the offline basemap.
 */
class AgreementSheetsTest {
    static Catalogue c;
    static final String ATTRIBUTION = "Basemap: Sheet Attribution Test";
    static final ZonedDateTime PRINTED = ZonedDateTime.parse("2026-12-01T10:00:00+07:00");
    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws IOException {
        c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
    }

    private static AgreementSheets.Request request(List<String> ids, String lang) {
        return new AgreementSheets.Request(c, ids, lang, new PdfExport.MapInputs(List.of(), new LinkShapes(c.links()), null,
                ATTRIBUTION), PRINTED, LocalDate.of(2026, 12, 1));
    }

    private static String pages(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(from);
        s.setEndPage(to);
        return s.getText(doc).replaceAll("\\s+", " ");
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void everyAgreementGetsASheetAfterAContentsPageInBothLanguages() throws IOException {
        for (String lang : List.of("en", "vi")) {
            Path f = dir.resolve("all-" + lang + ".pdf");
            var facts = new org.linkatlas.explore.LinkFacts(c);
            assertEquals(c.agreements().size(), AgreementSheets.write(request(List.of(), lang), f, Progress.NONE));
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                String contents = pages(doc, 1, 1);
                assertTrue(contents.contains(lang.equals("en") ? "Contents" : "Mục lục"), contents);
                List<PDOutlineItem> sheets = new ArrayList<>();
                doc.getDocumentCatalog().getDocumentOutline().children().forEach(sheets::add);
                assertEquals(c.agreements().size(), sheets.size(), "one bookmark per sheet");
                int n = 0;
                for (Agreement a : c.agreements()) {
                    String title = squash(ShownLinks.title(a, lang));
                    String firstWords = title.substring(0, Math.min(40, title.length()));
                    assertTrue(contents.contains(firstWords), "contents list " + firstWords + ": " + contents);
                    int page = doc.getPages().indexOf(sheets.get(n).findDestinationPage(doc)) + 1;
                    assertTrue(contents.matches(".*" + java.util.regex.Pattern.quote(firstWords) + ".*? " + page + " .*"),
                            "the contents give page " + page + " for " + firstWords);
                    String sheet = pages(doc, page, page);
                    assertTrue(sheet.contains(firstWords), "sheet " + (n + 1) + " starts on page " + page + ": " + sheet);
                    boolean hasLinks = c.links().stream().anyMatch(l -> facts.agreementsOf(l.id()).contains(a.id()));
                    assertEquals(hasLinks ? 1 : 0, count(sheet, ATTRIBUTION), "the attribution once under a map: " + sheet);
                    n++;
                }
            }
        }
    }

    @Test
    void aSheetHasItsLinksStagesCommitmentsDeadlinesOverdueFlagsQuotesAndSources() throws IOException {
        // the Bắc Giang – Hải Dương programme: cầu Đồng Việt due before September 2024, still under construction
        Agreement a = c.agreements().stream().filter(x -> c.commitments().stream()
                .anyMatch(cm -> cm.agreementId().equals(x.id()) && cm.linkIds().contains("cau-dong-viet"))).findFirst().orElseThrow();
        Path f = dir.resolve("one.pdf");
        assertEquals(1, AgreementSheets.write(request(List.of(a.id()), "en"), f, Progress.NONE));
        try (PDDocument doc = Loader.loadPDF(f.toFile())) {
            String text = pages(doc, 1, doc.getNumberOfPages());
            assertTrue(text.startsWith(squash(a.titleEn()).substring(0, 30)), "no contents page for one sheet: " + text);
            assertTrue(text.contains("Đồng Việt bridge"), text);
            // the stage as the details give it, words whole: the physical state, then the intervention's stage
            assertTrue(text.contains("Đồng Việt bridge Bridge being built · building under construction (seed 003)"),
                    "the stage, words whole: " + text);
            assertTrue(text.contains("Kép – Hạ Long railway Railway out of use · restoration requested of Government of Viet Nam"),
                    "a request is a request: " + text);
            assertTrue(text.contains("OVERDUE"), text);
            assertTrue(text.contains("Deadline: "), text);
            for (Commitment cm : c.commitments()) {
                if (cm.agreementId().equals(a.id())) {
                    String quote = squash(cm.source().quote());
                    assertTrue(text.contains(quote.substring(0, Math.min(30, quote.length()))), "quote of " + cm.id());
                    assertTrue(text.contains(cm.source().seed()), cm.source().seed());
                }
            }
            assertTrue(text.contains("Sources"), text);
            assertTrue(text.contains("Bắc Giang province"), "actors keep their diacritics in English: " + text);
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void nothingIsOverdueBeforeTheDeadline() throws IOException {
        Agreement a = c.agreements().stream().filter(x -> c.commitments().stream()
                .anyMatch(cm -> cm.agreementId().equals(x.id()) && cm.linkIds().contains("cau-dong-viet"))).findFirst().orElseThrow();
        Path f = dir.resolve("early.pdf");
        AgreementSheets.write(new AgreementSheets.Request(c, List.of(a.id()), "en", null, PRINTED, LocalDate.of(2020, 1, 1)),
                f, Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(f.toFile())) {
            assertFalse(pages(doc, 1, doc.getNumberOfPages()).contains("OVERDUE"));
        }
    }

    @Test
    void anUnknownIdOrACancelWritesNothing() throws IOException {
        Path f = dir.resolve("none.pdf");
        assertThrows(IllegalArgumentException.class, () -> AgreementSheets.write(request(List.of("no-such"), "vi"), f, Progress.NONE));
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String step) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> AgreementSheets.write(request(List.of(), "vi"), f, cancelled));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no file and no temporary file");
        }
    }

    @Test
    void deadlinesAndDatesAreInTheSheetsLanguageWithTheSourcesWordsQuoted() throws IOException {
        Agreement a = c.agreements().stream().filter(x -> c.commitments().stream()
                .anyMatch(cm -> cm.agreementId().equals(x.id()) && cm.linkIds().contains("cau-dong-viet"))).findFirst().orElseThrow();
        for (String lang : List.of("en", "vi")) {
            Path f = dir.resolve("dates-" + lang + ".pdf");
            AgreementSheets.write(request(List.of(a.id()), lang), f, Progress.NONE);
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                String text = pages(doc, 1, doc.getNumberOfPages());
                String expected = "en".equals(lang)
                        ? "Deadline: before September 2024 (“phấn đấu thông xe toàn tuyến trước tháng 9/2024”) (due 31 Aug 2024)"
                        : "Hạn: phấn đấu thông xe toàn tuyến trước tháng 9/2024 (hạn chót 31/08/2024)";
                assertTrue(text.contains(expected), lang + ": " + text);
                if ("en".equals(lang)) {
                    // the catalogue has the signatories in Vietnamese only: the English sheet says so
                    assertTrue(text.contains("Signed by (in Vietnamese): " + String.join("; ", a.signatories()).replaceAll("\\s+", " ")), text);
                    assertFalse(text.matches("(?s).*\\b20\\d\\d-\\d\\d-\\d\\d\\b.*"), "no ISO date: " + text);
                    // the links table's target: the date in English, the source's words only in the deadline's quote
                    assertFalse(text.replaceAll("“[^”]*”", "“”").contains("phấn đấu thông xe"), text);
                }
            }
        }
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
