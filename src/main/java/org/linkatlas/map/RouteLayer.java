package org.linkatlas.map;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A route over the links: each course drawn as a wide line with a white casing, above the links layer, and
 * the two ends as dots. Fed lon/lat geometries; redrawn on every pan and zoom ({@link CanvasLayer}).
 * Mouse-transparent. JavaFX thread only.
 */
public final class RouteLayer extends CanvasLayer {
    /** One course to draw. */
    public record Course(Geometry lonLat, Color color, boolean dashed) {
    }

    private List<Course> courses = List.of();
    private List<Coordinate> ends = List.of();

    public RouteLayer() {
        setMouseTransparent(true);
    }

    /** @param ends the route's start and end, lon/lat; may be empty */
    public void show(List<Course> courses, List<Coordinate> ends) {
        this.courses = List.copyOf(courses);
        this.ends = List.copyOf(ends);
        markDirty();
    }

    public List<Course> courses() {
        return courses;
    }

    @Override
    protected void paint(double w, double h) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (Course c : courses) {
            stroke(g, c.lonLat(), Color.WHITE, 9, null);
            stroke(g, c.lonLat(), c.color(), 5, c.dashed() ? new double[] {12, 8} : null);
        }
        for (Coordinate e : ends) {
            Point2D p = getMapPoint(e.y, e.x);
            g.setFill(Color.WHITE);
            g.fillOval(p.getX() - 8, p.getY() - 8, 16, 16);
            g.setFill(Color.web("#212121"));
            g.fillOval(p.getX() - 5, p.getY() - 5, 10, 10);
        }
        g.setLineDashes((double[]) null);
    }

    private void stroke(GraphicsContext g, Geometry geometry, Color color, double width, double[] dashes) {
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Coordinate[] cs = geometry.getGeometryN(i).getCoordinates();
            g.beginPath();
            for (int j = 0; j < cs.length; j++) {
                Point2D p = getMapPoint(cs[j].y, cs[j].x);
                if (j == 0) {
                    g.moveTo(p.getX(), p.getY());
                } else {
                    g.lineTo(p.getX(), p.getY());
                }
            }
            g.stroke();
        }
    }
}
