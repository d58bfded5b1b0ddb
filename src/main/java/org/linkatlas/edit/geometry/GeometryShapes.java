package org.linkatlas.edit.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.linkatlas.geo.GeoJsonCodec;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Point;

/**
 * The vertex operations on a JTS geometry (a Point, a LineString or a MultiLineString, lon/lat): each returns a
 * new geometry and leaves the given one as it was. Bad input (no such vertex, a line left with fewer than two
 * vertices, a split at an end) is refused with a message. Pure; any thread.
 */
public final class GeometryShapes {
    private GeometryShapes() {
    }

    /** The lines of {@code g} as coordinate arrays (a point as one array of one coordinate). */
    public static List<Coordinate[]> parts(Geometry g) {
        List<Coordinate[]> out = new ArrayList<>();
        if (g instanceof Point p) {
            out.add(new Coordinate[] {p.getCoordinate().copy()});
        } else if (g instanceof LineString l) {
            out.add(copy(l.getCoordinates()));
        } else if (g instanceof MultiLineString m) {
            for (int i = 0; i < m.getNumGeometries(); i++) {
                out.add(copy(m.getGeometryN(i).getCoordinates()));
            }
        } else {
            throw new IllegalArgumentException("only points and lines can be edited, not a " + (g == null ? "missing geometry" : g.getGeometryType()));
        }
        return out;
    }

    public static Coordinate vertex(Geometry g, Vertex v) {
        return at(parts(g), v).copy();
    }

    public static Geometry move(Geometry g, Vertex v, Coordinate to) {
        List<Coordinate[]> parts = parts(g);
        at(parts, v);
        parts.get(v.part())[v.index()] = plain(to);
        return build(g, parts);
    }

    /** Inserts {@code c} as the vertex at {@code v} (the one there and after it move up by one). */
    public static Geometry insert(Geometry g, Vertex v, Coordinate c) {
        requireLine(g, "insert a vertex");
        List<Coordinate[]> parts = parts(g);
        Coordinate[] line = part(parts, v);
        if (v.index() == 0 || v.index() > line.length - 1) {
            throw new IllegalArgumentException("a vertex goes between two others (1 to " + (line.length - 1)
                    + "); to add one at an end, extend the line");
        }
        List<Coordinate> cs = new ArrayList<>(Arrays.asList(line));
        cs.add(v.index(), plain(c));
        parts.set(v.part(), cs.toArray(Coordinate[]::new));
        return build(g, parts);
    }

    public static Geometry delete(Geometry g, Vertex v) {
        requireLine(g, "delete a vertex");
        List<Coordinate[]> parts = parts(g);
        Coordinate[] line = part(parts, v);
        at(parts, v);
        if (line.length <= 2) {
            throw new IllegalArgumentException("a line keeps at least two vertices; delete the link instead");
        }
        List<Coordinate> cs = new ArrayList<>(Arrays.asList(line));
        cs.remove(v.index());
        parts.set(v.part(), cs.toArray(Coordinate[]::new));
        return build(g, parts);
    }

    /** Adds {@code c} before the first vertex ({@code atStart}) or after the last of line {@code part}. */
    public static Geometry extend(Geometry g, int part, boolean atStart, Coordinate c) {
        requireLine(g, "extend it");
        List<Coordinate[]> parts = parts(g);
        Coordinate[] line = part(parts, new Vertex(part, 0));
        List<Coordinate> cs = new ArrayList<>(Arrays.asList(line));
        cs.add(atStart ? 0 : cs.size(), plain(c));
        parts.set(part, cs.toArray(Coordinate[]::new));
        return build(g, parts);
    }

    /**
     * Splits a LineString at an inner vertex: the first line ends there, the second starts there, both holding
     * exactly that coordinate (so they stay joined for routing).
     */
    public static Geometry[] split(Geometry g, Vertex v) {
        if (!(g instanceof LineString l)) {
            throw new IllegalArgumentException("only a single line can be split, not a " + g.getGeometryType());
        }
        Coordinate[] cs = l.getCoordinates();
        if (v.part() != 0 || v.index() <= 0 || v.index() >= cs.length - 1) {
            throw new IllegalArgumentException("a line is split at an inner vertex (1 to " + (cs.length - 2) + ")");
        }
        Coordinate[] a = copy(Arrays.copyOfRange(cs, 0, v.index() + 1));
        Coordinate[] b = copy(Arrays.copyOfRange(cs, v.index(), cs.length));
        return new Geometry[] {GeoJsonCodec.WGS84.createLineString(a), GeoJsonCodec.WGS84.createLineString(b)};
    }

    /** A point or a line through {@code cs} (in order); a line needs two vertices. */
    public static Geometry of(List<Coordinate> cs, boolean point) {
        if (point) {
            if (cs.size() != 1) {
                throw new IllegalArgumentException("a point has one position, not " + cs.size());
            }
            return GeoJsonCodec.WGS84.createPoint(plain(cs.get(0)));
        }
        if (cs.size() < 2) {
            throw new IllegalArgumentException("a line needs at least two vertices");
        }
        return GeoJsonCodec.WGS84.createLineString(cs.stream().map(GeometryShapes::plain).toArray(Coordinate[]::new));
    }

    private static void requireLine(Geometry g, String what) {
        if (g instanceof Point) {
            throw new IllegalArgumentException("a point has one position: move it rather than " + what);
        }
    }

    private static Coordinate[] part(List<Coordinate[]> parts, Vertex v) {
        if (v.part() >= parts.size()) {
            throw new IllegalArgumentException("the geometry has " + parts.size() + " line(s), no line " + v.part());
        }
        return parts.get(v.part());
    }

    private static Coordinate at(List<Coordinate[]> parts, Vertex v) {
        Coordinate[] line = part(parts, v);
        if (v.index() >= line.length) {
            throw new IllegalArgumentException("the line has " + line.length + " vertices, no vertex " + v.index());
        }
        return line[v.index()];
    }

    /** A geometry of {@code like}'s kind (point, line, lines) from these parts, in WGS84. */
    static Geometry build(Geometry like, List<Coordinate[]> parts) {
        if (like instanceof Point) {
            return GeoJsonCodec.WGS84.createPoint(parts.get(0)[0]);
        }
        if (like instanceof LineString) {
            return GeoJsonCodec.WGS84.createLineString(parts.get(0));
        }
        return GeoJsonCodec.WGS84.createMultiLineString(parts.stream()
                .map(GeoJsonCodec.WGS84::createLineString).toArray(LineString[]::new));
    }

    private static Coordinate plain(Coordinate c) {
        if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
            throw new IllegalArgumentException("a position needs finite longitude and latitude, not " + c.x + ", " + c.y);
        }
        return new Coordinate(c.x, c.y);
    }

    private static Coordinate[] copy(Coordinate[] cs) {
        Coordinate[] out = new Coordinate[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = new Coordinate(cs[i].x, cs[i].y);
        }
        return out;
    }
}
