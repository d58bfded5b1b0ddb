package org.linkatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.map.LinkShapes;
import org.linkatlas.map.MapViewport;
import org.linkatlas.map.tiles.OfflineTileSource;
import org.linkatlas.map.tiles.TileSource;
import org.linkatlas.model.Catalogue;
import org.linkatlas.route.PlaceResolver;
import org.linkatlas.route.Route;
import org.linkatlas.route.RouteFinder;
import org.linkatlas.route.RoutingNetwork;
import org.linkatlas.route.RoutingNetwork.Variant;
import org.linkatlas.testing.Fixtures;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.LinearComponentExtracter;

/** The print map of a route: real offline basemap, real catalogue, real routes between places the seeds name. */
class RouteMapTest {
    private static final Envelope SON_DONG_HA_LONG = new Envelope(106.4, 107.1, 20.9, 21.4);
    private static final Color ROUTE_RED = new Color(0xE5, 0x39, 0x35);
    private static final Color PLANNED_BLUE = new Color(0x1E, 0x63, 0xD6);
    private static final TileSource BASEMAP =
            new OfflineTileSource(Path.of(System.getProperty("linkatlas.basemap", "data/basemap")));
    private static final TileSource THROWS = source("throws", (z, x, y) -> {
        throw new java.io.IOException("disk gone");
    });
    private static final TileSource NOTHING = source("nothing", (z, x, y) -> null);
    static Catalogue catalogue;
    static LinkShapes links;
    static PlaceResolver places;
    static Geometry existing;
    static Geometry withPlanned;

    interface TileFn {
        BufferedImage tile(int z, long x, long y) throws Exception;
    }

    static TileSource source(String name, TileFn fn) {
        return new TileSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String attribution() {
                return "";
            }

            @Override
            public BufferedImage tile(int zoom, long x, long y, int sizePx) throws Exception {
                return fn.tile(zoom, x, y);
            }
        };
    }

    @BeforeAll
    static void read() {
        catalogue = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        links = new LinkShapes(catalogue.links());
        places = new PlaceResolver(catalogue);
        existing = course(route(Variant.EXISTING, "Sơn Động", "TP Hạ Long"));
        withPlanned = course(route(Variant.WITH_PLANNED, "Sơn Động", "TP Hạ Long"));
    }

    static Route route(Variant v, String from, String to) {
        PlaceResolver.End a = places.resolve(from).end();
        PlaceResolver.End b = places.resolve(to).end();
        return new RouteFinder(RoutingNetwork.build(catalogue.links(), v)).find(a.lon(), a.lat(), b.lon(), b.lat()).orElseThrow();
    }

    /** The links the route travels, whole, as one MultiLineString. */
    static Geometry course(Route r) {
        List<LineString> lines = new ArrayList<>();
        r.segments().forEach(s -> LinearComponentExtracter.getLines(s.link().geometry()).forEach(o -> lines.add((LineString) o)));
        return GeoJsonCodec.WGS84.createMultiLineString(lines.toArray(LineString[]::new));
    }

    static RouteMap.Spec spec(int w, int h, double scale, List<TileSource> tiles, List<RouteMap.Highlight> highlights,
                              List<RouteMap.Marker> markers, String attribution) {
        return new RouteMap.Spec(SON_DONG_HA_LONG, w, h, scale, tiles, links, l -> true, highlights, markers, attribution);
    }

    static RouteMap.Spec redRoute(double scale) {
        return spec(900, 600, scale, List.of(BASEMAP), List.of(new RouteMap.Highlight(existing, ROUTE_RED, 5f, false)),
                List.of(), BASEMAP.attribution());
    }

    /** Logical pixels along the geometry's projected course, every few pixels, away from the corner boxes. */
    static List<double[]> along(Geometry g, MapViewport v) {
        List<double[]> out = new ArrayList<>();
        for (Object o : LinearComponentExtracter.getLines(g)) {
            Coordinate[] cs = ((LineString) o).getCoordinates();
            for (int i = 1; i < cs.length; i++) {
                double ax = v.screenX(WebMercator.x(cs[i - 1].x));
                double ay = v.screenY(WebMercator.y(cs[i - 1].y));
                double bx = v.screenX(WebMercator.x(cs[i].x));
                double by = v.screenY(WebMercator.y(cs[i].y));
                int steps = (int) Math.ceil(Math.hypot(bx - ax, by - ay) / 7);
                for (int k = 0; k < steps; k++) {
                    double x = ax + (bx - ax) * k / steps;
                    double y = ay + (by - ay) * k / steps;
                    if (x > 4 && y > 4 && x < v.width() - 4 && y < v.height() - 60) {
                        out.add(new double[] {x, y});
                    }
                }
            }
        }
        return out;
    }

    static boolean near(int rgb, Color c, int tolerance) {
        return Math.abs(((rgb >> 16) & 0xFF) - c.getRed()) <= tolerance && Math.abs(((rgb >> 8) & 0xFF) - c.getGreen()) <= tolerance
                && Math.abs((rgb & 0xFF) - c.getBlue()) <= tolerance;
    }

    static double share(BufferedImage img, List<double[]> points, double scale, Color c) {
        long hits = points.stream().filter(p -> near(img.getRGB((int) (p[0] * scale), (int) (p[1] * scale)), c, 40)).count();
        return (double) hits / points.size();
    }

    static double luma(int rgb) {
        return 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
    }

    @Test
    void drawsTheBasemapTheRouteTheScaleBarAndTheAttribution() {
        RouteMap.Spec spec = redRoute(1);
        BufferedImage img = RouteMap.render(spec, Progress.NONE);
        assertEquals(900, img.getWidth());
        assertEquals(600, img.getHeight());
        List<double[]> course = along(existing, RouteMap.viewport(spec));
        assertTrue(course.size() > 50, "the route crosses the map: " + course.size() + " samples");
        assertTrue(share(img, course, 1, ROUTE_RED) > 0.95, "the route is red where it runs: " + share(img, course, 1, ROUTE_RED));
        BufferedImage bare = RouteMap.render(spec(900, 600, 1, List.of(BASEMAP), List.of(), List.of(), ""), Progress.NONE);
        assertTrue(share(bare, course, 1, ROUTE_RED) < 0.2, "without the highlight the same pixels are not red");

        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < 600; y += 10) {
            for (int x = 0; x < 900; x += 10) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a basemap, not a plain fill: " + colours.size() + " colours");

        // the bar's dark half: a run of dark pixels about half the bar long, in the bottom-left corner
        double barPx = ScaleBar.choose(RouteMap.viewport(spec), 900 / 4.0).px();
        int longest = 0;
        for (int y = 540; y < 600; y++) {
            int run = 0;
            for (int x = 0; x < 300; x++) {
                run = luma(img.getRGB(x, y)) < 60 ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
        }
        assertTrue(Math.abs(longest - barPx / 2) < 4, "the scale bar's dark half: " + longest + " px, the bar " + barPx + " px");

        int light = 0;
        int ink = 0;
        int n = 0;
        for (int y = 572; y < 600; y++) { // the box's first line, which reaches the right edge
            for (int x = 650; x < 900; x++) {
                int rgb = img.getRGB(x, y);
                light += luma(rgb) > 200 ? 1 : 0;
                ink += luma(rgb) < 170 ? 1 : 0;
                n++;
            }
        }
        assertTrue(light > 0.6 * n, "the attribution's box is light: " + light + " of " + n);
        assertTrue(ink > 0.01 * n, "and has text on it: " + ink + " of " + n);
    }

    @Test
    void pixelScaleTwoIsTheSameMapAtTwiceTheResolution() {
        BufferedImage img = RouteMap.render(redRoute(2), Progress.NONE);
        assertEquals(1800, img.getWidth());
        assertEquals(1200, img.getHeight());
        List<double[]> course = along(existing, RouteMap.viewport(redRoute(2)));
        assertTrue(share(img, course, 2, ROUTE_RED) > 0.95, "the route runs where it runs at scale 1");
        assertEquals(RouteMap.viewport(redRoute(1)), RouteMap.viewport(redRoute(2)), "same logical viewport");
        // zoom 10.44: tiles of zoom 10, 693 px on the image, asked for at 768 and scaled down
        MapViewport v = RouteMap.viewport(redRoute(2));
        assertEquals(10, RouteMap.tileZoom(v));
        assertEquals(768, RouteMap.tileRequestPx(v, 2));
        assertEquals(512, RouteMap.tileRequestPx(v, 1));
    }

    @Test
    void tilesNoSourceGivesArePlainAndNeverFailTheMap() {
        LinkShapes none = new LinkShapes(List.of());
        for (List<TileSource> chain : List.of(List.of(THROWS), List.of(NOTHING), List.of(NOTHING, THROWS), List.<TileSource>of())) {
            BufferedImage img = RouteMap.render(new RouteMap.Spec(SON_DONG_HA_LONG, 400, 300, 1, chain, none, null, null, null, null),
                    Progress.NONE);
            assertEquals(400, img.getWidth());
            for (int y = 0; y < 300; y += 3) {
                for (int x = 0; x < 400; x += 3) {
                    if (y < 240) { // above the scale bar and attribution
                        assertEquals(RouteMap.PLAIN.getRGB(), img.getRGB(x, y), "plain at " + x + "," + y);
                    }
                }
            }
        }
    }

    @Test
    void aFailingSourceFallsThroughToTheNextOne() {
        BufferedImage img = RouteMap.render(spec(400, 300, 1, List.of(THROWS, NOTHING, BASEMAP), List.of(), List.of(), ""),
                Progress.NONE);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < 240; y += 4) {
            for (int x = 0; x < 400; x += 4) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 10, "the offline basemap drew the tiles, not the plain fill: " + colours.size() + " colours");
    }

    @Test
    void aCancelledMapStopsBetweenTilesWithCancellationException() {
        AtomicInteger asked = new AtomicInteger();
        TileSource counting = source("counting", (z, x, y) -> {
            asked.incrementAndGet();
            return null;
        });
        List<Double> fractions = new ArrayList<>();
        Progress cancelAfterFirst = new Progress() {
            @Override
            public void update(double fraction, String step) {
                assertEquals("tiles", step);
                fractions.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return !fractions.isEmpty();
            }
        };
        RouteMap.Spec spec = spec(900, 600, 1, List.of(counting), List.of(), List.of(), "");
        assertThrows(CancellationException.class, () -> RouteMap.render(spec, cancelAfterFirst));
        assertEquals(1, asked.get(), "no tile is fetched after the cancel");
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String step) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> RouteMap.render(spec, cancelled));
        assertEquals(1, asked.get());
    }

    @Test
    void progressRisesToOneAsTilesArrive() {
        List<Double> fractions = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(double fraction, String step) {
                fractions.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        RouteMap.render(spec(900, 600, 1, List.of(NOTHING), List.of(), List.of(), ""), recording);
        assertTrue(fractions.size() >= 4, fractions.toString());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) > fractions.get(i - 1), fractions.toString());
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-12);
    }

    @Test
    void theBoxIsCentredAndFitsWithAMarginKeepingItsAspect() {
        MapViewport v = RouteMap.viewport(redRoute(1));
        double left = v.screenX(WebMercator.x(106.4));
        double right = v.screenX(WebMercator.x(107.1));
        double top = v.screenY(WebMercator.y(21.4));
        double bottom = v.screenY(WebMercator.y(20.9));
        assertEquals(450, (left + right) / 2, 1e-6);
        assertEquals(300, (top + bottom) / 2, 1e-6);
        assertTrue(left >= 0.06 * 900 - 1e-6 && right <= 0.94 * 900 + 1e-6 && top >= 0.06 * 600 - 1e-6 && bottom <= 0.94 * 600 + 1e-6,
                left + " " + right + " " + top + " " + bottom);
        boolean widthTight = Math.abs(left - 54) < 1e-6;
        boolean heightTight = Math.abs(top - 36) < 1e-6;
        assertTrue(widthTight || heightTight, "one side fills the image less the margin");
        assertEquals(right - left, (bottom - top) * (WebMercator.x(107.1) - WebMercator.x(106.4))
                / (WebMercator.y(20.9) - WebMercator.y(21.4)), 1e-6, "not distorted");
    }

    @ParameterizedTest
    @CsvSource({
        "106.0, 21.0, 106.0, 21.0, 16", // a point: the closest zoom
        "60.0, -10.0, 150.0, 50.0, 5", // half of Asia in a small image: as far out as allowed
    })
    void theZoomStaysBetweenFiveAndSixteen(double minLon, double minLat, double maxLon, double maxLat, double zoom) {
        RouteMap.Spec s = new RouteMap.Spec(new Envelope(minLon, maxLon, minLat, maxLat), 300, 200, 1, List.of(),
                new LinkShapes(List.of()), null, null, null, null);
        assertEquals(zoom, RouteMap.viewport(s).zoom(), 1e-9);
        assertEquals((int) zoom, RouteMap.tileZoom(RouteMap.viewport(s)));
    }

    @ParameterizedTest
    @CsvSource({
        "5.0, 21.0, 900",
        "9.3, 21.2, 900",
        "10.7, 20.9, 600",
        "13.5, 21.0, 1200",
        "16.0, 22.5, 900",
        "12.0, 0.0, 900",
        "8.0, 60.0, 900",
    })
    void theScaleBarIsARoundGeodesicLengthAtTheCentre(double zoom, double lat, double width) {
        double world = 256 * Math.pow(2, zoom);
        MapViewport v = new MapViewport(world, width / 2 - WebMercator.x(106.5) * world, 300 - WebMercator.y(lat) * world, width, 600);
        double maxPx = width / 4;
        ScaleBar bar = ScaleBar.choose(v, maxPx);
        assertTrue(bar.px() <= maxPx && bar.px() > maxPx / 2.5, bar + " for at most " + maxPx + " px");
        double decade = Math.pow(10, Math.floor(Math.log10(bar.metres()) + 1e-9));
        double mantissa = bar.metres() / decade;
        assertTrue(Set.of(1.0, 2.0, 5.0).stream().anyMatch(m -> Math.abs(m - mantissa) < 1e-9), bar.toString());
        // Web Mercator's own scale at the centre latitude (sphere, R = 6378137)
        double metresPerPx = Math.cos(Math.toRadians(lat)) * 2 * Math.PI * 6378137 / world;
        assertEquals(bar.metres(), bar.px() * metresPerPx, bar.metres() * 0.01);
        // and the ground distance between the bar's ends laid across the centre, on the ellipsoid
        double y = v.worldY(300);
        double geodesic = GeodesicLength.metres(WebMercator.lon(v.worldX(width / 2 - bar.px() / 2)), WebMercator.lat(y),
                WebMercator.lon(v.worldX(width / 2 + bar.px() / 2)), WebMercator.lat(y));
        assertEquals(bar.metres(), geodesic, bar.metres() * 0.01);
    }

    @ParameterizedTest
    @CsvSource({"10000, 10 km", "1000, 1 km", "500, 500 m", "2, 2 m", "200000, 200 km"})
    void theScaleBarSaysMetresOrKilometres(double metres, String label) {
        assertEquals(label, ScaleBar.label(metres));
    }

    @Test
    void longTextWrapsIntoLinesThatFitAndLosesNothing() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            Font font = MapText.font(Font.PLAIN, 10);
            FontMetrics fm = g.getFontMetrics(font);
            String decomposed = Normalizer.normalize("Bản đồ nền: GSHHG, Natural Earth, GeoNames.org; Cảng Cái Lân "
                    + "https://example.invalid/a-very-long-address-without-any-space-in-it-at-all", Normalizer.Form.NFD);
            List<String> lines = MapText.wrap(decomposed, fm, 120);
            assertTrue(lines.size() >= 4, lines.toString());
            for (String line : lines) {
                assertTrue(fm.stringWidth(line) <= 120, line + " is " + fm.stringWidth(line) + " px");
                assertTrue(Normalizer.isNormalized(line, Normalizer.Form.NFC), line);
            }
            assertEquals(Normalizer.normalize(decomposed, Normalizer.Form.NFC).replace(" ", ""), String.join("", lines).replace(" ", ""));
            assertEquals(-1, font.canDisplayUpTo(MapText.VIETNAMESE_SAMPLE), "the font shows Vietnamese: " + font.getFamily());
        } finally {
            g.dispose();
        }
    }

    /** Not an assertion: a picture for a person to look at (target/routemap-sample.png). */
    @Test
    void writesASampleForPeopleToLookAt() throws Exception {
        PlaceResolver.End from = places.resolve("Sơn Động").end();
        PlaceResolver.End to = places.resolve("TP Hạ Long").end();
        RouteMap.Spec spec = spec(900, 600, 1, List.of(BASEMAP),
                List.of(new RouteMap.Highlight(existing, ROUTE_RED, 5f, false),
                        new RouteMap.Highlight(withPlanned, PLANNED_BLUE, 4f, true)),
                List.of(new RouteMap.Marker(from.lon(), from.lat(), from.name()), new RouteMap.Marker(to.lon(), to.lat(), to.name())),
                BASEMAP.attribution() + "; links: Link Atlas catalogue (schematic where not surveyed)");
        BufferedImage img = RouteMap.render(spec, Progress.NONE);
        Files.createDirectories(Path.of("target"));
        ImageIO.write(img, "png", Path.of("target/routemap-sample.png").toFile());
        ImageIO.write(RouteMap.render(new RouteMap.Spec(spec.lonLatBox(), 900, 600, 2, spec.tiles(), spec.links(), null,
                spec.highlights(), spec.markers(), spec.attribution()), Progress.NONE), "png", Path.of("target/routemap-sample@2x.png").toFile());
        assertEquals(900, img.getWidth());
    }
}
