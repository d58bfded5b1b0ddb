package org.linkatlas.map;

/**
 * Where the mouse is on the map, for an editing tool: screen pixels on the map, lon/lat, the world's size in
 * pixels at this zoom (for tolerances in pixels), the click count and whether Shift is held. Immutable.
 */
public record MapPointer(double x, double y, double lon, double lat, double worldPx, int clicks, boolean shift) {
}
