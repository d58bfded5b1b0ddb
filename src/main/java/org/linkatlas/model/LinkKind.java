package org.linkatlas.model;

/** What kind of connective infrastructure a link is. */
public enum LinkKind {
    ROAD, EXPRESSWAY, BRIDGE, RAILWAY, TUNNEL, WATERWAY, WHARF, SEAPORT, DRY_PORT, AIRPORT, BORDER_GATE, STATION, FERRY,
    /** a transport service that joins places (a fixed passenger route, a tourist circuit): no course of its own */
    SERVICE;

    /** Kinds drawn as a point symbol rather than a line. */
    public boolean isPointLike() {
        return switch (this) {
            case WHARF, SEAPORT, DRY_PORT, AIRPORT, BORDER_GATE, STATION -> true;
            default -> false;
        };
    }
}
