package org.linkatlas.route;

import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.RoadClass;

/**
 * The speeds a driving-time estimate assumes, per kind and road class (README, "Driving times"): planning
 * figures for a car, not measurements. Expressway 80 km/h; national road 50; provincial road 40; district,
 * urban and other roads 30; a bridge or tunnel as fast as the national road it usually carries (50); a ferry
 * counts 20 minutes per crossing (waiting and crossing) whatever its length. Pure; any thread.
 */
public final class RoadSpeeds {
    public static final double EXPRESSWAY = 80;
    public static final double NATIONAL = 50;
    public static final double PROVINCIAL = 40;
    public static final double OTHER = 30;
    public static final double BRIDGE = 50;
    public static final double FERRY_MINUTES = 20;

    private RoadSpeeds() {
    }

    /** km/h on this link; {@code NaN} for a ferry (a fixed time per crossing instead). */
    public static double kmh(Link l) {
        if (l.kind() == LinkKind.EXPRESSWAY) {
            return EXPRESSWAY;
        }
        if (l.kind() == LinkKind.FERRY) {
            return Double.NaN;
        }
        if (l.kind() == LinkKind.BRIDGE || l.kind() == LinkKind.TUNNEL) {
            return BRIDGE;
        }
        RoadClass c = l.roadClass();
        if (c == RoadClass.NATIONAL) {
            return NATIONAL;
        }
        if (c == RoadClass.PROVINCIAL) {
            return PROVINCIAL;
        }
        return OTHER;
    }

    /** Minutes to drive {@code km} of this link (a ferry: {@link #FERRY_MINUTES} for any part of it). */
    public static double minutes(Link l, double km) {
        if (l.kind() == LinkKind.FERRY) {
            return km > 0 ? FERRY_MINUTES : 0;
        }
        return km / kmh(l) * 60;
    }
}
