package org.linkatlas.route;

import java.util.List;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Link;

/**
 * A route found by {@link RouteFinder}: its segments in order (consecutive edges of one link are one
 * segment), the total along the network, and the straight gaps between the two places and the nodes they
 * joined. {@code approximate} is true when any segment's geometry is approximate or schematic.
 */
public record Route(List<Segment> segments, double totalKm, double startGapKm, double endGapKm) {
    public Route {
        segments = List.copyOf(segments);
    }

    /** One link travelled, with the length of it the route uses (geodesic). */
    public record Segment(Link link, double km) {
        public boolean approximate() {
            return link.accuracy() != Accuracy.LOCATED;
        }
    }

    public boolean approximate() {
        return segments.stream().anyMatch(Segment::approximate);
    }
}
