package org.linkatlas.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.linkatlas.geo.WebMercator;

/**
 * The editing overlay above the links: the geometry being edited (line and vertex squares), the line being
 * drawn with its rubber band, the vertex under the pointer and the snap target (a ring). It draws only what the
 * {@link EditOverlay} holds (a few hundred vertices at most), so a frame while dragging costs little. JavaFX
 * thread only.
 */
public final class EditLayer extends CanvasLayer {
    static final Color LINE = Color.web("#d81b60");
    static final Color SNAP = Color.web("#00c853");
    private EditOverlay overlay = EditOverlay.NONE;
    private long paints;

    public void setOverlay(EditOverlay overlay) {
        this.overlay = overlay == null ? EditOverlay.NONE : overlay;
        markDirty();
    }

    public EditOverlay overlay() {
        return overlay;
    }

    /** How many frames it has drawn (tests wait on it). */
    public long paints() {
        return paints;
    }

    @Override
    protected void paint(double w, double h) {
        paints++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        EditOverlay o = overlay;
        if (o == EditOverlay.NONE) {
            return;
        }
        MapViewport v = computeViewport(w, h);
        g.setLineDashes((double[]) null);
        g.setStroke(LINE);
        g.setLineWidth(3);
        for (double[] line : o.lines()) {
            stroke(g, v, line);
            vertices(g, v, line);
        }
        if (o.drawing().length > 0) {
            stroke(g, v, o.drawing());
            vertices(g, v, o.drawing());
            if (o.pointer() != null) {
                g.setLineDashes(6, 4);
                g.setLineWidth(1.5);
                int n = o.drawing().length;
                stroke(g, v, new double[] {o.drawing()[n - 2], o.drawing()[n - 1], o.pointer()[0], o.pointer()[1]});
                g.setLineDashes((double[]) null);
            }
        }
        if (o.hot() != null) {
            g.setFill(LINE);
            double x = sx(v, o.hot()[0]);
            double y = sy(v, o.hot()[1]);
            g.fillRect(x - 6, y - 6, 12, 12);
        }
        if (o.snap() != null) {
            g.setStroke(SNAP);
            g.setLineWidth(3);
            double x = sx(v, o.snap()[0]);
            double y = sy(v, o.snap()[1]);
            g.strokeOval(x - 10, y - 10, 20, 20);
        }
    }

    private static void stroke(GraphicsContext g, MapViewport v, double[] lonLat) {
        g.beginPath();
        for (int i = 0; i + 1 < lonLat.length; i += 2) {
            double x = sx(v, lonLat[i]);
            double y = sy(v, lonLat[i + 1]);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }

    private static void vertices(GraphicsContext g, MapViewport v, double[] lonLat) {
        g.setFill(Color.WHITE);
        for (int i = 0; i + 1 < lonLat.length; i += 2) {
            double x = sx(v, lonLat[i]);
            double y = sy(v, lonLat[i + 1]);
            g.fillRect(x - 4, y - 4, 8, 8);
            g.strokeRect(x - 4, y - 4, 8, 8);
        }
    }

    static double sx(MapViewport v, double lon) {
        return v.screenX(WebMercator.x(lon));
    }

    static double sy(MapViewport v, double lat) {
        return v.screenY(WebMercator.y(lat));
    }
}
