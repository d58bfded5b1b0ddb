package org.linkatlas.edit.geometry;

import java.util.List;
import java.util.Optional;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.model.Link;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Snapping for drawing and vertex editing (issue 14): a position snaps, within a tolerance given in screen
 * pixels, first to the nearest vertex of another link (ends before inner vertices at equal distance) or of a base
 * road, else to the nearest point on a base road's line. A vertex snap returns the target's own coordinate, so
 * two links snapped together share it exactly. Distances are measured in Web Mercator world units scaled to
 * pixels by the map's zoom ({@code worldPixels} = 256·2^zoom), as the map draws them.
 *
 * <p>Built once per catalogue snapshot (STRtrees over the vertices and the road segments); then immutable, and
 * {@link #snap} may be called from any thread.
 */
public final class Snapping {
    private record VertexItem(double x, double y, Coordinate lonLat, String linkId, Vertex vertex, SnapTarget.Kind kind) {
    }

    private record SegmentItem(double x1, double y1, double x2, double y2, String roadId) {
    }

    private final STRtree vertices = new STRtree();
    private final STRtree segments = new STRtree();

    /**
     * @param links     the catalogue's links (their vertices are targets)
     * @param baseRoads the base road network's lines (vertices and lines are targets)
     */
    public Snapping(List<Link> links, List<Link> baseRoads) {
        for (Link l : links) {
            addVertices(l, false);
        }
        for (Link r : baseRoads) {
            addVertices(r, true);
            if (r.geometry() == null) {
                continue;
            }
            for (Coordinate[] part : GeometryShapes.parts(r.geometry())) {
                for (int i = 1; i < part.length; i++) {
                    SegmentItem s = new SegmentItem(WebMercator.x(part[i - 1].x), WebMercator.y(part[i - 1].y),
                            WebMercator.x(part[i].x), WebMercator.y(part[i].y), r.id());
                    segments.insert(new Envelope(s.x1, s.x2, s.y1, s.y2), s);
                }
            }
        }
        vertices.build();
        segments.build();
    }

    private void addVertices(Link l, boolean road) {
        if (l.geometry() == null || l.geometry().isEmpty()) {
            return;
        }
        List<Coordinate[]> parts;
        try {
            parts = GeometryShapes.parts(l.geometry());
        } catch (IllegalArgumentException e) {
            return;
        }
        for (int p = 0; p < parts.size(); p++) {
            Coordinate[] cs = parts.get(p);
            for (int i = 0; i < cs.length; i++) {
                boolean end = i == 0 || i == cs.length - 1;
                SnapTarget.Kind kind = road ? SnapTarget.Kind.ROAD_VERTEX : end ? SnapTarget.Kind.LINK_END : SnapTarget.Kind.LINK_VERTEX;
                double x = WebMercator.x(cs[i].x);
                double y = WebMercator.y(cs[i].y);
                vertices.insert(new Envelope(x, x, y, y), new VertexItem(x, y, cs[i], l.id(), new Vertex(p, i), kind));
            }
        }
    }

    /**
     * Where {@code lonLat} snaps to, or empty when nothing lies within {@code tolerancePx}.
     *
     * @param worldPixels   the map's size in pixels at its zoom (256·2^zoom)
     * @param tolerancePx   the tolerance in screen pixels (0 turns snapping off)
     * @param excludeLinkId the link being drawn or edited, whose own vertices are never targets; may be null
     */
    public Optional<SnapTarget> snap(Coordinate lonLat, double worldPixels, double tolerancePx, String excludeLinkId) {
        if (!(tolerancePx > 0) || !(worldPixels > 0) || !Double.isFinite(lonLat.x) || !Double.isFinite(lonLat.y)) {
            return Optional.empty();
        }
        double x = WebMercator.x(lonLat.x);
        double y = WebMercator.y(lonLat.y);
        double tol = tolerancePx / worldPixels;
        Envelope box = new Envelope(x - tol, x + tol, y - tol, y + tol);
        VertexItem best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (Object o : vertices.query(box)) {
            VertexItem v = (VertexItem) o;
            if (v.linkId.equals(excludeLinkId) && v.kind != SnapTarget.Kind.ROAD_VERTEX) {
                continue;
            }
            double d = Math.hypot(v.x - x, v.y - y);
            if (d <= tol && (d < bestD || d == bestD && rank(v.kind) < rank(best.kind))) {
                best = v;
                bestD = d;
            }
        }
        if (best != null) {
            return Optional.of(new SnapTarget(best.lonLat.copy(), best.kind, best.linkId, best.vertex, bestD * worldPixels));
        }
        SegmentItem bestS = null;
        double[] bestP = null;
        for (Object o : segments.query(box)) {
            SegmentItem s = (SegmentItem) o;
            double[] p = nearest(s, x, y);
            double d = Math.hypot(p[0] - x, p[1] - y);
            if (d <= tol && d < bestD) {
                bestS = s;
                bestP = p;
                bestD = d;
            }
        }
        if (bestS == null) {
            return Optional.empty();
        }
        Coordinate at = new Coordinate(WebMercator.lon(bestP[0]), WebMercator.lat(bestP[1]));
        return Optional.of(new SnapTarget(at, SnapTarget.Kind.ROAD_LINE, bestS.roadId, null, bestD * worldPixels));
    }

    /** The position itself, or the snapped one. */
    public Coordinate snapped(Coordinate lonLat, double worldPixels, double tolerancePx, String excludeLinkId) {
        return snap(lonLat, worldPixels, tolerancePx, excludeLinkId).map(SnapTarget::at).orElse(lonLat);
    }

    private static int rank(SnapTarget.Kind k) {
        return k.ordinal();
    }

    private static double[] nearest(SegmentItem s, double x, double y) {
        double dx = s.x2 - s.x1;
        double dy = s.y2 - s.y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - s.x1) * dx + (y - s.y1) * dy) / len2));
        return new double[] {s.x1 + t * dx, s.y1 + t * dy};
    }

    /** The number of vertex targets (for tests and the benchmark). */
    public int vertexCount() {
        return vertices.size();
    }

}
