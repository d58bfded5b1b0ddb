package org.linkatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.model.Link;
import org.linkatlas.testing.Fixtures;

/** Picking and culling are plain geometry: tested without a window. */
class LinkRendererTest {
    private final List<Link> links = Fixtures.minimal().links();
    private final LinkShapes shapes = new LinkShapes(links);

    /** A viewport at zoom 12 centred on lon/lat. */
    private static MapViewport at(double lon, double lat) {
        double world = 256 * Math.pow(2, 12);
        return new MapViewport(world, 400 - WebMercator.x(lon) * world, 300 - WebMercator.y(lat) * world, 800, 600);
    }

    @Test
    void aClickOnTheLineWithinTolerancePicksIt() {
        MapViewport v = at(106.305, 21.105); // the bridge runs 106.30,21.10 → 106.31,21.11
        Link picked = LinkRenderer.pick(v, shapes, l -> true, 400, 300, 6);
        assertEquals("cau-thu", picked.id());
        assertNull(LinkRenderer.pick(v, shapes, l -> true, 400 + 40, 300, 6), "40 px away is a miss");
        assertNull(LinkRenderer.pick(v, shapes, l -> !l.id().equals("cau-thu"), 400, 300, 6), "hidden links are not picked");
    }

    @Test
    void theIndexCullsToTheViewport() {
        MapViewport v = at(106.305, 21.105);
        var inView = shapes.query(v.worldX(0), v.worldY(0), v.worldX(v.width()), v.worldY(v.height()));
        assertEquals(2, inView.size(), "the road passes through too");
        MapViewport far = at(107.5, 22.0);
        assertEquals(0, shapes.query(far.worldX(0), far.worldY(0), far.worldX(far.width()), far.worldY(far.height())).size());
    }

    @Test
    void viewportRoundTripsScreenAndWorld() {
        MapViewport v = at(106.3, 21.1);
        assertEquals(12.0, v.zoom(), 1e-9);
        assertEquals(123.0, v.screenX(v.worldX(123.0)), 1e-9);
        assertEquals(400.0, v.screenX(WebMercator.x(106.3)), 1e-6);
    }
}
