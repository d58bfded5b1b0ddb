package org.linkatlas.basemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Something that may get a label: a populated place (with a dot) or a province (its name at the centre of the
 * largest circle inside it, and that circle's radius to decide whether the name fits). Positions in world
 * pixels. Immutable; any thread.
 */
record LabelCandidate(String text, Kind kind, double worldX, double worldY, double population, double radiusWorld) {

    /** Kinds in the order they claim space: a province capital's label wins over a district seat's. */
    enum Kind {
        CAPITAL(6, 99),
        PROVINCE_CAPITAL(6, 99),
        PROVINCE(6, 9),
        DISTRICT_SEAT(9, 99),
        PLACE(11, 99);

        final int minZoom;
        final int maxZoom;

        Kind(int minZoom, int maxZoom) {
            this.minZoom = minZoom;
            this.maxZoom = maxZoom;
        }

        boolean shownAt(int zoom) {
            return zoom >= minZoom && zoom <= maxZoom;
        }

        static Kind ofFeatureCode(String code) {
            if (code == null) {
                return PLACE;
            }
            return switch (code) {
                case "PPLC" -> CAPITAL;
                case "PPLA" -> PROVINCE_CAPITAL;
                case "PPLA2", "PPLA3" -> DISTRICT_SEAT;
                default -> PLACE;
            };
        }
    }

    /** The candidates in a fixed order of importance, so every tile of a zoom places labels the same way. */
    static final Comparator<LabelCandidate> IMPORTANCE = Comparator.comparing(LabelCandidate::kind)
            .thenComparing(Comparator.comparingDouble(LabelCandidate::population).reversed())
            .thenComparing(Comparator.comparingDouble(LabelCandidate::radiusWorld).reversed())
            .thenComparing(LabelCandidate::text)
            .thenComparingDouble(LabelCandidate::worldX);

    static List<LabelCandidate> of(List<BasemapFeature> places, List<BasemapFeature> provinces) {
        List<LabelCandidate> out = new ArrayList<>();
        java.util.Map<String, String> provinceSpellings = new java.util.HashMap<>();
        for (BasemapFeature f : provinces) {
            String name = BasemapScene.provinceName(f.text("name"));
            if (!name.isEmpty()) {
                provinceSpellings.put(key(name), name);
            }
        }
        for (BasemapFeature f : places) {
            String name = f.text("name");
            if (name != null && !name.isBlank() && f.geometry() instanceof Point p) {
                name = vietnameseSpelling(name.strip(), f.text("country"), provinceSpellings);
                out.add(new LabelCandidate(withoutRank(name), Kind.ofFeatureCode(f.text("feature_code")),
                        WebMercator.x(p.getX()), WebMercator.y(p.getY()), f.number("population", 0), 0));
            }
        }
        for (BasemapFeature f : provinces) {
            String name = BasemapScene.provinceName(f.text("name"));
            Polygon largest = largestPart(WebMercator.project(f.geometry()));
            if (!name.isEmpty() && largest != null) {
                var mic = new MaximumInscribedCircle(largest, 0.001);
                Point c = mic.getCenter();
                double r = c.distance(mic.getRadiusPoint());
                out.add(new LabelCandidate(name, Kind.PROVINCE, c.getX(), c.getY(), 0, r));
            }
        }
        out.sort(IMPORTANCE);
        return List.copyOf(out);
    }

    /**
     * GeoNames names two Vietnamese cities by their English exonyms ("Hanoi", "Haiphong") while every other
     * place on the map has its Vietnamese spelling. A Vietnamese place whose name is plain ASCII and equals a
     * province's name once diacritics and spaces are dropped takes that province's spelling from the province
     * layer ("Hà Nội", "Hải Phòng"); nothing is translated that the data does not spell.
     */
    static String vietnameseSpelling(String name, String country, java.util.Map<String, String> provinceSpellings) {
        if (!"VN".equals(country) || !name.chars().allMatch(c -> c < 128)) {
            return name;
        }
        return provinceSpellings.getOrDefault(key(name), name);
    }

    private static String key(String name) {
        String d = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("\\p{M}+", "");
        return d.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /**
     * "Thị Trấn Na Sầm" → "Na Sầm", "Thành Phố Uông Bí" → "Uông Bí": GeoNames keeps the administrative rank in
     * some names; the dot and the type size already say it, and the shorter label leaves room for others.
     */
    static String withoutRank(String name) {
        for (String rank : List.of("Thị Trấn ", "Thị trấn ", "Thành Phố ", "Thành phố ", "Thị Xã ", "Thị xã ")) {
            if (name.startsWith(rank) && name.length() > rank.length()) {
                return name.substring(rank.length());
            }
        }
        return name;
    }

    private static Polygon largestPart(Geometry g) {
        Polygon best = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && (best == null || p.getArea() > best.getArea())) {
                best = p;
            }
        }
        return best;
    }
}
