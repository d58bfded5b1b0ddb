package org.linkatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.model.Source;
import org.linkatlas.report.PdfReport.Options;
import org.linkatlas.report.PdfReport.Orientation;
import org.linkatlas.report.RouteReport.AgreementRef;
import org.linkatlas.report.RouteReport.CommitmentRow;
import org.linkatlas.report.RouteReport.Segment;
import org.linkatlas.report.RouteReport.Total;

class PdfReportTest {
    private static final String SEED = "002_4246e1f5d77ed7e5.txt";
    private static final String QUOTE = "đẩy nhanh tiến độ đầu tư xây dựng tuyến đường và cầu Hòa Sơn";
    private static final String ROAD = "Tuyến đường QL37 – cầu Hòa Sơn – TP Phổ Yên";
    private static final String BRIDGE = "Cầu Hòa Sơn";
    private static final String CONTEXT_ROAD = "Đường tỉnh 261";
    private static final ZonedDateTime PRINTED = ZonedDateTime.of(2026, 12, 1, 14, 5, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Options PORTRAIT = new Options(Orientation.PORTRAIT, "© OpenStreetMap contributors", PRINTED);

    @TempDir
    Path dir;

    // ---- fixtures -------------------------------------------------------------------------------------------

    private static Segment segment(int n, String name, String kind, String status, double accuracyKm, boolean approximate,
                                   boolean context, double km, Double cost, List<CommitmentRow> commitments,
                                   List<Source> sources) {
        List<AgreementRef> agreements = context ? List.of()
                : List.of(new AgreementRef("agr-bg-tn-2023", "Biên bản ghi nhớ hợp tác phát triển giữa tỉnh Bắc Giang và tỉnh Thái Nguyên giai đoạn 2023–2025"));
        return new Segment(n, context ? "context-" + n : "link-" + n, name, kind, status, "Ước lượng", accuracyKm,
                approximate, context, context ? List.of("Bắc Giang → Bắc Ninh") : List.of("Bắc Giang → Bắc Ninh", "Thái Nguyên"),
                km, cost, agreements, commitments, sources, null);
    }

    private static List<Segment> hiepHoaSegments(String road, String bridge) {
        CommitmentRow overdue = new CommitmentRow("c1", "UBND tỉnh Bắc Giang, UBND tỉnh Thái Nguyên",
                "Đầu tư xây dựng tuyến đường QL37 – cầu Hòa Sơn – TP Phổ Yên", "trong năm 2025", LocalDate.of(2025, 12, 31),
                true, new Source(SEED, QUOTE));
        CommitmentRow later = new CommitmentRow("c2", "Bộ Giao thông vận tải", "Thẩm định báo cáo nghiên cứu khả thi",
                "quý II/2027", LocalDate.of(2027, 6, 30), false,
                new Source("003_9a1c2b3d4e5f6a7b.txt", "thống nhất hoàn thành thẩm định trong quý II/2027"));
        return List.of(
                segment(1, road, "Đường bộ", "Quy hoạch", 2.0, true, false, 9.4, 1500.0, List.of(overdue),
                        List.of(new Source(SEED, QUOTE))),
                segment(2, bridge, "Cầu", "Đang xây dựng", Double.NaN, false, false, 0.6, null, List.of(later),
                        List.of(new Source(SEED, "xây dựng cầu Hòa Sơn bắc qua sông Cầu"))),
                segment(3, CONTEXT_ROAD, "Đường bộ", "Hiện có", 0.5, false, true, 3.7, null, List.of(), List.of()));
    }

    private static RouteReport hiepHoa(String lang, String road, String bridge) {
        Total withPlanned = new Total(true, 13.7, 3, true, 0.4, 1.1, null);
        return new RouteReport(RouteReport.Kind.ROUTE, lang, "Hiệp Hòa", "Phổ Yên", LocalDate.of(2026, 12, 1),
                Total.NONE, withPlanned, true, hiepHoaSegments(road, bridge),
                List.of("Phổ Yên cách mạng lưới 1,1 km."));
    }

    private static RouteReport hiepHoa(String lang) {
        return hiepHoa(lang, ROAD, BRIDGE);
    }

    private static RouteReport longReport(int segments) {
        String longQuote = ("thống nhất chủ trương đầu tư xây dựng tuyến đường kết nối liên vùng, "
                + "giao các sở, ngành phối hợp hoàn thiện hồ sơ, bố trí vốn đầu tư công trung hạn và giải phóng mặt bằng ").repeat(4);
        List<Segment> list = new ArrayList<>();
        for (int i = 1; i <= segments; i++) {
            CommitmentRow c = new CommitmentRow("c" + i, "UBND tỉnh Bắc Giang, UBND tỉnh Thái Nguyên, Sở Xây dựng",
                    "Hoàn thành đoạn tuyến số " + i, "năm 2030", LocalDate.of(2030, 12, 31), i % 3 == 0,
                    new Source(String.format("%03d_seed.txt", i), longQuote));
            list.add(segment(i, name(i), "Đường bộ", "Quy hoạch", 1.5, i % 2 == 0, false, 2.5, 100.0 * i, List.of(c),
                    List.of(new Source(String.format("%03d_seed.txt", i), longQuote))));
        }
        Total total = new Total(true, 2.5 * segments, segments, true, 0, 0, null);
        return new RouteReport(RouteReport.Kind.ROUTE, "vi", "Sơn Động", "Cảng Cái Lân", LocalDate.of(2026, 12, 1),
                new Total(true, 150, 12, false, 0, 0, null), total, true, list, List.of());
    }

    private static String name(int i) {
        return String.format("Đoạn tuyến số %02d nối Lục Ngạn với Sơn Động qua đèo Hạ My", i);
    }

    private static RouteReport corridor() {
        return new RouteReport(RouteReport.Kind.CORRIDOR, "en", "Hoa Son bridge", "Provincial road 261",
                LocalDate.of(2026, 12, 1), new Total(true, 13.7, 3, false, 0, 0, null), null, false,
                hiepHoaSegments("QL37 – Hoa Son bridge – Pho Yen road", "Hoa Son bridge"),
                List.of("A gap of 0.3 km between links 1 and 2."));
    }

    /** A stand-in for the printed map: grey land, a river, a red route. */
    static BufferedImage placeholderMap(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xE8, 0xE4, 0xDC));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xA8, 0xC8, 0xE8));
        g.setStroke(new BasicStroke(h / 40f));
        g.drawLine(0, h * 3 / 4, w, h / 3);
        g.setColor(new Color(0xD0, 0x20, 0x20));
        g.setStroke(new BasicStroke(h / 80f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[] {w / 10, w / 3, w / 2, w * 7 / 10, w * 9 / 10}, new int[] {h * 8 / 10, h * 6 / 10, h / 2, h * 3 / 10, h / 5}, 5);
        g.dispose();
        return img;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private Path write(RouteReport report, BufferedImage map, Options options) throws IOException {
        Path pdf = dir.resolve("report.pdf");
        PdfReport.write(report, map, options, pdf, Progress.NONE);
        return pdf;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return flat(new PDFTextStripper().getText(doc));
        }
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return flat(stripper.getText(doc));
    }

    /** Line breaks from wrapping become spaces, so a wrapped sentence reads as one. */
    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "missing «" + expected + "» in: " + text);
    }

    // ---- tests ----------------------------------------------------------------------------------------------

    @Test
    void vietnameseReportHasNamesQuoteSeedTotalsFooterAndDate() throws IOException {
        String text = text(write(hiepHoa("vi"), placeholderMap(800, 500), PORTRAIT));
        assertContains(text, "Tóm tắt tuyến: Hiệp Hòa → Phổ Yên");
        assertContains(text, ROAD);
        assertContains(text, BRIDGE);
        assertContains(text, "“" + QUOTE + "”");
        assertContains(text, SEED);
        assertContains(text, "Cùng tuyến quy hoạch: 13,7 km qua 3 đoạn");
        assertContains(text, "Tuyến hiện có: không nối được trên mạng đường nền đi kèm");
        assertContains(text, "Chỉ các tuyến quy hoạch mới nối được hai nơi này.");
        assertContains(text, "cách mạng lưới 0,4 km + 1,1 km");
        assertContains(text, "Phổ Yên cách mạng lưới 1,1 km.");
        assertContains(text, "QUÁ HẠN");
        assertContains(text, "(hạn chót 31/12/2025)");
        assertContains(text, "≈ 9,4");
        assertContains(text, "≈ hình học gần đúng hoặc sơ đồ: độ dài cũng vậy");
        assertContains(text, "1.500");
        assertContains(text, "Ước lượng ±? km");
        assertContains(text, "Ước lượng ±2,0 km");
        assertContains(text, CONTEXT_ROAD + " †");
        assertContains(text, "Trang 1/");
        assertContains(text, "14:05 01/12/2026");
        assertContains(text, "© OpenStreetMap contributors");
        assertFalse(text.contains("!report.pdf."), "a message key is missing");
    }

    @Test
    void englishReportSpeaksEnglishWithDecimalPoints() throws IOException {
        RouteReport vi = hiepHoa("vi");
        RouteReport en = new RouteReport(vi.kind(), "en", vi.from(), vi.to(), vi.date(), vi.existing(), vi.withPlanned(),
                vi.plannedListed(), vi.segments(), vi.notes());
        String text = text(write(en, null, PORTRAIT));
        assertContains(text, "Route summary: Hiệp Hòa → Phổ Yên");
        assertContains(text, "With planned links: 13.7 km over 3 segments");
        assertContains(text, "Only the planned links connect these places.");
        assertContains(text, "OVERDUE");
        assertContains(text, "(due 31 Dec 2025)");
        assertContains(text, "1,500");
        assertContains(text, "Page 1 of ");
        assertContains(text, "1 Dec 2026, 14:05");
        assertContains(text, ROAD);
        assertFalse(text.contains("!report.pdf."), "a message key is missing");
    }

    /** Thủy Nguyên → Quảng Yên as the route finder gives it: both variants timed, the planned bridge named. */
    private static RouteReport timed(String lang, String network) {
        Total existing = new Total(true, 13.7, 2, true, 0, 0, null, 35.2, 10.4);
        Total withPlanned = new Total(true, 13.9, 3, true, 0, 0, null, 17.4, 10.4);
        return new RouteReport(RouteReport.Kind.ROUTE, lang, "Thủy Nguyên", "Quảng Yên", LocalDate.of(2026, 12, 1),
                existing, withPlanned, true, hiepHoaSegments(ROAD, BRIDGE), List.of(), network, List.of("Cầu Bến Rừng"));
    }

    @Test
    void totalsGiveDrivingTimeDetourAndWhatThePlannedLinksSave() throws IOException {
        String vi = text(write(timed("vi", null), null, PORTRAIT));
        assertContains(vi, "Tuyến hiện có: 13,7 km qua 2 đoạn, khoảng 35 phút lái xe, gấp 1,32 lần đường chim bay 10,4 km");
        assertContains(vi, "Cùng tuyến quy hoạch: 13,9 km qua 3 đoạn, khoảng 17 phút lái xe, gấp 1,34 lần");
        assertContains(vi, "Các tuyến quy hoạch tạo nên khác biệt: Cầu Bến Rừng");
        // 13.9 km is longer than 13.7: nothing saved in distance, 18 minutes in time (the ferry's wait)
        assertContains(vi, "Rút ngắn nhờ tuyến quy hoạch: 0,0 km và khoảng 18 phút");
        String en = text(write(timed("en", null), null, PORTRAIT));
        assertContains(en, "Existing links only: 13.7 km over 2 segments, about 35 min driving, 1.32× the straight line of 10.4 km");
        assertContains(en, "Saved by the planned links: 0.0 km and about 18 min");
        assertFalse(en.contains("!report.pdf."), "a message key is missing");
    }

    @Test
    void lettersAreNotJoinedIntoLigaturesSoNamesCopyOutAsWritten() throws IOException {
        String seed = "003_c23ff6ccb7496907.txt";
        List<Segment> segments = List.of(segment(1, "Cầu Đồng Việt (office staff, fifty fluffy affairs)", "Cầu", "Đang xây dựng",
                0.5, false, false, 0.5, null, List.of(), List.of(new Source(seed, "phấn đấu thông xe toàn tuyến"))));
        RouteReport r = new RouteReport(RouteReport.Kind.ROUTE, "en", "Yên Dũng", "Chí Linh", LocalDate.of(2026, 12, 1),
                Total.NONE, new Total(true, 0.5, 1, false, 0, 0, null), true, segments, List.of());
        String text = text(write(r, null, PORTRAIT));
        assertContains(text, seed);
        assertContains(text, "office staff, fifty fluffy affairs");
        assertFalse(text.matches("(?s).*[\\uFB00-\\uFB06].*"), "a ligature glyph in the text");
    }

    @Test
    void aRouteNotConnectedSaysOnWhichNetwork() throws IOException {
        String en = text(write(hiepHoa("en"), null, PORTRAIT));
        assertContains(en, "Existing links only: not connected on the bundled base network");
        RouteReport own = timed("vi", "hanoi-roads.gpkg");
        RouteReport cut = new RouteReport(own.kind(), "vi", own.from(), own.to(), own.date(), Total.NONE,
                own.withPlanned(), true, own.segments(), List.of(), own.network(), own.plannedLinks());
        assertContains(text(write(cut, null, PORTRAIT)), "Tuyến hiện có: không nối được trên mạng đường hanoi-roads.gpkg");
    }

    @Test
    void decomposedNamesAreDrawnComposed() throws IOException {
        String nfdRoad = Normalizer.normalize(ROAD, Normalizer.Form.NFD);
        String nfdBridge = Normalizer.normalize(BRIDGE, Normalizer.Form.NFD);
        assertFalse(nfdRoad.equals(ROAD), "the fixture must really be decomposed");
        Path pdf = write(hiepHoa("vi", nfdRoad, nfdBridge), null, PORTRAIT);

        assertContains(text(pdf), "1. " + ROAD);
        assertContains(text(pdf), "2. " + BRIDGE);
        StringBuilder glyphs = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper recorder = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    glyphs.append(position.getUnicode()); // before the stripper merges stray accents itself
                    super.processTextPosition(position);
                }
            };
            recorder.getText(doc);
        }
        assertFalse(glyphs.codePoints().anyMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK),
                "a combining accent was drawn as its own glyph");
    }

    @Test
    void longReportFlowsOverPagesWithFootersAndLosesNothing() throws IOException {
        Path pdf = write(longReport(40), placeholderMap(1000, 700), PORTRAIT);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 5, "pages: " + pages);
            int tablePages = 0;
            for (int p = 1; p <= pages; p++) {
                String page = pageText(doc, p);
                assertContains(page, "Trang " + p + "/" + pages);
                assertContains(page, "Link Atlas");
                assertContains(page, "In lúc 14:05 01/12/2026");
                if (page.contains("# Tên Loại Tình trạng Tỉnh (khi ký → từ 2025) km Vị trí Chi phí")) {
                    tablePages++;
                }
                // a table row's name wraps after "Lục Ngạn"; a row split over two pages would leave a half here
                assertEquals(count(page, "nối Lục Ngạn"), count(page, "với Sơn Động qua đèo Hạ My"), "page " + p);
            }
            assertTrue(tablePages >= 2, "the table header repeats on the table's next page");
            String all = flat(new PDFTextStripper().getText(doc));
            for (int i = 1; i <= 40; i++) {
                assertContains(all, i + ". " + name(i));
                assertContains(all, "Hoàn thành đoạn tuyến số " + i + " ");
                assertContains(all, String.format("%03d_seed.txt", i));
            }
            assertContains(all, "Tổng, 40 đoạn");
        }
    }

    @Test
    void portraitAndLandscapeAreA4WithoutRotation() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(longReport(6), null, PORTRAIT).toFile())) {
            for (PDPage page : doc.getPages()) {
                assertEquals(595, Math.round(page.getMediaBox().getWidth()));
                assertEquals(842, Math.round(page.getMediaBox().getHeight()));
                assertEquals(0, page.getRotation());
            }
        }
        Options landscape = new Options(Orientation.LANDSCAPE, "© OpenStreetMap contributors", PRINTED);
        try (PDDocument doc = Loader.loadPDF(write(longReport(6), placeholderMap(900, 900), landscape).toFile())) {
            for (PDPage page : doc.getPages()) {
                assertEquals(842, Math.round(page.getMediaBox().getWidth()));
                assertEquals(595, Math.round(page.getMediaBox().getHeight()));
                assertEquals(0, page.getRotation());
            }
        }
    }

    @Test
    void fontsAreEmbeddedSubsets() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(hiepHoa("vi"), null, PORTRAIT).toFile())) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans.*"), "not a subset: " + font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts >= 2, "regular and bold");
        }
    }

    @Test
    void mapIsAnImageOnTheFirstPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(hiepHoa("vi"), placeholderMap(800, 500), PORTRAIT).toFile())) {
            PDResources resources = doc.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertEquals(1, images.size());
            assertEquals(800, images.get(0).getWidth());
            assertEquals(500, images.get(0).getHeight());
            assertEquals(COSName.FLATE_DECODE.getName(), images.get(0).getCOSObject().getNameAsString(COSName.FILTER));
        }
    }

    @Test
    void withoutMapThePdfSaysSo() throws IOException {
        Path pdf = write(hiepHoa("vi"), null, PORTRAIT);
        assertContains(text(pdf), "Báo cáo này không có bản đồ.");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertFalse(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext());
        }
    }

    @Test
    void documentInformationNamesTheRoute() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(hiepHoa("vi"), null, PORTRAIT).toFile())) {
            assertEquals("Tóm tắt tuyến: Hiệp Hòa → Phổ Yên", doc.getDocumentInformation().getTitle());
            assertEquals("Link Atlas", doc.getDocumentInformation().getCreator());
            assertEquals(PRINTED.toInstant(), doc.getDocumentInformation().getCreationDate().toInstant());
            assertEquals("vi", doc.getDocumentCatalog().getLanguage());
        }
    }

    /** Cancels at the {@code at}-th question, and records what it was told. */
    private static final class CancelAt implements Progress {
        final int at;
        final List<Double> fractions = new ArrayList<>();
        int asked;

        CancelAt(int at) {
            this.at = at;
        }

        @Override
        public void update(double fraction, String step) {
            fractions.add(fraction);
        }

        @Override
        public boolean cancelled() {
            return ++asked >= at;
        }
    }

    @Test
    void cancelledExportLeavesNoFileAndNoTemporaryFile() throws IOException {
        for (int at : new int[] {1, 3, 10, 30}) {
            Path target = dir.resolve("cancelled-" + at + ".pdf");
            CancelAt progress = new CancelAt(at);
            assertThrows(CancellationException.class,
                    () -> PdfReport.write(longReport(40), placeholderMap(400, 300), PORTRAIT, target, progress));
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.toList(), "cancelled at question " + at);
            }
        }
    }

    @Test
    void cancelledExportKeepsThePreviousFile() throws IOException {
        Path target = dir.resolve("report.pdf");
        Files.writeString(target, "previous");
        assertThrows(CancellationException.class,
                () -> PdfReport.write(longReport(10), null, PORTRAIT, target, new CancelAt(5)));
        assertEquals("previous", Files.readString(target));
    }

    @Test
    void progressRisesToOne() throws IOException {
        CancelAt progress = new CancelAt(Integer.MAX_VALUE);
        PdfReport.write(longReport(5), null, PORTRAIT, dir.resolve("report.pdf"), progress);
        assertTrue(progress.fractions.size() > 5);
        for (int i = 1; i < progress.fractions.size(); i++) {
            assertTrue(progress.fractions.get(i) >= progress.fractions.get(i - 1), progress.fractions.toString());
        }
        assertEquals(1.0, progress.fractions.get(progress.fractions.size() - 1));
    }

    @Test
    void corridorWritesWithOnlyTheChainsTotal() throws IOException {
        String text = text(write(corridor(), placeholderMap(600, 600), PORTRAIT));
        assertContains(text, "Corridor summary: Hoa Son bridge → Provincial road 261");
        assertContains(text, "Corridor: 13.7 km over 3 segments");
        assertContains(text, "A gap of 0.3 km between links 1 and 2.");
        assertFalse(text.contains("With planned links"));
        assertContains(text, "1. QL37 – Hoa Son bridge – Pho Yen road");
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarks() throws IOException {
        String odd = "Cầu \uE000 Hòa Sơn \uD800 🦩";
        RouteReport report = hiepHoa("vi", odd, BRIDGE + "\tmới\u0007");
        String text = text(write(report, null, PORTRAIT));
        assertContains(text, "1. Cầu ? Hòa Sơn ? ");
        assertContains(text, "2. " + BRIDGE + " mới");
    }

    @Test
    void writesToAStreamToo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(hiepHoa("vi"), null, PORTRAIT, out, Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertNotNull(doc.getDocumentInformation().getTitle());
            assertContains(flat(new PDFTextStripper().getText(doc)), ROAD);
        }
    }

    /** For looking at the layout: {@code -Dlinkatlas.pdfSamples=/tmp/pdf-samples} writes sample PDFs there. */
    @Test
    void writesSamplesWhenAsked() throws IOException {
        String where = System.getProperty("linkatlas.pdfSamples");
        Assumptions.assumeTrue(where != null && !where.isBlank(), "no sample folder asked for");
        Path out = Path.of(where);
        PdfReport.write(hiepHoa("vi"), placeholderMap(1200, 750), PORTRAIT, out.resolve("hiep-hoa-vi.pdf"), Progress.NONE);
        PdfReport.write(longReport(40), placeholderMap(1200, 750), PORTRAIT, out.resolve("long-vi.pdf"), Progress.NONE);
        PdfReport.write(longReport(12), placeholderMap(1600, 900),
                new Options(Orientation.LANDSCAPE, "© OpenStreetMap contributors", PRINTED), out.resolve("long-landscape.pdf"), Progress.NONE);
        PdfReport.write(corridor(), null, PORTRAIT, out.resolve("corridor-en.pdf"), Progress.NONE);
    }
}
