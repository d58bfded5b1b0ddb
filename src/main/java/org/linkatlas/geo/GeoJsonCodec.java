package org.linkatlas.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * GeoJSON geometry (RFC 7946, lon/lat) ↔ JTS, for the kinds the catalogue uses: Point, LineString,
 * MultiLineString. Stateless; any thread.
 */
public final class GeoJsonCodec {
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeoJsonCodec() {
    }

    /** @throws IllegalArgumentException saying what is wrong with the geometry object */
    public static Geometry read(JsonNode geometry) {
        if (geometry == null || geometry.isNull()) {
            throw new IllegalArgumentException("missing");
        }
        String type = geometry.path("type").asText("");
        JsonNode coords = geometry.path("coordinates");
        if (!coords.isArray()) {
            throw new IllegalArgumentException("no 'coordinates' array");
        }
        return switch (type) {
            case "Point" -> WGS84.createPoint(position(coords));
            case "LineString" -> line(coords);
            case "MultiLineString" -> {
                LineString[] parts = new LineString[coords.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = line(coords.get(i));
                }
                if (parts.length == 0) {
                    throw new IllegalArgumentException("MultiLineString without lines");
                }
                yield WGS84.createMultiLineString(parts);
            }
            default -> throw new IllegalArgumentException("type '" + type + "' is not Point, LineString or MultiLineString");
        };
    }

    private static LineString line(JsonNode coords) {
        if (!coords.isArray() || coords.size() < 2) {
            throw new IllegalArgumentException("a line needs at least two positions");
        }
        Coordinate[] cs = new Coordinate[coords.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = position(coords.get(i));
        }
        return WGS84.createLineString(cs);
    }

    private static Coordinate position(JsonNode p) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [lon, lat], got " + p);
        }
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("position " + p + " is not lon/lat in degrees");
        }
        return new Coordinate(lon, lat);
    }

    public static ObjectNode write(Geometry g) {
        ObjectNode out = NODES.objectNode();
        if (g instanceof Point p) {
            out.put("type", "Point");
            out.set("coordinates", position(p.getCoordinate()));
        } else if (g instanceof LineString l) {
            out.put("type", "LineString");
            out.set("coordinates", positions(l));
        } else if (g instanceof MultiLineString m) {
            out.put("type", "MultiLineString");
            ArrayNode lines = out.putArray("coordinates");
            for (int i = 0; i < m.getNumGeometries(); i++) {
                lines.add(positions((LineString) m.getGeometryN(i)));
            }
        } else {
            throw new IllegalArgumentException("cannot write " + g.getGeometryType());
        }
        return out;
    }

    private static ArrayNode positions(LineString l) {
        ArrayNode a = NODES.arrayNode();
        for (Coordinate c : l.getCoordinates()) {
            a.add(position(c));
        }
        return a;
    }

    private static ArrayNode position(Coordinate c) {
        // 6 decimals ≈ 0.1 m: more would only pretend to a precision the data lacks
        return NODES.arrayNode().add(round(c.x)).add(round(c.y));
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
