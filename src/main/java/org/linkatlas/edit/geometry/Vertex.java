package org.linkatlas.edit.geometry;

/**
 * A vertex of a link's geometry: the line ({@code part}: 0 for a LineString or a Point, the n-th line of a
 * MultiLineString) and its position along it. Immutable.
 */
public record Vertex(int part, int index) {
    public Vertex {
        if (part < 0 || index < 0) {
            throw new IllegalArgumentException("no vertex " + part + "/" + index);
        }
    }

    public static Vertex of(int index) {
        return new Vertex(0, index);
    }
}
