package org.linkatlas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkatlas.App;
import org.linkatlas.map.MapPane;
import org.linkatlas.model.Link;
import org.linkatlas.testing.FxThreadRobot;
import org.linkatlas.testing.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (no *Test name, so the suite skips it): makes docs/route-network-en.png and -vi.png, the GeoPackage
 * fixture's roads (test roads between Hiệp Hòa and Phổ Yên, not real ones) imported and drawn under the links,
 * credited on the map's attribution line, in the real window under Monocle, offline basemap. Run:
 * {@code ./mvnw -o -q test -Dtest=RoadNetworkScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RoadNetworkScreenshots {
    @TempDir
    Path dir;
    final FxRobot robot = new FxThreadRobot();
    App app;

    @ParameterizedTest
    @ValueSource(strings = {"en", "vi"})
    void shoot(String lang) throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        WindowFixture.open(dir);
        Path home = WindowFixture.home(dir);
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.properties"), "language=" + lang + "\nwindow.width=1400\nwindow.height=900\n");
        app = (App) WindowFixture.start(() -> new App((owner, title, name, filter, patterns) -> null));
        TableView<Link> table = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> robot.lookup("#links").query());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        robot.clickOn((Node) WaitForAsyncUtils.waitForAsyncFx(10_000, () -> robot.lookup(lang.equals("vi") ? "Tuyến đường" : "Route").query()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> app.routeViewModel().preparedProperty().get() != null));
        Path gpkg = Path.of(getClass().getResource("/org/linkatlas/route/network/roads.gpkg").toURI());
        robot.interact(() -> app.routeViewModel().importNetwork(gpkg));
        MapPane map = WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.lookup((Node n) -> n instanceof MapPane).query());
        robot.interact(() -> map.show(21.385, 105.93, 12));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> map.roadNetwork().rasterCurrent()));
        WaitForAsyncUtils.sleep(4, TimeUnit.SECONDS); // tiles of the offline basemap render in the background: a picture, not a test
        WaitForAsyncUtils.waitForFxEvents();
        Window w = WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.lookup("#route-panel").query().getScene().getWindow());
        WritableImage img = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> w.getScene().snapshot(null));
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of("docs", "route-network-" + lang + ".png").toFile());
    }

    @AfterEach
    void stop() throws Exception {
        WindowFixture.close(app);
    }
}
