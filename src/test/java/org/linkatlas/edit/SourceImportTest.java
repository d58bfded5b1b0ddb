package org.linkatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.QuoteAnchor;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.Source;
import org.linkatlas.model.SourceDocument;
import org.linkatlas.storage.Database;
import org.linkatlas.testing.Fixtures;

/** New sources from pasted text, .txt, .html and a real PDF; quotes from them anchored and re-checked. */
class SourceImportTest {
    static final String SENTENCE = "Chiều 25/8, cầu Đồng Việt nối Bắc Giang với Hải Dương chính thức thông xe.";
    static final SourceImporter.Metadata META = new SourceImporter.Metadata("Thông xe cầu Đồng Việt", "Báo Bắc Giang",
            "25/8/2024", "https://example.org/dong-viet", LocalDate.of(2026, 11, 30));
    @TempDir
    Path dir;

    @Test
    void pastedTextIsKeptNfcWithItsSha256AndTheSameTextIsTheSameSource() {
        String nfd = java.text.Normalizer.normalize(SENTENCE, java.text.Normalizer.Form.NFD);
        SourceDocument a = SourceImporter.fromText("\uFEFF" + nfd + "\r\n", META);
        SourceDocument b = SourceImporter.fromText(SENTENCE, META);
        assertEquals(SENTENCE, a.text());
        assertEquals(a.sha256(), b.sha256());
        assertEquals(a.id(), b.id());
        assertEquals(64, a.sha256().length());
        assertEquals("text/plain", a.mediaType());
        assertEquals(LocalDate.of(2026, 11, 30), a.retrieved());
        assertThrows(IllegalArgumentException.class, () -> SourceImporter.fromText("  ", META));
        assertThrows(IllegalArgumentException.class, () -> SourceImporter.fromText(SENTENCE,
                new SourceImporter.Metadata(" ", null, null, null, null)));
    }

    @Test
    void anHtmlPageLosesItsTagsScriptsAndEntities() throws Exception {
        Path html = dir.resolve("bai-bao.html");
        Files.writeString(html, """
                <!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style></head>
                <body><script>var a = "<p>not text</p>";</script>
                <h1>Thông xe cầu Đồng Việt</h1><!-- ad -->
                <p>Chiều 25/8, cầu <b>Đồng Việt</b> nối Bắc Giang với Hải Dương chính thức thông&nbsp;xe.</p>
                <p>Giá trị &gt; 1.000 tỷ đồng &amp; hơn&#8230;</p></body></html>""");
        SourceDocument d = SourceImporter.fromFile(html, META);
        assertEquals("text/html", d.mediaType());
        assertFalse(d.text().contains("<") || d.text().contains("not text") || d.text().contains("color"), d.text());
        assertTrue(org.linkatlas.catalogue.QuoteMatcher.occursIn(SENTENCE, d.text()), d.text());
        assertTrue(d.text().contains("Giá trị > 1.000 tỷ đồng & hơn…"), d.text());
    }

    @Test
    void aPdfIsReadBackWithPdfBoxAndOtherFilesAreRefused() throws Exception {
        Path pdf = dir.resolve("bai-bao.pdf");
        try (PDDocument doc = new PDDocument(); InputStream font = getClass().getResourceAsStream("/org/linkatlas/report/fonts/DejaVuSans.ttf")) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font f = PDType0Font.load(doc, font);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(f, 10);
                cs.newLineAtOffset(40, 700);
                cs.showText(SENTENCE);
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        SourceDocument d = SourceImporter.fromFile(pdf, META);
        assertEquals("application/pdf", d.mediaType());
        assertTrue(org.linkatlas.catalogue.QuoteMatcher.occursIn(SENTENCE, d.text()), d.text());

        Path txt = dir.resolve("a.txt");
        Files.writeString(txt, SENTENCE);
        assertEquals(SENTENCE, SourceImporter.fromFile(txt, META).text());
        Path docx = dir.resolve("a.docx");
        Files.writeString(docx, "x");
        var e = assertThrows(IllegalArgumentException.class, () -> SourceImporter.fromFile(docx, META));
        assertTrue(e.getMessage().contains(".pdf"), e.getMessage());
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {(byte) 0xC3, (byte) 0x28});
        assertThrows(IllegalArgumentException.class, () -> SourceImporter.fromFile(latin1, META));
    }

    @Test
    void aQuoteIsAnchoredWithContextAndReanchoredWhenTheTextMovesOrFlaggedWhenItChanges() {
        String text = "Mở đầu. " + SENTENCE + " Kết thúc.";
        RecordRef ref = new RecordRef("link", "cau-dong-viet");
        QuoteAnchor a = QuoteAnchors.anchor(ref, new Source("src-x", "cầu Đồng Việt nối Bắc Giang"), text);
        assertNotNull(a);
        assertEquals("cầu Đồng Việt nối Bắc Giang", text.substring(a.start(), a.end()));
        assertTrue(a.prefix().endsWith("Chiều 25/8, "), a.prefix());
        assertTrue(a.suffix().startsWith(" với Hải Dương"), a.suffix());
        assertEquals(QuoteAnchor.Status.OK, QuoteAnchors.recheck(a, text).status());
        QuoteAnchor moved = QuoteAnchors.recheck(a, "Thêm một câu mới ở đầu. " + text);
        assertEquals(QuoteAnchor.Status.MOVED, moved.status());
        assertEquals(a.start() + "Thêm một câu mới ở đầu. ".length(), moved.start());
        assertEquals(QuoteAnchor.Status.ORPHANED, QuoteAnchors.recheck(a, text.replace("Bắc Giang", "Bắc Ninh")).status());
        assertEquals(QuoteAnchor.Status.ORPHANED, QuoteAnchors.recheck(a, null).status());
    }

    @Test
    void aRecordQuotingAnImportedArticleSavesItsAnchorAndOpensCleanly() throws Exception {
        Path file = dir.resolve("user.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), file);
        SourceDocument article = SourceImporter.fromText("Mở đầu. " + SENTENCE, META);
        try (Database db = Database.open(file)) {
            EditStore store = new EditStore(db, EditStoreTest.CLOCK);
            Catalogue c = store.addSource(store.load().catalogue(), article);
            Link link = c.links().get(0);
            List<Source> sources = new ArrayList<>(link.sources());
            sources.add(new Source(article.id(), "cầu Đồng Việt nối Bắc Giang với Hải Dương chính thức thông xe"));
            EditSession s = new EditSession(c);
            s.execute(Edits.change(c, new RecordRef("link", link.id()), Map.of("sources", FieldJson.sources(sources))));
            assertInstanceOf(EditStore.Saved.class, store.save(s, "t", "quote", true));

            List<Source> wrong = new ArrayList<>(sources);
            wrong.add(new Source(article.id(), "cầu Đồng Việt chưa thông xe"));
            s.execute(Edits.change(s.current(), new RecordRef("link", link.id()), Map.of("sources", FieldJson.sources(wrong))));
            var blocked = assertInstanceOf(EditStore.Blocked.class, store.save(s, "t", "", true));
            assertEquals("sources", blocked.report().errors().get(0).field(), blocked.report().toString());
        }
        try (Database db = Database.open(file)) {
            EditStore store = new EditStore(db, EditStoreTest.CLOCK);
            EditStore.Loaded loaded = store.load();
            assertEquals(List.of(), loaded.flaggedQuotes());
            assertTrue(loaded.catalogue().seeds().stream().anyMatch(x -> x.fileName().equals(article.id())), "the article is a source");
            assertEquals(1, store.documents().size());
            assertEquals(article, store.documents().get(0));
        }
    }
}
