package org.linkatlas.basemap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * The boundaries that the polygons of a coverage share, each drawn once. A ring segment is shared with
 * another polygon when that polygon has the identical segment, or, where the two were simplified separately
 * (between the provinces of the district file, typically), when its midpoint lies within a tolerance of the
 * other polygon's boundary; then only the lower-numbered polygon's version is kept, so a boundary never shows
 * twice. Segments with no neighbour are coastlines, borders with land outside the data, or the edge of the
 * clipping box: none of them is drawn as a shared line, but {@link #unshared} hands them out for matching
 * against a coarser reference line ({@link NearReference}). Immutable; any thread.
 */
final class SharedBoundaries {
    /** Lines shorter than this (degrees, about 300 m) that touch no other line are slivers, not boundaries. */
    private static final double SPECK = 0.003;

    /** Decides whether the boundary between polygons {@code a < b} is drawn. */
    interface PairFilter {
        boolean keep(int a, int b);
    }

    /**
     * @param tolerance in degrees: how far apart two polygons' versions of one boundary may be (the bundled files
     *     need about 0.0003°, 33 m; true coastlines are hundreds of metres from any neighbour)
     */
    static SharedBoundaries of(List<Geometry> polygons, double tolerance) {
        Map<Segment, int[]> owners = new HashMap<>();
        for (int i = 0; i < polygons.size(); i++) {
            for (Coordinate[] s : segments(polygons.get(i))) {
                int owner = i;
                int[] o = owners.computeIfAbsent(Segment.of(s[0], s[1]), k -> new int[] {owner, -1});
                if (o[0] != owner && o[1] < 0) {
                    o[1] = owner;
                }
            }
        }
        STRtree near = new STRtree();
        for (int i = 0; i < polygons.size(); i++) {
            near.insert(polygons.get(i).getEnvelopeInternal(), i);
        }
        near.build();
        Map<Integer, IndexedFacetDistance> boundaries = new HashMap<>();
        List<Owned> shared = new ArrayList<>();
        List<Owned> unshared = new ArrayList<>();
        for (int i = 0; i < polygons.size(); i++) {
            for (Coordinate[] s : segments(polygons.get(i))) {
                int[] o = owners.get(Segment.of(s[0], s[1]));
                if (o[1] >= 0) {
                    if (o[0] == i) { // the first owner emits an exact match
                        shared.add(new Owned(s, i, o[1]));
                    }
                    continue;
                }
                int partner = nearest(polygons, near, boundaries, i, s, tolerance);
                if (partner < 0) {
                    unshared.add(new Owned(s, i, -1));
                } else if (partner > i) { // the lower-numbered side draws a near match
                    shared.add(new Owned(s, i, partner));
                }
            }
        }
        return new SharedBoundaries(shared, unshared);
    }

    private final List<Owned> shared;
    private final List<Owned> unshared;

    private SharedBoundaries(List<Owned> shared, List<Owned> unshared) {
        this.shared = List.copyOf(shared);
        this.unshared = List.copyOf(unshared);
    }

    /** The shared boundaries the filter keeps, merged into lines as long as the network allows. */
    List<LineString> lines(PairFilter filter) {
        return merge(shared.stream().filter(s -> filter.keep(Math.min(s.owner, s.partner), Math.max(s.owner, s.partner)))
                .map(Owned::ends).toList());
    }

    /**
     * Segments merged into the longest lines their network allows, so that dash patterns run on. Specks, short
     * lines touching nothing (slivers where two polygons overlap by a few metres), are dropped.
     */
    static List<LineString> merge(List<Coordinate[]> segments) {
        LineMerger merger = new LineMerger();
        for (Coordinate[] s : segments) {
            merger.add(GeoJsonFeatureReader.WGS84.createLineString(s));
        }
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        Map<Coordinate, Integer> ends = new HashMap<>();
        for (LineString l : merged) {
            ends.merge(l.getStartPoint().getCoordinate(), 1, Integer::sum);
            ends.merge(l.getEndPoint().getCoordinate(), 1, Integer::sum);
        }
        List<LineString> out = new ArrayList<>();
        for (LineString l : merged) {
            boolean alone = !l.isClosed() && ends.get(l.getStartPoint().getCoordinate()) == 1
                    && ends.get(l.getEndPoint().getCoordinate()) == 1;
            if (!alone || l.getLength() >= SPECK) {
                out.add(l);
            }
        }
        return out;
    }

    /** The segments no other polygon shares (coast, box edge, borders with what is not in the data), by owner. */
    List<Coordinate[]> unshared(java.util.function.IntPredicate owner) {
        return unshared.stream().filter(s -> owner.test(s.owner)).map(Owned::ends).toList();
    }

    private static int nearest(List<Geometry> polygons, STRtree near, Map<Integer, IndexedFacetDistance> boundaries,
            int self, Coordinate[] s, double tolerance) {
        Coordinate mid = new Coordinate((s[0].x + s[1].x) / 2, (s[0].y + s[1].y) / 2);
        Envelope around = new Envelope(mid);
        around.expandBy(tolerance);
        int best = -1;
        double bestDistance = tolerance;
        for (Object item : near.query(around)) {
            int j = (Integer) item;
            if (j == self) {
                continue;
            }
            double d = boundaries.computeIfAbsent(j, k -> new IndexedFacetDistance(polygons.get(k).getBoundary()))
                    .distance(GeoJsonFeatureReader.WGS84.createPoint(mid));
            if (d <= bestDistance) {
                bestDistance = d;
                best = j;
            }
        }
        return best;
    }

    private static List<Coordinate[]> segments(Geometry g) {
        List<Coordinate[]> out = new ArrayList<>();
        for (int p = 0; p < g.getNumGeometries(); p++) {
            if (g.getGeometryN(p) instanceof Polygon poly) {
                addRing(out, poly.getExteriorRing());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    addRing(out, poly.getInteriorRingN(h));
                }
            }
        }
        return out;
    }

    private static void addRing(List<Coordinate[]> out, LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        for (int k = 1; k < cs.length; k++) {
            if (!cs[k - 1].equals2D(cs[k])) {
                out.add(new Coordinate[] {cs[k - 1], cs[k]});
            }
        }
    }

    /** A ring segment of polygon {@code owner}, and the polygon it borders (-1: none). */
    private record Owned(Coordinate[] ends, int owner, int partner) {
    }

    /** An undirected segment: its smaller end point (x, then y) first. */
    private record Segment(double ax, double ay, double bx, double by) {
        static Segment of(Coordinate a, Coordinate b) {
            return a.compareTo(b) <= 0 ? new Segment(a.x, a.y, b.x, b.y) : new Segment(b.x, b.y, a.x, a.y);
        }
    }
}
