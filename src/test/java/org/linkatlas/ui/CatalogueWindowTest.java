package org.linkatlas.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkatlas.App;
import org.linkatlas.model.Link;
import org.linkatlas.testing.FxThreadRobot;
import org.linkatlas.testing.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10 in the real window, in both languages: cầu Lại Xuân's details give its physical state and its
 * intervention with the stage reached, then its events in date order with their verbatim quotes. Each run
 * leaves a picture of the window in target/; docs/catalogue-*.png are made by {@link CatalogueScreenshots}.
 */
class CatalogueWindowTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxThreadRobot();
    Application app;

    @AfterEach
    void stop() throws Exception {
        WindowFixture.close(app);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|lai xuan|Bridge · being built · building reported slow (seed 001)|Progress (2 events)|Behind the schedule that was set.",
        "vi|lai xuan|Cầu · đang xây dựng · xây dựng: chậm so với tiến độ (nguồn 001)|Tiến độ (2 sự kiện)|Chậm so với tiến độ đề ra.",
        "en|ql37|Road · exists · widening the Chí Linh – Lục Nam – Kép section requested of Government of Viet Nam, Ministry of Transport (seed 003)|Progress (1 event)|Bắc Giang and Hải Dương ask together.",
        "vi|ql37|Đường bộ · hiện có · mở rộng đoạn Chí Linh – Lục Nam – Kép: đã đề nghị Chính phủ, Bộ Giao thông vận tải (nguồn 003)|Tiến độ (1 sự kiện)|Hai tỉnh Bắc Giang và Hải Dương cùng đề nghị.",
    })
    void detailsShowTheLifecycleAndTheEventsWithQuotes(String language, String search, String lifecycle,
                                                       String eventsTitle, String note) throws Exception {
        Locale.setDefault(Locale.forLanguageTag(language));
        WindowFixture.open(dir);
        app = WindowFixture.start(App.class);
        TableView<Link> table = robot.lookup("#links").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());

        robot.clickOn("#search").write(search).type(KeyCode.ENTER);
        // the details fill in after the search: wait for the link's own line, then read the rest
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#details-lifecycle").tryQuery()
                    .map(l -> ((Label) l).getText().endsWith(lifecycle)).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("details never said \"" + lifecycle + "\": "
                    + robot.lookup("#details-lifecycle").tryQuery().map(l -> ((Label) l).getText()).orElse("(none)"), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#events-title").queryAs(Label.class).getText().equals(eventsTitle));
        var notes = robot.lookup(".event-note").queryAllAs(Label.class);
        assertTrue(notes.stream().anyMatch(n -> n.getText().equals(note)), notes.toString());
        var quotes = robot.lookup(".quote").queryAllAs(Label.class);
        assertTrue(quotes.stream().anyMatch(q -> q.getText().contains(search.equals("ql37")
                ? "mở rộng Quốc lộ 37 đoạn Chí Linh - Lục Nam - Kép" : "chậm so với tiến độ đề ra")), "quoted verbatim");

        Path png = Path.of("target", "catalogue-" + search.replace(' ', '-') + "-" + language + ".png");
        Files.createDirectories(png.getParent());
        var image = snapshot();
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
    }

    private javafx.scene.image.WritableImage snapshot() throws Exception {
        var future = new java.util.concurrent.CompletableFuture<javafx.scene.image.WritableImage>();
        javafx.application.Platform.runLater(() -> future.complete(
                robot.listTargetWindows().get(0).getScene().snapshot(null)));
        return future.get(10, TimeUnit.SECONDS);
    }
}
