package org.linkatlas.route;

import java.util.ArrayList;
import java.util.List;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.model.Link;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * A chain of links the user picks on the map, summarised like a route: each link whole, in the order picked,
 * turned so that it starts at the end nearest the previous link. Where two consecutive links do not meet
 * (their nearest ends lie farther apart than the network's snapping tolerance) the gap is reported, never
 * bridged: a corridor says what the links are, not how to drive between them. Pure; any thread.
 *
 * @param route the links as segments with their whole geodesic lengths; the gaps are not in the total
 * @param gaps  where consecutive links do not meet
 */
public record Corridor(Route route, List<Gap> gaps) {
    public Corridor {
        gaps = List.copyOf(gaps);
    }

    /** Between the links numbered {@code after} and {@code after + 1} (0-based), {@code km} apart. */
    public record Gap(int after, double km) {
    }

    /** The corridor of {@code links} in this order; links met twice count once. */
    public static Corridor of(List<Link> links, double meetKm) {
        List<Route.Segment> segments = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        Coordinate last = null;
        double total = 0;
        List<String> seen = new ArrayList<>();
        for (Link l : links) {
            if (l.geometry() == null || seen.contains(l.id())) {
                continue;
            }
            seen.add(l.id());
            Geometry g = l.geometry();
            if (g instanceof LineString line && last != null) {
                Coordinate first = line.getCoordinateN(0);
                Coordinate lastOfLine = line.getCoordinateN(line.getNumPoints() - 1);
                if (metres(last, lastOfLine) < metres(last, first)) {
                    g = line.reverse();
                }
            }
            Coordinate head = g.getCoordinates()[0];
            if (last != null) {
                double gap = metres(last, head) / 1000;
                if (gap > meetKm) {
                    gaps.add(new Gap(segments.size() - 1, gap));
                }
            }
            double km = g instanceof LineString ? GeodesicLength.metres(g) / 1000 : 0;
            segments.add(new Route.Segment(l, km, g));
            total += km;
            Coordinate[] cs = g.getCoordinates();
            last = cs[cs.length - 1];
        }
        return new Corridor(new Route(segments, total, 0, 0), gaps);
    }

    private static double metres(Coordinate p, Coordinate q) {
        return GeodesicLength.metres(p.x, p.y, q.x, q.y);
    }
}
