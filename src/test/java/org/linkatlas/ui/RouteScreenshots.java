package org.linkatlas.ui;

import org.linkatlas.testing.WindowFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkatlas.App;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.model.Link;
import org.linkatlas.testing.Fixtures;
import org.linkatlas.testing.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (no *Test name, so the suite skips it): makes the README's screenshots docs/route-en.png and
 * docs/route-vi.png, Hiệp Hòa → Phổ Yên with both variants drawn, in the real window under Monocle, offline
 * basemap. Run: {@code ./mvnw -o -q test -Dtest=RouteScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RouteScreenshots {
    @TempDir
    Path dir;
    final FxRobot robot = new FxThreadRobot();
    App app;

    @ParameterizedTest
    @ValueSource(strings = {"en", "vi"})
    void shoot(String lang) throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Path bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), bundled);
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.properties"), "language=" + lang + "\nwindow.width=1400\nwindow.height=900\n");
        System.setProperty("linkatlas.bundledStore", bundled.toString());
        System.setProperty("linkatlas.home", home.toString());
        FxToolkit.registerPrimaryStage();
        app = (App) WindowFixture.start(() -> new App((owner, title, name, filter, patterns) -> null));
        TableView<Link> table = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> robot.lookup("#links").query());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        robot.clickOn((Node) WaitForAsyncUtils.waitForAsyncFx(10_000, () -> robot.lookup(lang.equals("vi") ? "Tuyến đường" : "Route").query()));
        Button find = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> robot.lookup("#route-find").query());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !find.isDisabled());
        robot.clickOn((Node) robot.lookup("#route-from").query()).write("hiep hoa").type(KeyCode.ESCAPE);
        robot.clickOn((Node) robot.lookup("#route-to").query()).write("pho yen").type(KeyCode.ESCAPE);
        robot.clickOn(find);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> robot.lookup("#route-summary-title").tryQuery().isPresent()));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !find.isDisabled());
        WaitForAsyncUtils.sleep(4, TimeUnit.SECONDS); // tiles of the offline basemap render in the background: a picture, not a test
        WaitForAsyncUtils.waitForFxEvents();
        Window w = WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.lookup("#route-panel").query().getScene().getWindow());
        WritableImage img = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> w.getScene().snapshot(null));
        Path out = Path.of("docs", "route-" + lang + ".png");
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.toFile());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("linkatlas.bundledStore");
        System.clearProperty("linkatlas.home");
    }
}
