package org.linkatlas.basemap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Picks, from the precise but unlabelled outer edges of a coverage, those that follow a coarse reference line:
 * the Natural Earth 1:10M border is kilometres off the government district polygons, which trace the real
 * border; the ODV province polygons say where Quảng Ninh (absent from the district file) meets its neighbours.
 * A segment follows the reference when its midpoint is within a distance of it, and not beyond one of its ends
 * (where a border meets the coast, the coast carries on close by). The edge of the data's box is no end (the
 * line goes on outside it), and the straight edges the clipping left on the polygons are never picked. Pure;
 * any thread.
 */
final class NearReference {
    /** Beyond a reference's end, only this close (degrees, about 300 m) still counts: ends rarely match exactly. */
    private static final double END_SLACK = 0.003;

    private NearReference() {
    }

    /** The candidate segments that follow the reference lines; {@code box}: the data's lon/lat extent. */
    static List<Coordinate[]> select(List<Coordinate[]> candidates, List<LineString> reference, double maxDistance,
            Envelope box) {
        return select(candidates, reference, maxDistance, box, null);
    }

    /** As {@link #select(List, List, double, Envelope)}, keeping only the segments {@code accept} accepts. */
    static List<Coordinate[]> select(List<Coordinate[]> candidates, List<LineString> reference, double maxDistance,
            Envelope box, Predicate<Coordinate[]> accept) {
        if (reference.isEmpty() || candidates.isEmpty()) {
            return List.of();
        }
        // Natural Earth cuts its border into pieces; only the ends of the whole line are ends.
        LineMerger merger = new LineMerger();
        merger.add(reference);
        @SuppressWarnings("unchecked")
        Collection<LineString> whole = merger.getMergedLineStrings();
        Geometry ref = GeoJsonFeatureReader.WGS84.createMultiLineString(whole.toArray(new LineString[0]));
        List<Coordinate> ends = new ArrayList<>();
        for (LineString l : whole) {
            for (Coordinate end : new Coordinate[] {l.getCoordinateN(0), l.getCoordinateN(l.getNumPoints() - 1)}) {
                if (!onEdge(end, box)) {
                    ends.add(end);
                }
            }
        }
        IndexedFacetDistance distance = new IndexedFacetDistance(ref);
        List<Coordinate[]> out = new ArrayList<>();
        for (Coordinate[] s : candidates) {
            if (onEdge(s[0], box) && onEdge(s[1], box)) {
                continue;
            }
            var mid = GeoJsonFeatureReader.WGS84.createPoint(new Coordinate((s[0].x + s[1].x) / 2, (s[0].y + s[1].y) / 2));
            Coordinate[] nearest = distance.nearestPoints(mid);
            double d = nearest[0].distance(nearest[1]);
            if (d <= maxDistance && (d <= END_SLACK || !isEnd(nearest[0], ends)) && (accept == null || accept.test(s))) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean onEdge(Coordinate c, Envelope box) {
        double eps = 1e-6;
        return Math.abs(c.x - box.getMinX()) < eps || Math.abs(c.x - box.getMaxX()) < eps
                || Math.abs(c.y - box.getMinY()) < eps || Math.abs(c.y - box.getMaxY()) < eps;
    }

    private static boolean isEnd(Coordinate c, List<Coordinate> ends) {
        for (Coordinate e : ends) {
            if (e.distance(c) < 1e-9) {
                return true;
            }
        }
        return false;
    }
}
