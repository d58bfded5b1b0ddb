package org.linkatlas.catalogue;

/**
 * The attribution the catalogue's own geometry needs wherever links are shown (map, print, PDF): railways,
 * ferry landings and airports are drawn from OpenStreetMap data (ODbL 1.0, data/osm/links.geojson).
 * Constant; any thread.
 */
public final class LinkDataAttribution {
    public static final String TEXT = "Railways, ferry landings, airports © OpenStreetMap contributors";

    private LinkDataAttribution() {
    }

    /** {@code basemap} followed by the link data's attribution, once. */
    public static String with(String basemap) {
        if (basemap == null || basemap.isBlank()) {
            return TEXT;
        }
        return basemap.contains(TEXT) ? basemap : basemap + " · " + TEXT;
    }
}
