package org.linkatlas.basemap;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON feature of the basemap: a geometry in WGS84 lon/lat and its properties (text in NFC, numbers as
 * {@link Long} or {@link Double}). Immutable; any thread.
 */
public record BasemapFeature(Geometry geometry, Map<String, Object> properties) {

    public BasemapFeature {
        properties = Map.copyOf(properties);
    }

    /** The property as text, or {@code null} when it is absent or JSON null. */
    public String text(String key) {
        Object v = properties.get(key);
        return v == null ? null : v.toString();
    }

    /** The property as a number, or {@code fallback} when it is absent or not a number. */
    public double number(String key, double fallback) {
        return properties.get(key) instanceof Number n ? n.doubleValue() : fallback;
    }
}
