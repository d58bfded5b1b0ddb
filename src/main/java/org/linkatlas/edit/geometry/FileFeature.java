package org.linkatlas.edit.geometry;

import java.util.Map;
import org.linkatlas.geo.GeodesicLength;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a user's GeoJSON or GeoPackage file, offered as a link's new geometry: where it is in the file,
 * a label from its attributes (name, then ref, then id), and its geometry in WGS 84 lon/lat (2D; a Z or M value is
 * dropped). Immutable; any thread.
 *
 * @param layer  the GeoPackage table, or the file name for GeoJSON
 * @param number the feature's position in its layer, from 1
 */
public record FileFeature(String layer, int number, String label, Geometry geometry, Map<String, String> properties) {
    public FileFeature {
        properties = Map.copyOf(properties);
    }

    /** "roads #3 · ĐT 295 · LineString, 12.4 km" (km only for lines), for the chooser. */
    public String describe() {
        String kind = geometry.getGeometryType();
        String length = geometry.getDimension() == 1
                ? String.format(java.util.Locale.ROOT, ", %.1f km", GeodesicLength.metres(geometry) / 1000) : "";
        return layer + " #" + number + (label == null ? "" : " · " + label) + " · " + kind + length;
    }

    static String labelOf(Map<String, String> props) {
        for (String key : new String[] {"name", "name_vi", "ten", "ref", "id", "fid"}) {
            for (var e : props.entrySet()) {
                if (e.getKey().equalsIgnoreCase(key) && e.getValue() != null && !e.getValue().isBlank()) {
                    return e.getValue().strip();
                }
            }
        }
        return null;
    }
}
