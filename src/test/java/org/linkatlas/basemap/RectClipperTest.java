package org.linkatlas.basemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RectClipperTest {

    private static double area(double[] xy) {
        double a = 0;
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            a += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
        }
        return Math.abs(a) / 2;
    }

    @Test
    void aSquareOverlappingACornerKeepsTheOverlap() {
        double[] square = {-10, -10, 10, -10, 10, 10, -10, 10};
        assertEquals(100, area(RectClipper.clip(square, 4, 0, 256)), 1e-9);
    }

    @Test
    void aRingInsideIsUnchanged() {
        double[] tri = {10, 10, 20, 10, 15, 20};
        assertArrayEquals(tri, RectClipper.clip(tri, 3, 0, 256));
    }

    @Test
    void aRingOutsideVanishes() {
        double[] tri = {300, 300, 400, 300, 350, 400};
        assertEquals(0, RectClipper.clip(tri, 3, 0, 256).length);
    }

    @Test
    void aConcaveRingAroundTheSquareKeepsItsArea() {
        // a U shape whose arms cross the square: only the parts inside remain
        double[] u = {-50, -50, 300, -50, 300, 300, 200, 300, 200, 50, 50, 50, 50, 300, -50, 300};
        assertEquals(256 * 256 - 150 * 206, area(RectClipper.clip(u, 8, 0, 256)), 1e-6);
    }
}
