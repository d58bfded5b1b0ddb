package org.linkatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.explore.LinkFilter;
import org.linkatlas.map.LinkShapes;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.testing.Fixtures;
import org.locationtech.jts.geom.Envelope;

/** The map view's print layout as PDF and PNG, parsed back (PDFBox) and measured. */
class MapViewLayoutTest {
    static Catalogue c;
    static final String ATTRIBUTION = "Basemap: Layout Attribution Test";
    static final Envelope REGION = new Envelope(105.7, 107.6, 20.7, 21.9);
    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws IOException {
        c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
    }

    private static MapViewLayout.Request request(LinkFilter filter, String lang) {
        ShownLinks shown = new ShownLinks(c, filter);
        return new MapViewLayout.Request(REGION, 1.6, new PdfExport.MapInputs(List.of(), new LinkShapes(c.links()),
                shown.predicate(), ATTRIBUTION), shown, lang, ZonedDateTime.parse("2026-12-01T10:00:00+07:00"), null);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(doc.getPage(0).getMediaBox().getWidth() > doc.getPage(0).getMediaBox().getHeight(), "landscape");
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void pdfHasTitleDateLegendOfWhatIsInViewFiltersAndTheAttributionOnce() throws IOException {
        LinkFilter planned = LinkFilter.all().withStatuses(EnumSet.of(LinkStatus.PLANNED, LinkStatus.UNDER_CONSTRUCTION));
        for (String lang : List.of("en", "vi")) {
            Path f = dir.resolve("map-" + lang + ".pdf");
            MapViewLayout.writePdf(request(planned, lang), f, Progress.NONE);
            String text = text(f);
            var m = ShownLinks.messages(lang);
            assertTrue(text.contains(m.get("mapview.title")), text);
            assertTrue(text.contains(m.get("mapview.printed", "").strip()) && text.contains("2026"), text);
            assertTrue(text.contains(m.get("mapview.legend")), text);
            assertTrue(text.contains(m.get("status.planned")), "a stage shown is in the legend: " + text);
            assertTrue(text.contains(m.get("status.under_construction")), text);
            assertFalse(text.contains(m.get("status.existing") + " ("), "a stage filtered out is not: " + text);
            assertTrue(text.contains(m.get("mapview.filters")), text);
            assertTrue(text.contains(new ShownLinks(c, planned).describe(m).get(0)), "the filter in words: " + text);
            assertEquals(1, AgreementSheetsTest.count(text, ATTRIBUTION), text);
            long shown = c.links().stream().filter(l -> l.status() == LinkStatus.PLANNED
                    || l.status() == LinkStatus.UNDER_CONSTRUCTION).count();
            assertTrue(text.contains(shown + (lang.equals("en") ? " of " : "/") + c.links().size()), "counts: " + text);
        }
    }

    @Test
    void legendCountsOnlyTheLinksInTheBox() {
        Envelope small = new Envelope(106.15, 106.25, 21.25, 21.35);
        var r = new MapViewLayout.Request(small, 1.5, request(LinkFilter.all(), "en").map(), new ShownLinks(c, LinkFilter.all()),
                "en", ZonedDateTime.now(), null);
        List<Link> in = MapViewLayout.inView(r);
        assertTrue(in.size() < c.links().size(), in.size() + " of " + c.links().size());
        assertTrue(in.stream().allMatch(l -> l.geometry().getEnvelopeInternal().intersects(small)));
    }

    @Test
    void pngIsThePageAt150Dpi() throws IOException {
        Path f = dir.resolve("map.png");
        MapViewLayout.writePng(request(LinkFilter.all(), "vi"), f, Progress.NONE);
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals(Math.round(297 / 25.4 * 150), img.getWidth(), 2);
        assertEquals(Math.round(210 / 25.4 * 150), img.getHeight(), 2);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList(), "no temporary file left");
        }
    }

    @Test
    void theMapHasANorthArrowInItsTopRightCorner() {
        BufferedImage map = MapViewLayout.map(request(LinkFilter.all(), "en"), Progress.NONE);
        int dark = 0;
        int w = map.getWidth();
        double s = MapViewLayout.MAP_SCALE;
        for (int y = (int) (12 * s); y < (int) (56 * s); y++) {
            for (int x = (int) (w - 44 * s); x < w - (int) (12 * s); x++) {
                int rgb = map.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 60 && ((rgb >> 8) & 0xff) < 60 && (rgb & 0xff) < 60) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 100, "dark arrow pixels: " + dark);
    }
}
