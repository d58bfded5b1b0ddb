package org.linkatlas.basemap;

import java.util.Arrays;

/**
 * Sutherland–Hodgman clipping of a closed ring to the square [lo, hi]², in tile pixels. A concave ring may come
 * back with zero-width spurs along the square's edges; the tiles clip to a square larger than themselves, so
 * those lie outside the image and an even-odd fill stays exact inside it. Pure; any thread.
 */
final class RectClipper {
    private RectClipper() {
    }

    /** @return x0, y0, x1, y1 … of the clipped ring (not repeated at the end), possibly empty */
    static double[] clip(double[] xy, int n, double lo, double hi) {
        double[] out = Arrays.copyOf(xy, n * 2);
        int m = n;
        for (int edge = 0; edge < 4 && m > 0; edge++) {
            double[] next = new double[(m * 2 + 2) * 2];
            int k = 0;
            for (int i = 0; i < m; i++) {
                double ax = out[2 * ((i + m - 1) % m)];
                double ay = out[2 * ((i + m - 1) % m) + 1];
                double bx = out[2 * i];
                double by = out[2 * i + 1];
                boolean aIn = inside(edge, ax, ay, lo, hi);
                boolean bIn = inside(edge, bx, by, lo, hi);
                if (bIn) {
                    if (!aIn) {
                        k = cross(edge, ax, ay, bx, by, lo, hi, next, k);
                    }
                    next[k++] = bx;
                    next[k++] = by;
                } else if (aIn) {
                    k = cross(edge, ax, ay, bx, by, lo, hi, next, k);
                }
            }
            out = next;
            m = k / 2;
        }
        return Arrays.copyOf(out, m * 2);
    }

    private static boolean inside(int edge, double x, double y, double lo, double hi) {
        return switch (edge) {
            case 0 -> x >= lo;
            case 1 -> x <= hi;
            case 2 -> y >= lo;
            default -> y <= hi;
        };
    }

    private static int cross(int edge, double ax, double ay, double bx, double by, double lo, double hi, double[] to, int k) {
        double t;
        double x;
        double y;
        if (edge < 2) {
            x = edge == 0 ? lo : hi;
            t = (x - ax) / (bx - ax);
            y = ay + t * (by - ay);
        } else {
            y = edge == 2 ? lo : hi;
            t = (y - ay) / (by - ay);
            x = ax + t * (bx - ax);
        }
        to[k] = x;
        to[k + 1] = y;
        return k + 2;
    }
}
