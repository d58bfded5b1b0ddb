package org.linkatlas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkatlas.App;
import org.linkatlas.geo.WebMercator;
import org.linkatlas.map.MapPane;
import org.linkatlas.map.MapViewport;
import org.linkatlas.model.Link;
import org.linkatlas.testing.FxThreadRobot;
import org.linkatlas.testing.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (no *Test name, so the suite skips it): makes docs/catalogue-lai-xuan-*.png and
 * docs/catalogue-ql37-*.png, a link's lifecycle and its dated events with their quotes, the link brought into
 * view on the map, in the real window under Monocle, offline basemap. Run:
 * {@code ./mvnw -o -q test -Dtest=CatalogueScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CatalogueScreenshots {
    @TempDir
    Path dir;
    final FxRobot robot = new FxThreadRobot();
    App app;

    @ParameterizedTest
    @CsvSource({"en,lai xuan,cau-lai-xuan", "vi,lai xuan,cau-lai-xuan", "en,ql37,ql-37", "vi,ql37,ql-37"})
    void shoot(String lang, String search, String id) throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        WindowFixture.open(dir);
        Path home = Files.createDirectories(WindowFixture.home(dir));
        Files.writeString(home.resolve("settings.properties"), "language=" + lang + "\nwindow.width=1400\nwindow.height=900\n");
        app = (App) WindowFixture.start(() -> new App((owner, title, name, filter, patterns) -> null));
        TableView<Link> table = robot.lookup("#links").query();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        Link link = FxThreadRobot.onFx(() -> table.getItems().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow());
        robot.clickOn("#search").write(search).type(KeyCode.ENTER);
        robot.interact(() -> table.getSelectionModel().select(link));
        MapPane map = robot.lookup((Node n) -> n instanceof MapPane).query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxThreadRobot.onFx(() -> inView(map.links().viewport(), link)));
        WaitForAsyncUtils.sleep(5, TimeUnit.SECONDS); // tiles of the offline basemap render in the background: a picture, not a test
        WaitForAsyncUtils.waitForFxEvents();
        Window w = robot.lookup("#details").query().getScene().getWindow();
        WritableImage img = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> w.getScene().snapshot(null));
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png",
                Path.of("docs", "catalogue-" + search.replace(' ', '-') + "-" + lang + ".png").toFile());
    }

    private static boolean inView(MapViewport v, Link l) {
        if (v == null) {
            return false;
        }
        var e = l.geometry().getEnvelopeInternal();
        return v.screenX(WebMercator.x(e.getMinX())) >= 0 && v.screenY(WebMercator.y(e.getMaxY())) >= 0
                && v.screenX(WebMercator.x(e.getMaxX())) <= v.width() && v.screenY(WebMercator.y(e.getMinY())) <= v.height();
    }

    @AfterEach
    void stop() throws Exception {
        WindowFixture.close(app);
    }
}
