package org.linkatlas.edit.geometry;

import org.locationtech.jts.geom.Coordinate;

/**
 * Where a dragged or clicked position snaps to: a vertex of another link (its coordinate exactly, so the two
 * links share it and routing joins them), a vertex of a base road, or the nearest point on a base road's line.
 * Immutable.
 *
 * @param at         the snapped position (lon/lat); for a vertex, equal to the vertex's coordinate
 * @param kind       what was snapped to
 * @param linkId     the link or base road whose vertex or line it is
 * @param vertex     the vertex snapped to, or {@code null} on a line
 * @param distancePx how far, in screen pixels, the position was from it
 */
public record SnapTarget(Coordinate at, Kind kind, String linkId, Vertex vertex, double distancePx) {
    public enum Kind {
        /** an end of another link */
        LINK_END,
        /** an inner vertex of another link */
        LINK_VERTEX,
        /** a vertex of the base road network */
        ROAD_VERTEX,
        /** a point on a base road's line between vertices */
        ROAD_LINE
    }
}
