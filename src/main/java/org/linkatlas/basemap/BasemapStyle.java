package org.linkatlas.basemap;

import java.awt.Color;

/**
 * The look of the offline basemap per zoom, in the calm colours of the OpenStreetMap standard style: beige land,
 * pale blue water, purple administrative lines, grey context roads. Sizes are in 256-tile pixels. A method
 * returns {@code null} where a layer is not drawn at that zoom. Stateless; any thread.
 */
final class BasemapStyle {
    static final Color LAND = new Color(0xf2efe9);
    /** Outside the data: neither land nor sea, a little greyer than land. */
    static final Color NO_DATA = new Color(0xe4e2de);
    static final Color WATER = new Color(0xaad3df);
    static final Color RIVER = new Color(0x9dcbe0);
    static final Color PROVINCE = new Color(0x9d86ad);
    static final Color PROVINCE_BAND = new Color(0x9d86ad & 0xffffff | 0x2e000000, true);
    static final Color DISTRICT = new Color(0xbcaec6);
    static final Color BORDER = new Color(0x8d5f8f);
    static final Color BORDER_BAND = new Color(0xcfb7d1 & 0xffffff | 0x99000000, true);
    static final Color ROAD = new Color(0xb9b3aa);
    static final Color EXPRESSWAY = new Color(0xa8a198);
    static final Color RAILWAY = new Color(0x9a958e);

    private BasemapStyle() {
    }

    /** Piecewise linear in zoom through the given (zoom, value) pairs, constant outside them. */
    static double ramp(int zoom, double... zoomValue) {
        if (zoom <= zoomValue[0]) {
            return zoomValue[1];
        }
        for (int i = 2; i < zoomValue.length; i += 2) {
            if (zoom <= zoomValue[i]) {
                double t = (zoom - zoomValue[i - 2]) / (zoomValue[i] - zoomValue[i - 2]);
                return zoomValue[i - 1] + t * (zoomValue[i + 1] - zoomValue[i - 1]);
            }
        }
        return zoomValue[zoomValue.length - 1];
    }

    static LineStyle province(int zoom) {
        if (zoom < 5) {
            return null;
        }
        double w = ramp(zoom, 6, 0.9, 9, 1.4, 13, 2.0);
        return LineStyle.dashed(PROVINCE, w, (float) (5 * w), (float) (1.8 * w), (float) (1.2 * w), (float) (1.8 * w));
    }

    static LineStyle provinceBand(int zoom) {
        return zoom < 8 ? null : LineStyle.solid(PROVINCE_BAND, ramp(zoom, 8, 3, 12, 6, 15, 8));
    }

    static LineStyle district(int zoom) {
        if (zoom < 9) {
            return null;
        }
        double w = ramp(zoom, 9, 0.6, 13, 1.0, 16, 1.3);
        return LineStyle.dashed(DISTRICT, w, (float) (4 * w + 1), (float) (2 * w + 1));
    }

    static LineStyle border(int zoom) {
        return zoom < 3 ? null : LineStyle.solid(BORDER, ramp(zoom, 4, 0.8, 8, 1.3, 12, 2.0));
    }

    static LineStyle borderBand(int zoom) {
        return zoom < 5 ? null : LineStyle.solid(BORDER_BAND, ramp(zoom, 5, 3, 9, 6, 13, 10));
    }

    /** Rivers: the Red River from z6, the GSHHG lines from z8 (their 1–3 km error would mislead earlier). */
    static LineStyle river(int zoom, boolean major) {
        if (zoom < (major ? 6 : 8)) {
            return null;
        }
        double w = major ? ramp(zoom, 6, 0.8, 10, 1.6, 14, 3.0) : ramp(zoom, 8, 0.7, 12, 1.3, 15, 2.2);
        return LineStyle.solid(RIVER, w);
    }

    /** Schematic roads and railways: thin, muted, context only (they are straight lines between towns). */
    static LineStyle route(int zoom, String kind) {
        if (zoom < 7) {
            return null;
        }
        return switch (kind) {
            case "railway" -> {
                double w = ramp(zoom, 7, 0.7, 12, 1.1, 15, 1.4);
                yield LineStyle.dashed(RAILWAY, w, (float) (3 * w + 1.5), (float) (2 * w + 1.5));
            }
            case "expressway" -> LineStyle.solid(EXPRESSWAY, ramp(zoom, 7, 0.8, 12, 1.5, 15, 2.0));
            default -> LineStyle.solid(ROAD, ramp(zoom, 7, 0.6, 12, 1.2, 15, 1.6));
        };
    }
}
