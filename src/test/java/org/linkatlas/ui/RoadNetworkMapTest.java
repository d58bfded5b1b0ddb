package org.linkatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.App;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.map.MapPane;
import org.linkatlas.map.RoadNetworkLayer;
import org.linkatlas.model.Link;
import org.linkatlas.testing.FxThreadRobot;
import org.linkatlas.testing.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A user's road network on the map, in the real window under Monocle: the GeoPackage fixture (three OSM-style
 * roads between Hiệp Hòa and Phổ Yên, made by ogr2ogr; see the fixture folder's README) imported, its roads seen
 * in the pixels of the layer under the links and its credit on the map's attribution line; back to the bundled
 * network, both gone.
 */
class RoadNetworkMapTest {
    /** A point on the fixture's "Fixture road A", between its vertices (105.98344, 21.35505) and (105.96, 21.37). */
    static final double ON_ROAD_LON = (105.98344 + 105.96) / 2;
    static final double ON_ROAD_LAT = (21.35505 + 21.37) / 2;
    /** About 2.5 km north-east of that road, where the fixture has none. */
    static final double OFF_ROAD_LON = 105.99;
    static final double OFF_ROAD_LAT = 21.385;

    @TempDir
    Path dir;
    final FxRobot robot = new FxThreadRobot();
    App app;

    @BeforeEach
    void start() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        WindowFixture.open(dir);
        app = (App) WindowFixture.start(() -> new App((owner, title, name, filter, patterns) -> null));
        TableView<Link> table = fx(() -> robot.lookup("#links").query());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> !table.getItems().isEmpty()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> app.routeViewModel().preparedProperty().get() != null));
    }

    @AfterEach
    void stop() throws Exception {
        WindowFixture.close(app);
    }

    private <T> T fx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }

    private MapPane map() {
        return fx(() -> robot.lookup((Node n) -> n instanceof MapPane).query());
    }

    private String attribution() {
        return fx(() -> robot.lookup("#attribution").queryAs(Label.class).getText());
    }

    /** The opacity of the road layer's own pixel at a lon/lat (0: nothing drawn there). */
    private double layerAlphaAt(MapPane map, double lon, double lat) {
        return fx(() -> {
            RoadNetworkLayer layer = map.roadNetwork();
            var v = map.links().viewport();
            Node canvas = layer.getChildrenUnmodifiable().get(0);
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            WritableImage img = canvas.snapshot(p, null);
            int x = (int) Math.round(v.screenX(WebMercator.x(lon)));
            int y = (int) Math.round(v.screenY(WebMercator.y(lat)));
            double most = 0; // the line is a few pixels wide: the most opaque pixel within 2 px
            for (int dx = -2; dx <= 2; dx++) {
                for (int dy = -2; dy <= 2; dy++) {
                    most = Math.max(most, img.getPixelReader().getColor(x + dx, y + dy).getOpacity());
                }
            }
            return most;
        });
    }

    private void showAt12(MapPane map) throws Exception {
        robot.interact(() -> map.show(ON_ROAD_LAT, ON_ROAD_LON, 12));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> map.links().viewport() != null
                && Math.abs(map.links().viewport().zoom() - 12) < 0.01
                && Math.abs(WebMercator.lon(map.links().viewport().worldX(map.links().viewport().width() / 2)) - ON_ROAD_LON) < 1e-3));
    }

    @Test
    void anImportedNetworkIsDrawnAndCreditedUntilTheBundledOneIsBack() throws Exception {
        MapPane map = map();
        showAt12(map);
        assertEquals(0, (int) fx(() -> map.roadNetwork().roadCount()), "the bundled network is not drawn by this layer");
        assertFalse(attribution().contains("Roads:"), attribution());
        assertEquals(0, layerAlphaAt(map, ON_ROAD_LON, ON_ROAD_LAT), 1e-9);

        Path gpkg = Path.of(getClass().getResource("/org/linkatlas/route/network/roads.gpkg").toURI());
        robot.interact(() -> app.routeViewModel().importNetwork(gpkg));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> map.roadNetwork().rasterCurrent()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, (int) fx(() -> map.roadNetwork().roadCount()), "the file's three roads (the footway is not a road)");
        assertEquals(3, (int) fx(() -> map.roadNetwork().drawnCount()), "all three are in view and drawn");
        assertTrue(attribution().contains("Roads: © OpenStreetMap contributors"), attribution());
        double on = layerAlphaAt(map, ON_ROAD_LON, ON_ROAD_LAT);
        assertTrue(on > 0.5, "the road is drawn where the file puts it: opacity " + on);
        assertEquals(0, layerAlphaAt(map, OFF_ROAD_LON, OFF_ROAD_LAT), 1e-9, "and nothing where it has no road");

        // panning draws the new view too (the image follows the map)
        robot.interact(() -> map.panBy(300, 0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> map.roadNetwork().rasterCurrent())
                && layerAlphaAt(map, ON_ROAD_LON, ON_ROAD_LAT) > 0.5);

        robot.interact(() -> app.routeViewModel().useBundledNetwork());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> app.routeViewModel().networkFileProperty().get() == null
                && map.roadNetwork().roadCount() == 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(attribution().contains("Roads:"), "the credit goes with the roads: " + attribution());
        assertFalse(attribution().contains(" ·  · "), attribution());
        assertEquals(0, layerAlphaAt(map, ON_ROAD_LON, ON_ROAD_LAT), 1e-9, "the roads are gone from the map");
    }
}
