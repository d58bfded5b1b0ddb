package org.linkatlas.basemap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The basemap data made ready to draw: projected to world pixels, administrative lines derived once, each layer
 * in a spatial index. Built once from {@link BasemapData}; immutable afterwards (apart from the thread-safe
 * per-zoom caches of its geometries), so any number of tile threads may read it.
 *
 * <p>The administrative lines are derived so that they agree with each other. The district polygons (dvhcvn,
 * government GIS, the most precise source) give the district lines and, where both sides have districts, the
 * province lines. Where one side has none (Quảng Ninh is missing from that file), the line is the districts'
 * outer edge that follows the ODV province boundary; between two provinces without districts, the ODV boundary
 * itself. The border with China is the outer edge of the districts (and of Quảng Ninh) that follows Natural
 * Earth's 1:10M line and faces land outside the data; Natural Earth's own line, kilometres off, is drawn only if
 * that finds nothing. Drawing the sources side by side instead would show two lines a kilometre or more apart,
 * and district lines ending short of their province's boundary.
 */
final class BasemapScene {
    /** Two versions of one boundary in the bundled files are at most about 33 m apart. */
    private static final double SHARED_TOLERANCE = 0.0004;
    /** Natural Earth's 1:10M border strays up to about 5 km from the district polygons' (degrees). */
    private static final double BORDER_DISTANCE = 0.06;
    /** ODV's province lines are 0.7–2.5 km from the district polygons' (degrees). */
    private static final double MIXED_DISTANCE = 0.03;
    /** The lon/lat box the data covers (null without data): outside it the map knows nothing. */
    final Envelope extent;
    final SpatialLayer<WorldArea> sea;
    final SpatialLayer<WorldLine> rivers;
    final SpatialLayer<WorldLine> districtLines;
    final SpatialLayer<WorldLine> provinceLines;
    final SpatialLayer<WorldLine> border;
    final SpatialLayer<WorldLine> routes;
    final List<LabelCandidate> labels;

    BasemapScene(BasemapData data) {
        extent = extent(data);
        sea = new SpatialLayer<>(areas(data.layer(BasemapLayer.SEA)), WorldArea::lonLatEnvelope);
        List<WorldLine> riverLines = new ArrayList<>(lines(data.layer(BasemapLayer.RED_RIVER), f -> "major"));
        riverLines.addAll(lines(data.layer(BasemapLayer.RIVERS), f -> "minor"));
        rivers = new SpatialLayer<>(riverLines, WorldLine::lonLatEnvelope);
        routes = new SpatialLayer<>(lines(data.layer(BasemapLayer.ROUTES), f -> routeKind(f.text("class") != null ? f.text("class")
                : "motorway".equals(f.text("highway")) ? "expressway" : "road")),
                WorldLine::lonLatEnvelope);

        List<BasemapFeature> districts = data.layer(BasemapLayer.DISTRICTS);
        List<String> districtProvince = districts.stream().map(f -> provinceName(f.text("province"))).toList();
        Set<String> covered = new HashSet<>(districtProvince);
        SharedBoundaries districtEdges = SharedBoundaries.of(geometries(districts), SHARED_TOLERANCE);
        districtLines = layer(districtEdges.lines((a, b) -> districtProvince.get(a).equals(districtProvince.get(b))));

        List<BasemapFeature> provinces = data.layer(BasemapLayer.PROVINCES);
        List<Boolean> hasDistricts = provinces.stream().map(f -> covered.contains(provinceName(f.text("name")))).toList();
        SharedBoundaries provinceEdges = SharedBoundaries.of(geometries(provinces), SHARED_TOLERANCE);

        List<Coordinate[]> outerEdges = new ArrayList<>(districtEdges.unshared(i -> true));
        outerEdges.addAll(provinceEdges.unshared(i -> !hasDistricts.get(i)));
        List<LineString> reference = lonLatLines(data.layer(BasemapLayer.BORDER));
        List<Coordinate[]> borderEdges = NearReference.select(outerEdges, reference, BORDER_DISTANCE, extent,
                new ForeignLand(geometries(data.layer(BasemapLayer.SEA)), List.of(geometries(districts),
                        geometries(IntStream.range(0, provinces.size()).filter(i -> !hasDistricts.get(i))
                                .mapToObj(provinces::get).toList())))::faces);
        border = layer(borderEdges.isEmpty() ? reference : SharedBoundaries.merge(borderEdges));

        List<LineString> provinceBoundaries = new ArrayList<>(
                districtEdges.lines((a, b) -> !districtProvince.get(a).equals(districtProvince.get(b))));
        provinceBoundaries.addAll(provinceEdges.lines((a, b) -> !hasDistricts.get(a) && !hasDistricts.get(b)));
        Set<Coordinate[]> onBorder = Collections.newSetFromMap(new IdentityHashMap<>());
        onBorder.addAll(borderEdges);
        List<Coordinate[]> districtOuter = districtEdges.unshared(i -> true).stream().filter(s -> !onBorder.contains(s)).toList();
        provinceBoundaries.addAll(SharedBoundaries.merge(NearReference.select(districtOuter,
                provinceEdges.lines((a, b) -> hasDistricts.get(a) != hasDistricts.get(b)), MIXED_DISTANCE, extent)));
        provinceLines = layer(provinceBoundaries);

        labels = LabelCandidate.of(data.layer(BasemapLayer.PLACES), provinces);
    }

    /** "Tỉnh Bắc Giang", "Thành phố Hà Nội" → "Bắc Giang", "Hà Nội": the form both boundary files share. */
    static String provinceName(String name) {
        if (name == null) {
            return "";
        }
        for (String prefix : List.of("Tỉnh ", "Thành phố ", "TP. ")) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length()).strip();
            }
        }
        return name.strip();
    }

    private static Envelope extent(BasemapData data) {
        Envelope e = new Envelope();
        for (BasemapLayer layer : BasemapLayer.values()) {
            for (BasemapFeature f : data.layer(layer)) {
                e.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        }
        return e.isNull() ? null : e;
    }

    private static String routeKind(String cls) {
        if (cls == null) {
            return "road";
        }
        return cls.contains("rail") ? "railway" : cls.contains("expressway") ? "expressway" : "road";
    }

    private static List<WorldArea> areas(List<BasemapFeature> features) {
        Envelope box = new Envelope();
        features.forEach(f -> box.expandToInclude(f.geometry().getEnvelopeInternal()));
        List<WorldArea> out = new ArrayList<>();
        for (BasemapFeature f : features) {
            Geometry g = f.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                    Polygon smooth = CoastSmoothing.smooth(p, box);
                    if (smooth != null) {
                        out.add(new WorldArea(smooth));
                    }
                }
            }
        }
        return out;
    }

    private static List<WorldLine> lines(List<BasemapFeature> features, java.util.function.Function<BasemapFeature, String> kind) {
        List<WorldLine> out = new ArrayList<>();
        for (BasemapFeature f : features) {
            Geometry g = f.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof LineString l && l.getNumPoints() >= 2) {
                    out.add(new WorldLine(l, kind.apply(f)));
                }
            }
        }
        return out;
    }

    private static SpatialLayer<WorldLine> layer(List<LineString> lonLat) {
        return new SpatialLayer<>(lonLat.stream().map(l -> new WorldLine(l, "")).toList(), WorldLine::lonLatEnvelope);
    }

    private static List<Geometry> geometries(List<BasemapFeature> features) {
        return features.stream().map(BasemapFeature::geometry).toList();
    }

    private static List<LineString> lonLatLines(List<BasemapFeature> features) {
        List<LineString> out = new ArrayList<>();
        for (BasemapFeature f : features) {
            for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
                if (f.geometry().getGeometryN(i) instanceof LineString l && l.getNumPoints() >= 2) {
                    out.add(l);
                }
            }
        }
        return out;
    }
}
