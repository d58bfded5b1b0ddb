package org.linkatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.testing.Fixtures;

/** The background raster used for large networks draws what the canvas would, off the JavaFX thread. */
class LinkRasterTest {
    private final LinkShapes shapes = new LinkShapes(Fixtures.minimal().links());

    private static MapViewport at(double lon, double lat) {
        double world = 256 * Math.pow(2, 12);
        return new MapViewport(world, 200 - WebMercator.x(lon) * world, 150 - WebMercator.y(lat) * world, 400, 300);
    }

    private static int opaque(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) >>> 24) > 0) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void drawsTheVisibleLinksAndNothingElse() {
        MapViewport v = at(106.305, 21.105);
        BufferedImage all = LinkRaster.render(v, shapes, l -> true);
        assertEquals(400, all.getWidth());
        assertTrue((all.getRGB(200, 150) >>> 24) > 0, "the bridge crosses the centre");
        BufferedImage noBridge = LinkRaster.render(v, shapes, l -> !l.id().equals("cau-thu"));
        assertEquals(0, noBridge.getRGB(200, 150) >>> 24, "a filtered link is not drawn");
        assertTrue(opaque(noBridge) < opaque(all));
        assertEquals(0, opaque(LinkRaster.render(v, shapes, l -> false)));
    }

    @Test
    void aViewAwayFromTheLinksIsEmpty() {
        assertEquals(0, opaque(LinkRaster.render(at(107.9, 22.1), shapes, l -> true)));
    }
}
