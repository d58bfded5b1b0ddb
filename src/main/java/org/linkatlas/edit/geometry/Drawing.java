package org.linkatlas.edit.geometry;

import java.util.ArrayList;
import java.util.List;
import org.linkatlas.geo.GeodesicLength;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A line or point being drawn by clicks, before it becomes a command: the vertices so far and the geodesic
 * length they make, which the window shows as it grows. Immutable (each click gives a new drawing); any thread.
 */
public record Drawing(List<Coordinate> vertices, boolean point) {
    public Drawing {
        vertices = vertices.stream().map(c -> new Coordinate(c.x, c.y)).toList();
        if (point && vertices.size() > 1) {
            throw new IllegalArgumentException("a point has one position");
        }
    }

    public static Drawing ofLine() {
        return new Drawing(List.of(), false);
    }

    public static Drawing ofPoint() {
        return new Drawing(List.of(), true);
    }

    /** With {@code c} added; a click on the last vertex again adds nothing (no zero-length segment). */
    public Drawing add(Coordinate c) {
        if (point) {
            return new Drawing(List.of(c), true);
        }
        if (!vertices.isEmpty() && vertices.get(vertices.size() - 1).equals2D(c)) {
            return this;
        }
        List<Coordinate> out = new ArrayList<>(vertices);
        out.add(c);
        return new Drawing(out, false);
    }

    public Drawing withoutLast() {
        return vertices.isEmpty() ? this : new Drawing(vertices.subList(0, vertices.size() - 1), point);
    }

    /** Whether {@link #geometry} can be made: a point has its position, a line two vertices. */
    public boolean complete() {
        return vertices.size() >= (point ? 1 : 2);
    }

    /** The geodesic length so far (km), with {@code next} (the pointer's position) as a last vertex when given. */
    public double lengthKm(Coordinate next) {
        double m = 0;
        for (int i = 1; i < vertices.size(); i++) {
            m += GeodesicLength.metres(vertices.get(i - 1).x, vertices.get(i - 1).y, vertices.get(i).x, vertices.get(i).y);
        }
        if (next != null && !vertices.isEmpty() && !point) {
            Coordinate last = vertices.get(vertices.size() - 1);
            m += GeodesicLength.metres(last.x, last.y, next.x, next.y);
        }
        return m / 1000;
    }

    public Geometry geometry() {
        return GeometryShapes.of(vertices, point);
    }
}
