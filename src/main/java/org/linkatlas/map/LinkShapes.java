package org.linkatlas.map;

import java.util.ArrayList;
import java.util.List;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.model.Link;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The links prepared for drawing: each geometry projected once to Web Mercator world units, and an STRtree
 * over their envelopes for viewport culling and picking. Immutable once built; any thread.
 */
public final class LinkShapes {
    /** A link's parts in world units: {@code parts[i]} is x0,y0,x1,y1,… of one line (or one point). */
    public record Shape(Link link, double[][] parts, Envelope bounds) {
    }

    private final List<Shape> shapes = new ArrayList<>();
    private final STRtree index = new STRtree();

    public LinkShapes(List<Link> links) {
        for (Link l : links) {
            if (!l.located()) {
                continue; // location unknown: listed and searchable, never drawn
            }
            Shape s = project(l);
            shapes.add(s);
            index.insert(s.bounds(), s);
        }
        index.build();
    }

    public List<Shape> all() {
        return shapes;
    }

    /** Shapes whose bounds meet the box (world units). */
    @SuppressWarnings("unchecked")
    public List<Shape> query(double minX, double minY, double maxX, double maxY) {
        return index.query(new Envelope(minX, maxX, minY, maxY));
    }

    static Shape project(Link l) {
        Geometry g = l.geometry();
        double[][] parts = new double[g.getNumGeometries()][];
        Envelope box = new Envelope();
        for (int i = 0; i < parts.length; i++) {
            Geometry part = g.getGeometryN(i);
            Coordinate[] cs = part instanceof LineString line ? line.getCoordinates() : part.getCoordinates();
            double[] xy = new double[cs.length * 2];
            for (int j = 0; j < cs.length; j++) {
                xy[2 * j] = WebMercator.x(cs[j].x);
                xy[2 * j + 1] = WebMercator.y(cs[j].y);
                box.expandToInclude(xy[2 * j], xy[2 * j + 1]);
            }
            parts[i] = xy;
        }
        return new Shape(l, parts, box);
    }
}
