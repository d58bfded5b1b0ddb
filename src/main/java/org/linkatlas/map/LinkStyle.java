package org.linkatlas.map;

import javafx.scene.paint.Color;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;

/** Colours by status, widths and dashes by kind, and how accuracy shows. Pure; any thread. */
public final class LinkStyle {
    private LinkStyle() {
    }

    public static Color color(LinkStatus status) {
        return switch (status) {
            case EXISTING -> Color.web("#37474F");
            case UPGRADE -> Color.web("#00897B");
            case UNDER_CONSTRUCTION -> Color.web("#EF6C00");
            case PLANNED -> Color.web("#1E88E5");
            case PROPOSED -> Color.web("#8E24AA");
            case RESTORATION -> Color.web("#2E7D32");
            case TO_BE_REPLACED -> Color.web("#D32F2F");
        };
    }

    /** Line width in px at zoom 10; wider kinds read as more important. */
    public static double width(LinkKind kind, double zoom) {
        double base = switch (kind) {
            case EXPRESSWAY -> 5;
            case BRIDGE -> 6;
            case ROAD, RAILWAY -> 3;
            case TUNNEL, WATERWAY -> 3;
            default -> 2;
        };
        return base * Math.max(0.6, Math.min(1.6, 1 + (zoom - 10) * 0.1));
    }

    /** The kind's own dash pattern (tunnel dotted, waterway and ferry dashed), or null for solid. */
    public static double[] kindDashes(LinkKind kind) {
        return switch (kind) {
            case TUNNEL -> new double[] {2, 4};
            case WATERWAY -> new double[] {8, 4};
            case FERRY -> new double[] {5, 5};
            default -> null;
        };
    }

    /** Schematic lines are dashed and lighter: their course is not known. */
    public static double[] accuracyDashes(Accuracy accuracy) {
        return accuracy == Accuracy.SCHEMATIC ? new double[] {12, 6} : null;
    }

    public static double alpha(Accuracy accuracy) {
        return accuracy == Accuracy.SCHEMATIC ? 0.65 : 1.0;
    }

    public static final Color SELECTED = Color.web("#FFC107", 0.9);
    public static final Color HOVERED = Color.web("#FFE082", 0.8);
    public static final Color HIGHLIGHTED = Color.web("#00BCD4", 0.55);
    /** A route over today's links, on the map and in print. */
    public static final Color ROUTE_EXISTING = Color.web("#1565C0");
    /** A route with the planned links, on the map and in print (drawn dashed). */
    public static final Color ROUTE_WITH_PLANNED = Color.web("#C2185B");
    /** The same colour for Java2D (print maps, rasters). */
    public static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    public static final Color UNCERTAINTY = Color.web("#EF6C00", 0.10);
}
