package org.linkatlas.route;

import java.util.Arrays;

/**
 * Growable arrays of primitives for building a routing network of hundreds of thousands of edges without a
 * boxed {@code Double} or {@code Integer} per vertex and edge. Confined to the thread building the network.
 */
final class GrowableArrays {
    private GrowableArrays() {
    }

    /** A growable {@code double[]}. */
    static final class Doubles {
        private double[] a = new double[16];
        private int size;

        void add(double v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[size++] = v;
        }

        double get(int i) {
            return a[i];
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }

    /** A growable {@code int[]}. */
    static final class Ints {
        private int[] a;
        private int size;

        Ints() {
            this(16);
        }

        Ints(int capacity) {
            a = new int[Math.max(1, capacity)];
        }

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[size++] = v;
        }

        int get(int i) {
            return a[i];
        }

        void set(int i, int v) {
            a[i] = v;
        }

        int size() {
            return size;
        }
    }
}
