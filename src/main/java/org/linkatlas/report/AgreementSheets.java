package org.linkatlas.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.linkatlas.explore.LinkFacts;
import org.linkatlas.files.AtomicFile;
import org.linkatlas.i18n.Messages;
import org.linkatlas.map.LinkShapes;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.report.PdfText.Line;
import org.linkatlas.report.PdfText.Run;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * Agreement sheets, QGIS's "atlas" made for this catalogue: per agreement an A4 sheet with its links on a
 * map (numbered as in the table), the links' kind and stage, its commitments with actors, deadlines, OVERDUE
 * flags and the verbatim quotes, its sources and what the sources leave uncertain. Several agreements make
 * one PDF, a sheet each, after a contents page listing every sheet with its page (and a bookmark per sheet).
 * Written whole or not at all. Tiles and file: any thread but the JavaFX one.
 */
public final class AgreementSheets {
    static final int MAP_WIDTH = 900;
    static final int MAP_HEIGHT = 500;
    static final double MAP_SCALE = 2;
    private static final float TITLE = 14;
    private static final float HEADING = 11;
    private static final float BODY = 9;
    private static final float SMALL = 7.5f;
    /** Contents entries per page: an entry may wrap to two lines. */
    static final int CONTENTS_PER_PAGE = 24;
    private static final Color LINK_HIGHLIGHT = new Color(0x00, 0x83, 0x8F);

    /**
     * @param catalogue  the store's catalogue
     * @param agreements the ids to make sheets for, in order; empty for every agreement (then with contents)
     * @param lang       "vi" or "en"
     * @param map        basemap tiles, links and attribution for the maps ({@code visible} is ignored: a sheet
     *                   shows every link around its own, its own highlighted)
     * @param printed    the time printed on every page
     * @param today      overdue flags are as of this day
     */
    public record Request(Catalogue catalogue, List<String> agreements, String lang, PdfExport.MapInputs map,
                          ZonedDateTime printed, LocalDate today) {
        public Request {
            Objects.requireNonNull(catalogue, "catalogue");
            agreements = agreements == null ? List.of() : List.copyOf(agreements);
            lang = "en".equals(lang) ? "en" : "vi";
            Objects.requireNonNull(printed, "printed");
            Objects.requireNonNull(today, "today");
        }

        List<Agreement> chosen() {
            if (agreements.isEmpty()) {
                return catalogue.agreements();
            }
            List<Agreement> out = new ArrayList<>();
            for (String id : agreements) {
                out.add(catalogue.agreements().stream().filter(a -> a.id().equals(id)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no agreement has the id " + id)));
            }
            return out;
        }
    }

    private AgreementSheets() {
    }

    /**
     * Writes the sheets to {@code target}.
     *
     * @return how many sheets
     * @throws IllegalArgumentException                      when an id names no agreement (nothing written)
     * @throws java.util.concurrent.CancellationException when cancelled (nothing written)
     */
    public static int write(Request r, Path target, Progress progress) throws IOException {
        List<Agreement> chosen = r.chosen();
        AtomicFile.write(target, temp -> {
            try (PDDocument doc = build(r, chosen, progress)) {
                progress.checkCancelled();
                doc.save(temp.toFile());
            }
        });
        progress.update(1, new PdfLabels(r.lang()).get("step.done"));
        return chosen.size();
    }

    private static PDDocument build(Request r, List<Agreement> chosen, Progress progress) throws IOException {
        PdfLabels labels = new PdfLabels(r.lang());
        Messages m = ShownLinks.messages(r.lang());
        LinkFacts facts = new LinkFacts(r.catalogue());
        LinkShapes shapes = r.map() != null && r.map().links() != null ? r.map().links() : new LinkShapes(r.catalogue().links());
        boolean contents = chosen.size() > 1;
        int contentsPages = contents ? (chosen.size() + CONTENTS_PER_PAGE - 1) / CONTENTS_PER_PAGE : 0;
        PDDocument doc = new PDDocument();
        try {
            PdfText text = new PdfText(doc);
            List<Integer> firstPages = new ArrayList<>();
            try (PdfFlow flow = new PdfFlow(doc, PDRectangle.A4, text, progress)) {
                for (int i = 1; i < contentsPages; i++) {
                    flow.newPage();
                }
                SheetContent sheet = new SheetContent(flow, text, labels, m, r, facts);
                for (int i = 0; i < chosen.size(); i++) {
                    progress.checkCancelled();
                    Agreement a = chosen.get(i);
                    progress.update((double) i / chosen.size(), m.get("sheets.step", i + 1, chosen.size()));
                    if (i > 0 || contents) {
                        flow.newPage();
                    }
                    firstPages.add(doc.getNumberOfPages() - 1);
                    List<Link> links = sheet.linksOf(a);
                    BufferedImage map = map(r, shapes, links, PdfExport.scaled(progress,
                            (double) i / chosen.size(), (i + 0.8) / chosen.size()));
                    sheet.draw(a, links, map == null ? null : LosslessFactory.createFromImage(doc, map), map);
                }
                if (contents) {
                    contents(flow, text, labels, m, r, chosen, firstPages);
                }
                int pages = doc.getNumberOfPages();
                flow.footers(labels.get("footer.app"), labels.get("footer.printed", labels.dateTime(r.printed())),
                        n -> labels.get("footer.page", n, pages));
            }
            outline(doc, chosen, firstPages, r.lang(), contents);
            String title = chosen.size() == 1 ? ShownLinks.title(chosen.get(0), r.lang()) : m.get("sheets.title");
            PdfReport.describe(doc, title, r.printed(), r.lang());
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    /** The agreement's links highlighted over every link, each numbered as in the sheet's table; null without links. */
    private static BufferedImage map(Request r, LinkShapes shapes, List<Link> links, Progress progress) {
        if (links.stream().noneMatch(Link::located)) {
            return null; // nothing to draw: no links, or only links of unknown place
        }
        Envelope box = new Envelope();
        List<RouteMap.Highlight> highlights = new ArrayList<>();
        List<RouteMap.Marker> markers = new ArrayList<>();
        int n = 1;
        for (Link l : links) {
            if (!l.located()) {
                n++; // keeps its number in the table; there is nothing to draw
                continue;
            }
            box.expandToInclude(l.geometry().getEnvelopeInternal());
            highlights.add(new RouteMap.Highlight(l.geometry(), LINK_HIGHLIGHT, 4f, false));
            Point p = l.geometry().getInteriorPoint();
            markers.add(new RouteMap.Marker(p.getX(), p.getY(), String.valueOf(n++)));
        }
        box.expandBy(Math.max(0.02, 0.1 * Math.max(box.getWidth(), box.getHeight())));
        List<org.linkatlas.map.tiles.TileSource> tiles = r.map() == null ? List.of() : r.map().tiles();
        return RouteMap.render(new RouteMap.Spec(box, MAP_WIDTH, MAP_HEIGHT, MAP_SCALE, tiles, shapes, null,
                highlights, markers, ""), progress);
    }

    /** The contents on the pages reserved at the start: each sheet's number, title, type and date, and its page. */
    private static void contents(PdfFlow flow, PdfText text, PdfLabels labels, Messages m, Request r,
                                 List<Agreement> chosen, List<Integer> firstPages) throws IOException {
        for (int i = 0; i < chosen.size(); i++) {
            if (i % CONTENTS_PER_PAGE == 0) {
                flow.reopen(i / CONTENTS_PER_PAGE);
                if (i == 0) {
                    flow.paragraph(text.boldRun(m.get("sheets.title"), TITLE + 2), 0);
                    flow.paragraph(new Run(m.get("sheets.contents.sub", chosen.size(), labels.dateTime(r.printed())),
                            text.regular, BODY, PdfText.GREY), 0);
                    flow.down(10);
                    flow.paragraph(text.boldRun(m.get("sheets.contents"), HEADING), 0);
                    flow.down(4);
                }
            }
            Agreement a = chosen.get(i);
            String page = String.valueOf(firstPages.get(i) + 1);
            float pageW = PdfText.width(page, text.regular, BODY);
            String entry = (i + 1) + ". " + ShownLinks.title(a, r.lang());
            List<Line> lines = text.wrap(List.of(text.run(entry, BODY)), flow.width() - pageW - 24);
            float lead = PdfFlow.leading(BODY);
            for (int j = 0; j < lines.size(); j++) {
                flow.draw(lines.get(j), flow.left(), flow.y() - BODY);
                if (j == lines.size() - 1) {
                    Line p = text.wrap(text.run(page, BODY), flow.width()).get(0);
                    flow.draw(p, flow.left() + flow.width() - pageW, flow.y() - BODY);
                    float dotsFrom = flow.left() + lines.get(j).width() + 6;
                    float dotsTo = flow.left() + flow.width() - pageW - 6;
                    if (dotsTo > dotsFrom) {
                        flow.rule(dotsFrom, dotsTo, flow.y() - BODY, new Color(0xBB, 0xBB, 0xBB), 0.4f);
                    }
                }
                flow.down(lead);
            }
            String sub = SheetContent.subtitle(a, m, r.lang());
            if (!sub.isBlank()) {
                flow.draw(text.wrap(new Run(sub, text.regular, SMALL, PdfText.GREY), flow.width() - 30).get(0),
                        flow.left() + 12, flow.y() - SMALL);
                flow.down(PdfFlow.leading(SMALL) + 3);
            }
        }
    }

    private static void outline(PDDocument doc, List<Agreement> chosen, List<Integer> firstPages, String lang,
                                boolean contents) {
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        for (int i = 0; i < chosen.size(); i++) {
            PDPageFitDestination dest = new PDPageFitDestination();
            dest.setPage(doc.getPage(firstPages.get(i)));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(Normalizer.normalize((contents ? (i + 1) + ". " : "") + ShownLinks.title(chosen.get(i), lang),
                    Normalizer.Form.NFC));
            item.setDestination(dest);
            outline.addLast(item);
        }
    }
}
