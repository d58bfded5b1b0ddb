package org.linkatlas.route;

import java.util.List;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Link;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * A route found by {@link RouteFinder} or a corridor chained by {@link Corridor}: its segments in order
 * (consecutive edges of one link are one segment), the total along the network, and the straight gaps
 * between the two places and the points where they joined the network. {@code approximate} is true when any
 * segment's geometry is approximate or schematic. Immutable; any thread.
 */
public record Route(List<Segment> segments, double totalKm, double startGapKm, double endGapKm) {
    public Route {
        segments = List.copyOf(segments);
    }

    /**
     * One link travelled: the length of it the route uses (geodesic) and the course along it, lon/lat.
     * {@code line} is a LineString, or a Point for a point link in a corridor.
     */
    public record Segment(Link link, double km, Geometry line) {
        public boolean approximate() {
            return link.accuracy() != Accuracy.LOCATED;
        }

        /** A basemap road between the links the agreements name ({@link ContextRoads}). */
        public boolean context() {
            return ContextRoads.isContext(link);
        }
    }

    /** Estimated driving minutes along the network at {@link RoadSpeeds}; the gaps to the ends not counted. */
    public double minutes() {
        return segments.stream().mapToDouble(s -> RoadSpeeds.minutes(s.link(), s.km())).sum();
    }

    public boolean approximate() {
        return segments.stream().anyMatch(Segment::approximate);
    }

    /** The whole course, lon/lat, as one geometry (a MultiLineString of the segments' lines). */
    public Geometry line() {
        return GeoJsonCodec.WGS84.createMultiLineString(segments.stream().map(Segment::line)
                .filter(LineString.class::isInstance).map(LineString.class::cast).toArray(LineString[]::new));
    }
}
