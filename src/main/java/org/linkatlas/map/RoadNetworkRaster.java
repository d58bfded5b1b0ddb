package org.linkatlas.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.RoadClass;

/**
 * Draws a user's road network with Java2D for {@link RoadNetworkLayer}: light brown-grey lines with a white
 * casing, widths by class (national, provincial, the rest), ferries dashed. Culled to the view through the
 * {@link LinkShapes} index; below zoom {@value #MINOR_ROADS_ZOOM} only national and provincial roads; a line under
 * half a pixel is skipped and vertices within 1.5 px of the previous one are dropped (as {@link LinkRaster} does).
 * Pure; any thread (it draws into the caller's graphics).
 */
public final class RoadNetworkRaster {
    /** Below this zoom only national and provincial roads are drawn (a whole network there is a grey smear). */
    public static final double MINOR_ROADS_ZOOM = 10;
    private static final Color CASING = new Color(1f, 1f, 1f, 0.75f);
    private static final Color LINE = new Color(0x8D, 0x6E, 0x63, 0xD0); // light brown-grey, under the links' colours
    private static final Color FERRY = new Color(0x54, 0x6E, 0x7A, 0xC0);

    private RoadNetworkRaster() {
    }

    /** Draws the roads in view into {@code g}, in the viewport's pixels; returns how many were drawn. */
    public static int draw(Graphics2D g, MapViewport v, LinkShapes shapes) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
        double margin = 8 / v.worldPx();
        double zoom = v.zoom();
        double minExtent = 0.5 / v.worldPx();
        Path2D.Double major = new Path2D.Double();
        Path2D.Double provincial = new Path2D.Double();
        Path2D.Double minor = new Path2D.Double();
        Path2D.Double ferries = new Path2D.Double();
        int n = 0;
        for (LinkShapes.Shape s : shapes.query(v.worldX(0) - margin, v.worldY(0) - margin,
                v.worldX(v.width()) + margin, v.worldY(v.height()) + margin)) {
            Link l = s.link();
            boolean national = l.roadClass() == RoadClass.NATIONAL || l.kind() == LinkKind.EXPRESSWAY;
            boolean prov = l.roadClass() == RoadClass.PROVINCIAL;
            if (!national && !prov && zoom < MINOR_ROADS_ZOOM) {
                continue;
            }
            if (s.bounds().getWidth() < minExtent && s.bounds().getHeight() < minExtent) {
                continue; // under half a pixel: nothing to see
            }
            Path2D.Double into = l.kind() == LinkKind.FERRY ? ferries : national ? major : prov ? provincial : minor;
            append(into, v, s);
            n++;
        }
        double k = zoom >= 12 ? 1.4 : zoom >= 10 ? 1.0 : 0.75;
        stroke(g, minor, 1.2 * k);
        stroke(g, provincial, 1.8 * k);
        stroke(g, major, 2.6 * k);
        g.setColor(FERRY);
        g.setStroke(new BasicStroke((float) (1.6 * k), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {6, 4}, 0));
        g.draw(ferries);
        return n;
    }

    private static void stroke(Graphics2D g, Path2D.Double path, double width) {
        g.setColor(CASING);
        g.setStroke(new BasicStroke((float) width + 2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setColor(LINE);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    private static void append(Path2D.Double p, MapViewport v, LinkShapes.Shape s) {
        for (double[] xy : s.parts()) {
            int n = xy.length / 2;
            double lastX = v.screenX(xy[0]);
            double lastY = v.screenY(xy[1]);
            p.moveTo(lastX, lastY);
            for (int i = 1; i < n; i++) {
                double x = v.screenX(xy[2 * i]);
                double y = v.screenY(xy[2 * i + 1]);
                if (i == n - 1 || Math.abs(x - lastX) >= 1.5 || Math.abs(y - lastY) >= 1.5) {
                    p.lineTo(x, y);
                    lastX = x;
                    lastY = y;
                }
            }
        }
    }

}
