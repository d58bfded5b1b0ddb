package org.linkatlas.basemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The items of one layer in a JTS STRtree keyed by their lon/lat envelope. The tree is built in the
 * constructor, so that concurrent queries only read it. A query returns the items in the order they were
 * given, whatever the tree's layout: neighbouring tiles then draw overlapping lines in the same order and
 * meet without a seam. Any thread.
 */
final class SpatialLayer<T> {
    private final STRtree tree = new STRtree();
    private final Map<T, Integer> order = new IdentityHashMap<>();
    private final List<T> items;

    SpatialLayer(List<T> items, Function<T, Envelope> envelope) {
        this.items = List.copyOf(items);
        for (T item : this.items) {
            order.put(item, order.size());
            tree.insert(envelope.apply(item), item);
        }
        tree.build();
    }

    List<T> query(Envelope lonLat) {
        List<T> hits = new ArrayList<>();
        tree.query(lonLat, item -> {
            @SuppressWarnings("unchecked")
            T t = (T) item;
            hits.add(t);
        });
        hits.sort(Comparator.comparingInt(order::get));
        return hits;
    }

    List<T> all() {
        return items;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }
}
