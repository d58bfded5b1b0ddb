package org.linkatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkatlas.model.Link;
import org.linkatlas.route.BaseNetwork;
import org.linkatlas.testing.Fixtures;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A user's road network is indexed for drawing once, however many maps draw it (a language or basemap switch
 * builds a new map with a new road layer): two layers in turn, as App's rebuild makes them, on the bundled
 * roads (data/network) standing in for an imported network, the indexing counted. Test thread; the layers are
 * made and read on the JavaFX thread (Monocle).
 */
class IndexedRoadsTest {
    private final AtomicInteger indexings = new AtomicInteger();
    private final IndexedRoads holder = new IndexedRoads(roads -> {
        indexings.incrementAndGet();
        return new LinkShapes(roads);
    });
    private RoadNetworkLayer old;
    private RoadNetworkLayer rebuilt;

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            for (RoadNetworkLayer l : new RoadNetworkLayer[] {old, rebuilt}) {
                if (l != null) {
                    l.close();
                }
            }
            return null;
        });
        FxToolkit.cleanupStages();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private void showAndWait(RoadNetworkLayer layer, List<Link> roads) throws Exception {
        fx(() -> {
            layer.show(roads);
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(layer::indexed));
    }

    @Test
    void aRebuiltMapDrawsTheNetworkIndexedBeforeAndAnotherNetworkIsIndexed() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<Link> network = BaseNetwork.bundled(Fixtures.dataDir().resolve("network")).roads();
        old = fx(() -> new RoadNetworkLayer(holder));
        showAndWait(old, network);
        assertEquals(1, indexings.get());

        fx(() -> {
            old.close(); // what App does with the old map
            rebuilt = new RoadNetworkLayer(holder);
            return null;
        });
        showAndWait(rebuilt, network);
        assertEquals(1, indexings.get(), "the rebuilt map's layer reuses the index");
        assertEquals(network.size(), (int) fx(rebuilt::roadCount));

        List<Link> another = List.copyOf(network.subList(0, network.size() / 2));
        showAndWait(rebuilt, another);
        assertEquals(2, indexings.get(), "another network is indexed");

        fx(() -> {
            rebuilt.show(List.of()); // the network no longer in use: let go
            return null;
        });
        showAndWait(rebuilt, another);
        assertEquals(3, indexings.get(), "a network let go is indexed again when shown again");
    }
}
