package org.linkatlas.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.linkatlas.map.LinkShapes;
import org.linkatlas.map.LinkStyle;
import org.linkatlas.map.tiles.TileSource;
import org.linkatlas.model.Link;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A route summary as PDF with its map: the map drawn from the basemap the user has chosen and the links as
 * on screen ({@link RouteMap}), the route highlighted (today's in blue, with the planned links in magenta,
 * dashed), then the pages ({@link PdfReport}). Used by the window and by {@code summary --pdf}. Tile and file
 * I/O: any thread but the JavaFX one.
 */
public final class PdfExport {
    /** Map size in logical pixels, drawn at twice that (1,800 px across a portrait page's 18 cm: about 250 dpi). */
    static final int MAP_WIDTH = 900;
    static final int MAP_HEIGHT = 600;
    static final double MAP_SCALE = 2;

    private PdfExport() {
    }

    /**
     * What the map of the route is drawn from.
     *
     * @param tiles       the basemap's chain of sources, first choice first
     * @param links       the catalogue's links, projected
     * @param visible     which links show (the window's filter)
     * @param attribution the sources of the basemap and data, printed with the map
     */
    public record MapInputs(List<TileSource> tiles, LinkShapes links, Predicate<Link> visible, String attribution) {
    }

    /** One export: the report (in its language), the map, the page orientation, the time printed. */
    public record Request(RouteReport report, MapInputs map, boolean landscape, ZonedDateTime printed) {
    }

    /** Writes the PDF whole or not at all. @throws java.util.concurrent.CancellationException when cancelled */
    public static void write(Request r, Path target, Progress progress) throws IOException {
        BufferedImage map = map(r.report(), r.map(), r.landscape(), scaled(progress, 0, 0.7));
        progress.checkCancelled();
        PdfReport.write(r.report(), map, new PdfReport.Options(
                r.landscape() ? PdfReport.Orientation.LANDSCAPE : PdfReport.Orientation.PORTRAIT,
                r.map().attribution(), r.printed()), target, scaled(progress, 0.7, 1));
    }

    /** The map of the route, or null when the report has no course to show. */
    static BufferedImage map(RouteReport report, MapInputs in, boolean landscape, Progress progress) {
        List<RouteMap.Highlight> highlights = new ArrayList<>();
        Envelope box = new Envelope();
        List<RouteMap.Marker> markers = new ArrayList<>();
        RouteReport.Total planned = report.withPlanned();
        if (planned != null && planned.connected() && planned.line() != null) {
            highlights.add(new RouteMap.Highlight(planned.line(), LinkStyle.awt(LinkStyle.ROUTE_WITH_PLANNED), 5f, true));
            box.expandToInclude(planned.line().getEnvelopeInternal());
        }
        if (report.existing().connected() && report.existing().line() != null) {
            highlights.add(new RouteMap.Highlight(report.existing().line(), LinkStyle.awt(LinkStyle.ROUTE_EXISTING), 5f, false));
            box.expandToInclude(report.existing().line().getEnvelopeInternal());
            addEnds(markers, report.existing().line(), report);
        } else if (planned != null && planned.connected() && planned.line() != null) {
            addEnds(markers, planned.line(), report);
        }
        if (box.isNull()) {
            return null;
        }
        box.expandBy(Math.max(0.01, 0.08 * Math.max(box.getWidth(), box.getHeight())));
        int w = landscape ? MAP_WIDTH + 300 : MAP_WIDTH;
        // the PDF prints the attribution once, as text under the map (issue 11: it was on the image too)
        return RouteMap.render(new RouteMap.Spec(box, w, MAP_HEIGHT, MAP_SCALE, in.tiles(), in.links(), in.visible(),
                highlights, markers, ""), progress);
    }

    private static void addEnds(List<RouteMap.Marker> markers, Geometry line, RouteReport report) {
        Coordinate[] cs = line.getCoordinates();
        if (cs.length == 0) {
            return;
        }
        markers.add(new RouteMap.Marker(cs[0].x, cs[0].y, report.from()));
        markers.add(new RouteMap.Marker(cs[cs.length - 1].x, cs[cs.length - 1].y, report.to()));
    }

    /** Progress of a part of the work, mapped into {@code from..to} of the whole. */
    static Progress scaled(Progress whole, double from, double to) {
        return new Progress() {
            @Override
            public void update(double fraction, String step) {
                whole.update(from + (to - from) * Math.max(0, Math.min(1, fraction)), step);
            }

            @Override
            public boolean cancelled() {
                return whole.cancelled();
            }
        };
    }
}
