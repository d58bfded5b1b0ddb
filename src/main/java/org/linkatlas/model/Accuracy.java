package org.linkatlas.model;

/**
 * How far a geometry can be trusted: {@code LOCATED} (position known to about a km), {@code APPROXIMATE}
 * (estimated from boundaries or rivers, several km), {@code SCHEMATIC} (straight segments between waypoints).
 */
public enum Accuracy {
    LOCATED, APPROXIMATE, SCHEMATIC
}
