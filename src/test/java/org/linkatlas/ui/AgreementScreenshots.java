package org.linkatlas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkatlas.App;
import org.linkatlas.model.Link;
import org.linkatlas.testing.FxThreadRobot;
import org.linkatlas.testing.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (no *Test name, so the suite skips it): makes docs/agreement-en.png and docs/agreement-vi.png, an
 * agreement chosen in the details (its links highlighted, its sheet button), in the real window under Monocle,
 * offline basemap. Run: {@code ./mvnw -o -q test -Dtest=AgreementScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AgreementScreenshots {
    @TempDir
    Path dir;
    final FxRobot robot = new FxThreadRobot();
    App app;

    @ParameterizedTest
    @ValueSource(strings = {"en", "vi"})
    void shoot(String lang) throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        WindowFixture.open(dir);
        Path home = Files.createDirectories(WindowFixture.home(dir));
        Files.writeString(home.resolve("settings.properties"), "language=" + lang + "\nwindow.width=1400\nwindow.height=900\n");
        app = (App) WindowFixture.start(() -> new App((owner, title, name, filter, patterns) -> null));
        TableView<Link> table = robot.lookup("#links").query();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        robot.clickOn("#search").write("dong viet").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".agreement-title").tryQuery().isPresent());
        Hyperlink title = robot.lookup(".agreement-title").query();
        robot.interact(title::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#details-agreement-sheet").tryQuery().isPresent());
        // the details scrolled to the agreement and its sheet button
        robot.interact(() -> {
            javafx.scene.Node button = robot.lookup("#details-agreement-sheet").query();
            javafx.scene.Node details = robot.lookup("#details").query();
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) details.getParent().getParent().getParent();
            double y = details.sceneToLocal(button.localToScene(0, 0)).getY();
            double extra = details.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, (y - 200) / extra)));
        });
        WaitForAsyncUtils.sleep(4, TimeUnit.SECONDS); // tiles of the offline basemap render in the background: a picture, not a test
        WaitForAsyncUtils.waitForFxEvents();
        Window w = robot.lookup("#details").query().getScene().getWindow();
        WritableImage img = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> w.getScene().snapshot(null));
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of("docs", "agreement-" + lang + ".png").toFile());
    }

    @AfterEach
    void stop() throws Exception {
        WindowFixture.close(app);
    }
}
