package org.linkatlas.map;

import java.util.List;

/**
 * What the edit layer draws, in lon/lat: the lines of the geometry being edited with their vertices, the line
 * being drawn with a rubber band to the pointer, the vertex under the pointer and the snap target. Immutable;
 * made on the JavaFX thread.
 *
 * @param lines    the edited geometry's lines (each an array of lon, lat pairs), or empty
 * @param drawing  the vertices drawn so far (lon, lat pairs), or empty
 * @param pointer  the pointer's position (lon, lat) for the rubber band, or null
 * @param hot      the vertex under the pointer or being dragged (lon, lat), or null
 * @param snap     the snap target (lon, lat), or null
 */
public record EditOverlay(List<double[]> lines, double[] drawing, double[] pointer, double[] hot, double[] snap) {
    public static final EditOverlay NONE = new EditOverlay(List.of(), new double[0], null, null, null);

    public EditOverlay {
        lines = List.copyOf(lines);
    }
}
