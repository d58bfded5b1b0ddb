package org.linkatlas.route;

import org.linkatlas.model.Accuracy;
import org.locationtech.jts.geom.LineString;

/**
 * One line of a road network read from a file (the bundled base network or a user's import), before it
 * becomes a routable link: its OSM-style {@code highway} class (motorway, trunk, primary, secondary, tertiary,
 * their {@code _link} ramps, unclassified), {@code ref} ("QL18", "ĐT293"; may be empty), whether it is a bridge
 * or a ferry, how exact its course is, and where it comes from. Immutable; any thread.
 */
public record RoadLine(String id, String name, String ref, String highway, boolean bridge, boolean ferry,
                       Accuracy accuracy, String source, LineString line) {
    /** The highway classes a route may use, fastest first. */
    public static final java.util.List<String> CLASSES =
            java.util.List.of("motorway", "trunk", "primary", "secondary", "tertiary", "unclassified");

    /** The class without a {@code _link} suffix ("trunk_link" → "trunk"), or {@code null} when not a road class. */
    public static String roadClass(String highway) {
        if (highway == null) {
            return null;
        }
        String h = highway.endsWith("_link") ? highway.substring(0, highway.length() - 5) : highway;
        return CLASSES.contains(h) ? h : null;
    }

    /** What the route summary calls it: the ref and name when both are known, else the one there is. */
    public String label() {
        if (ref != null && !ref.isBlank() && name != null && !name.isBlank() && !name.contains(ref)) {
            return ref + " " + name;
        }
        if (name != null && !name.isBlank()) {
            return name;
        }
        return ref == null || ref.isBlank() ? highway : ref;
    }
}
