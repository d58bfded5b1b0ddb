package org.linkatlas.basemap;

/** The bundled basemap files, one constant per file, in the order they are drawn. */
public enum BasemapLayer {
    SEA("sea_gshhg_full.geojson"),
    PROVINCES("provinces_odv63_clip.geojson"),
    DISTRICTS("districts_dvhcvn_clip.geojson"),
    RIVERS("rivers_gshhg_wdb2_clip.geojson"),
    RED_RIVER("rivers_ne10m_clip.geojson"),
    BORDER("intl_border_ne10m_clip.geojson"),
    ROUTES("routes_schematic.geojson"),
    PLACES("places_geonames_cities500_clip.geojson");

    private final String fileName;

    BasemapLayer(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
