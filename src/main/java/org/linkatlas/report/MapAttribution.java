package org.linkatlas.report;

import org.linkatlas.basemap.OfflineBasemapRenderer;
import org.linkatlas.catalogue.LinkDataAttribution;
import org.linkatlas.i18n.Messages;

/**
 * The credit line under a map that shows the catalogue's links: the basemap's sources, then the OpenStreetMap
 * credit the links' own railways, ferry landings and airports need (ODbL), the offline basemap's words in the
 * output's language (the sources' names stay as they are). Pure; any thread.
 */
public final class MapAttribution {
    private MapAttribution() {
    }

    /** @param basemap the tile sources' attribution as they give it (English) */
    public static String of(String basemap, Messages m) {
        return localised(LinkDataAttribution.with(basemap), m);
    }

    /** The offline basemap's and the link data's fixed English credits, in {@code m}'s language. */
    public static String localised(String attribution, Messages m) {
        return attribution.replace(OfflineBasemapRenderer.ATTRIBUTION, m.get("attribution.offline"))
                .replace(LinkDataAttribution.TEXT, m.get("attribution.linkData"));
    }
}
