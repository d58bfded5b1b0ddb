package org.linkatlas.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.linkatlas.files.AtomicFile;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Link;
import org.locationtech.jts.geom.Envelope;

/**
 * The map as shown in the window, laid out for print the way a QGIS print layout has it: on an A4 landscape
 * page a title and the date, the map (the basemap in use, the links the filters let through, a scale bar and a
 * north arrow), and beside it the legend of what is in view (each stage's colour with its count, the kinds),
 * the filters in force and how many links are shown; the attribution once, under the map. The same page as
 * PDF, as PNG (the PDF page rendered, so both look alike) and, in the window, printed. Written whole or not at
 * all. Tiles and files: any thread but the JavaFX one.
 */
public final class MapViewLayout {
    static final float MARGIN = 28;
    static final float PANEL = 205;
    static final double MAP_SCALE = 2;
    static final float PNG_DPI = 150;
    private static final float TITLE = 16;
    private static final float HEADING = 10;
    private static final float BODY = 8.5f;
    private static final float SMALL = 7;

    /**
     * @param lonLatBox the box the window's map shows (x = lon, y = lat)
     * @param aspect    the window map's width / height, kept on paper
     * @param map       tiles, links, the window's filter as {@code visible}, and the attribution
     * @param shown     the catalogue and the filter in force, for the legend and the filters text
     * @param lang      "vi" or "en"
     * @param title     the title printed; blank for the default
     */
    public record Request(Envelope lonLatBox, double aspect, PdfExport.MapInputs map, ShownLinks shown, String lang,
                          ZonedDateTime printed, String title) {
        public Request {
            Objects.requireNonNull(lonLatBox, "lonLatBox");
            Objects.requireNonNull(map, "map");
            Objects.requireNonNull(shown, "shown");
            Objects.requireNonNull(printed, "printed");
            lang = "en".equals(lang) ? "en" : "vi";
            aspect = aspect > 0.2 && aspect < 5 ? aspect : 1.5;
        }
    }

    private MapViewLayout() {
    }

    /** Writes the layout as a one-page PDF. @throws java.util.concurrent.CancellationException when cancelled */
    public static void writePdf(Request r, Path target, Progress progress) throws IOException {
        BufferedImage map = map(r, PdfExport.scaled(progress, 0, 0.8));
        progress.checkCancelled();
        AtomicFile.write(target, temp -> {
            try (PDDocument doc = build(r, map)) {
                progress.checkCancelled();
                doc.save(temp.toFile());
            }
        });
        progress.update(1, new PdfLabels(r.lang()).get("step.done"));
    }

    /** Writes the same page as a PNG at {@value #PNG_DPI} dpi. */
    public static void writePng(Request r, Path target, Progress progress) throws IOException {
        Path pdf = Files.createTempFile("link-atlas-map", ".pdf");
        try {
            writePdf(r, pdf, PdfExport.scaled(progress, 0, 0.85));
            BufferedImage page = PdfPages.render(pdf, PNG_DPI, PdfExport.scaled(progress, 0.85, 0.95)).get(0);
            progress.checkCancelled();
            AtomicFile.write(target, temp -> {
                if (!ImageIO.write(page, "png", temp.toFile())) {
                    throw new IOException("no PNG writer");
                }
            });
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    /** The page's map area in points: what is left beside the legend and under the title. */
    static float[] mapArea() {
        PDRectangle page = page();
        float w = page.getWidth() - 2 * MARGIN - PANEL - 14;
        float h = page.getHeight() - 2 * MARGIN - 40 - 26;
        return new float[] {w, h};
    }

    private static PDRectangle page() {
        return new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    }

    /** The map at the window's aspect, as large as the page's map area allows, with scale bar and north arrow. */
    static BufferedImage map(Request r, Progress progress) {
        float[] area = mapArea();
        double w = area[0];
        double h = w / r.aspect();
        if (h > area[1]) {
            h = area[1];
            w = h * r.aspect();
        }
        // logical pixels at 96 per inch of paper: lines and labels keep their on-screen sizes
        int px = (int) Math.round(w * 96 / 72);
        int py = (int) Math.round(h * 96 / 72);
        BufferedImage img = RouteMap.render(new RouteMap.Spec(r.lonLatBox(), px, py, MAP_SCALE, r.map().tiles(),
                r.map().links(), r.map().visible(), List.of(), List.of(), ""), progress);
        northArrow(img, px);
        return img;
    }

    /** An arrow pointing up (Web Mercator keeps north up) with "N", in the map's top-right corner. */
    static void northArrow(BufferedImage img, int logicalWidth) {
        double s = (double) img.getWidth() / logicalWidth;
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(s, s);
            double cx = logicalWidth - 28;
            double top = 12;
            g.setColor(new Color(255, 255, 255, 210));
            g.fillRoundRect((int) cx - 15, (int) top - 2, 30, 50, 8, 8);
            Path2D.Double left = new Path2D.Double();
            left.moveTo(cx, top + 14);
            left.lineTo(cx - 8, top + 44);
            left.lineTo(cx, top + 37);
            left.closePath();
            Path2D.Double right = new Path2D.Double();
            right.moveTo(cx, top + 14);
            right.lineTo(cx + 8, top + 44);
            right.lineTo(cx, top + 37);
            right.closePath();
            g.setColor(MapText.INK);
            g.fill(left);
            g.setColor(Color.WHITE);
            g.fill(right);
            g.setColor(MapText.INK);
            g.setStroke(new BasicStroke(1f));
            g.draw(right);
            Font f = MapText.font(Font.BOLD, 12);
            double nw = MapText.labelWidth(g, "N", f);
            MapText.haloLabel(g, "N", f, cx - nw / 2, top + 11);
        } finally {
            g.dispose();
        }
    }

    private static PDDocument build(Request r, BufferedImage map) throws IOException {
        PdfLabels labels = new PdfLabels(r.lang());
        Messages m = ShownLinks.messages(r.lang());
        PDDocument doc = new PDDocument();
        try {
            PdfText text = new PdfText(doc);
            PDRectangle page = page();
            String title = r.title() == null || r.title().isBlank() ? m.get("mapview.title") : r.title();
            try (PdfFlow flow = new PdfFlow(doc, page, text, Progress.NONE)) {
                flow.paragraph(text.boldRun(title, TITLE), 0);
                flow.paragraph(new PdfText.Run(m.get("mapview.printed", labels.dateTime(r.printed())), text.regular, BODY,
                        PdfText.GREY), 0);
                flow.down(6);
                float mapTop = flow.y();
                PDImageXObject image = LosslessFactory.createFromImage(doc, map);
                float[] area = mapArea();
                float w = area[0];
                float h = w * map.getHeight() / map.getWidth();
                if (h > area[1]) {
                    h = area[1];
                    w = h * map.getWidth() / map.getHeight();
                }
                flow.image(image, flow.left(), w, h);
                String attribution = r.map().attribution();
                if (attribution != null && !attribution.isBlank()) {
                    flow.down(3);
                    for (PdfText.Line line : text.wrap(new PdfText.Run(attribution, text.regular, SMALL, PdfText.GREY), w)) {
                        flow.draw(line, flow.left(), flow.y() - SMALL);
                        flow.down(PdfFlow.leading(SMALL));
                    }
                }
                panel(flow, text, m, r, flow.left() + area[0] + 14, mapTop);
            }
            PdfReport.describe(doc, title, r.printed(), r.lang());
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    /** The column beside the map: legend of the stages and kinds in view, the filters, the counts. */
    private static void panel(PdfFlow flow, PdfText text, Messages m, Request r, float x, float mapTop) throws IOException {
        List<Link> inView = inView(r);
        Map<Integer, List<Link>> byStage = new TreeMap<>();
        // kinds in the language's alphabetical order (Vietnamese: Đ after D, not after Z)
        Map<String, Integer> kinds = new TreeMap<>(org.linkatlas.i18n.NameOrder.of(m.locale()));
        for (Link l : inView) {
            byStage.computeIfAbsent(LinkStage.order(l), k -> new ArrayList<>()).add(l);
            kinds.merge(m.get("kind." + Codes.of(l.kind())), 1, Integer::sum);
        }
        Column c = new Column(flow, text, x, mapTop);
        c.heading(m.get("mapview.legend"));
        c.small(m.get("mapview.legend.stages"));
        if (byStage.isEmpty()) {
            c.body(m.get("mapview.legend.empty"));
        }
        for (List<Link> group : byStage.values()) {
            Link first = group.get(0);
            c.swatch(LinkStage.color(first), m.get("mapview.legend.count", LinkStage.label(first, m), group.size()));
        }
        if (!kinds.isEmpty()) {
            c.gap();
            c.small(m.get("mapview.legend.kinds"));
            for (Map.Entry<String, Integer> k : kinds.entrySet()) {
                c.body(m.get("mapview.legend.count", k.getKey(), k.getValue()));
            }
        }
        c.gap();
        c.small(m.get("mapview.legend.accuracy"));
        c.gap();
        c.heading(m.get("mapview.filters"));
        for (String f : r.shown().describe(m)) {
            c.body(f);
        }
        c.gap();
        c.body(m.get("mapview.counts", r.shown().links().size(), r.shown().catalogue().links().size(), inView.size()));
    }

    /** The shown links whose extent meets the printed box. */
    static List<Link> inView(Request r) {
        Predicate<Link> p = r.map().visible() == null ? r.shown().predicate() : r.map().visible();
        return r.shown().catalogue().links().stream().filter(p)
                .filter(l -> l.located() && l.geometry().getEnvelopeInternal().intersects(r.lonLatBox())).toList();
    }

    /** Text placed down a column of the page, beside the flow's own text. */
    private static final class Column {
        private final PdfFlow flow;
        private final PdfText text;
        private final float x;
        private float y;

        Column(PdfFlow flow, PdfText text, float x, float y) {
            this.flow = flow;
            this.text = text;
            this.x = x;
            this.y = y;
        }

        private float width() {
            return flow.left() + flow.width() - x;
        }

        void heading(String s) throws IOException {
            lines(new PdfText.Run(s, text.bold, HEADING, PdfText.BLACK), 0);
            y -= 2;
        }

        void body(String s) throws IOException {
            lines(new PdfText.Run(s, text.regular, BODY, PdfText.BLACK), 0);
        }

        void small(String s) throws IOException {
            lines(new PdfText.Run(s, text.regular, SMALL, PdfText.GREY), 0);
        }

        void gap() {
            y -= 7;
        }

        /** A short thick line in the stage's colour, the label beside it. */
        void swatch(Color color, String label) throws IOException {
            float mid = y - BODY * 0.65f;
            flow.content().setStrokingColor(color);
            flow.content().setLineWidth(3.5f);
            flow.content().moveTo(x, mid);
            flow.content().lineTo(x + 18, mid);
            flow.content().stroke();
            lines(new PdfText.Run(label, text.regular, BODY, PdfText.BLACK), 24);
        }

        private void lines(PdfText.Run run, float indent) throws IOException {
            for (PdfText.Line line : text.wrap(run, width() - indent)) {
                if (y - run.size() < flow.bottom()) {
                    return; // the column is full: the page is one page
                }
                flow.draw(line, x + indent, y - run.size());
                y -= PdfFlow.leading(run.size());
            }
        }
    }
}
