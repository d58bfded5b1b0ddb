package org.linkatlas.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** Issue 11: the out-of-region message names coordinates readably, not "Env[2.35 : 2.36, 48.85 : 48.86]". */
class RegionMessageTest {
    @Test
    void anExtentReadsAsLongitudeAndLatitudeRanges() {
        assertEquals("(lon 2.35–2.36, lat 48.85–48.86)", CatalogueValidator.extent(new Envelope(2.35, 2.36, 48.85, 48.86)));
        assertEquals("(lon 2.2945, lat 48.8584)", CatalogueValidator.extent(new Envelope(2.2945, 2.2945, 48.8584, 48.8584)));
        assertEquals("(lon 104–109.5, lat 19.5–23.5)", CatalogueValidator.extent(CatalogueValidator.REGION));
    }
}
