package org.linkatlas.basemap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946, lon/lat) into {@link BasemapFeature}s: every geometry type but
 * GeometryCollection, text properties normalised to NFC. Anything it cannot use fails with a
 * {@link BasemapDataException} naming the file and the feature, never with a bare parser or null-pointer error.
 * Stateless; any thread.
 */
public final class GeoJsonFeatureReader {
    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonFeatureReader() {
    }

    /** @throws BasemapDataException naming {@code file} when it is missing, unreadable or not usable GeoJSON */
    public static List<BasemapFeature> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BasemapDataException(file, "file not found");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new BasemapDataException(file, "not valid JSON"
                    + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BasemapDataException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new BasemapDataException(file, "empty, or not a JSON object");
        }
        if (!"FeatureCollection".equals(root.path("type").asText())) {
            throw new BasemapDataException(file, "type is '" + root.path("type").asText() + "', not FeatureCollection");
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new BasemapDataException(file, "no 'features' array");
        }
        List<BasemapFeature> out = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            try {
                if (!f.isObject() || !"Feature".equals(f.path("type").asText())) {
                    throw new IllegalArgumentException("not a Feature object");
                }
                Geometry g = geometry(f.get("geometry"));
                if (g != null) {
                    out.add(new BasemapFeature(g, properties(f.get("properties"))));
                }
            } catch (IllegalArgumentException e) {
                throw new BasemapDataException(file, "features[" + i + "]: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /** Null for a feature without geometry (allowed by RFC 7946: nothing to draw). */
    private static Geometry geometry(JsonNode g) {
        if (g == null || g.isNull()) {
            return null;
        }
        String type = g.path("type").asText("");
        JsonNode c = g.get("coordinates");
        if (c == null || !c.isArray()) {
            throw new IllegalArgumentException("geometry: no 'coordinates' array");
        }
        try {
            return switch (type) {
                case "Point" -> WGS84.createPoint(position(c));
                case "MultiPoint" -> WGS84.createMultiPoint(points(c));
                case "LineString" -> line(c);
                case "MultiLineString" -> WGS84.createMultiLineString(each(c, GeoJsonFeatureReader::line, new LineString[0]));
                case "Polygon" -> polygon(c);
                case "MultiPolygon" -> WGS84.createMultiPolygon(each(c, GeoJsonFeatureReader::polygon, new Polygon[0]));
                default -> throw new IllegalArgumentException("type '" + type + "' is not supported");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("geometry (" + type + "): " + e.getMessage(), e);
        }
    }

    private static <T> T[] each(JsonNode arrays, java.util.function.Function<JsonNode, T> read, T[] type) {
        List<T> parts = new ArrayList<>();
        for (JsonNode a : arrays) {
            parts.add(read.apply(a));
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no parts");
        }
        return parts.toArray(type);
    }

    private static Point[] points(JsonNode c) {
        Point[] ps = new Point[c.size()];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = WGS84.createPoint(position(c.get(i)));
        }
        return ps;
    }

    private static LineString line(JsonNode c) {
        return WGS84.createLineString(positions(c, 2));
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return WGS84.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode c) {
        Coordinate[] cs = positions(c, 4);
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            throw new IllegalArgumentException("ring is not closed (first position " + cs[0] + ", last " + cs[cs.length - 1] + ")");
        }
        return WGS84.createLinearRing(cs);
    }

    private static Coordinate[] positions(JsonNode c, int min) {
        if (!c.isArray() || c.size() < min) {
            throw new IllegalArgumentException("needs at least " + min + " positions");
        }
        Coordinate[] cs = new Coordinate[c.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = position(c.get(i));
        }
        return cs;
    }

    private static Coordinate position(JsonNode p) {
        if (p == null || !p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [lon, lat], got " + p);
        }
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("position " + p + " is not lon/lat in degrees");
        }
        return new Coordinate(lon, lat);
    }

    private static Map<String, Object> properties(JsonNode p) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (p == null || p.isNull()) {
            return out;
        }
        if (!p.isObject()) {
            throw new IllegalArgumentException("properties: not an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull()) {
                continue; // Map.copyOf refuses nulls; an absent key reads the same
            }
            Object value;
            if (v.isTextual()) {
                value = Normalizer.normalize(v.asText(), Normalizer.Form.NFC);
            } else if (v.isIntegralNumber()) {
                value = v.asLong();
            } else if (v.isNumber()) {
                value = v.asDouble();
            } else if (v.isBoolean()) {
                value = v.asBoolean();
            } else {
                value = v.toString();
            }
            out.put(e.getKey(), value);
        }
        return out;
    }
}
