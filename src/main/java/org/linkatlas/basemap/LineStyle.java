package org.linkatlas.basemap;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * How one kind of line looks at one zoom: colour, width and dash pattern in 256-tile pixels (a 512 px tile
 * doubles them). Immutable; any thread.
 */
record LineStyle(Color color, float width, float[] dash) {

    static LineStyle solid(Color color, double width) {
        return new LineStyle(color, (float) width, null);
    }

    static LineStyle dashed(Color color, double width, float... dash) {
        return new LineStyle(color, (float) width, dash);
    }

    boolean isDashed() {
        return dash != null;
    }

    double period() {
        double p = 0;
        for (float d : dash) {
            p += d;
        }
        return p;
    }

    /** The stroke, its dash pattern starting {@code phasePx} pixels into the pattern. */
    BasicStroke stroke(double phasePx) {
        if (dash == null) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash,
                (float) (phasePx % period()));
    }
}
