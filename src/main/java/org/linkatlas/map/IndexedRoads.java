package org.linkatlas.map;

import java.util.List;
import java.util.function.Function;
import org.linkatlas.model.Link;

/**
 * The road network last indexed for drawing ({@link LinkShapes}: every line projected, an STRtree over them),
 * kept for the window's life: a map built anew for a language or basemap switch draws the network it already
 * indexed instead of indexing up to 200,000 lines again. Keyed by the list itself (the route view model keeps
 * one list for each network it read, so another list is another network); an empty list lets the last one go.
 * Any thread (the drawing threads of the old and the new map); one indexing at a time.
 */
final class IndexedRoads {
    static final IndexedRoads SHARED = new IndexedRoads(LinkShapes::new);

    private final Function<List<Link>, LinkShapes> index;
    private List<Link> roads; // guarded by this
    private LinkShapes shapes; // guarded by this

    IndexedRoads(Function<List<Link>, LinkShapes> index) {
        this.index = index;
    }

    /** The shapes of {@code roads}, indexed now only when they are not the list indexed last. */
    synchronized LinkShapes shapes(List<Link> roads) {
        if (roads != this.roads) {
            this.shapes = index.apply(roads);
            this.roads = roads;
        }
        return shapes;
    }

    /** Lets the last network go (it is no longer drawn). */
    synchronized void forget() {
        roads = null;
        shapes = null;
    }
}
