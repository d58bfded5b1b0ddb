package org.linkatlas.ui.edit;

import org.linkatlas.testing.WindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.App;
import org.linkatlas.AppPaths;
import org.linkatlas.edit.SourceImporter;
import org.linkatlas.explore.Lifecycle;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Link;
import org.linkatlas.model.Seed;
import org.linkatlas.model.SourceDocument;
import org.linkatlas.testing.FxThreadRobot;
import org.linkatlas.ui.StoreService;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a planner does, in the real window under Monocle: an article (made by this test, imported into the
 * user's store as a .txt file) says cầu Đồng Việt opened; Edit → Record progress… on the bridge records it with
 * a quote from the article, the OVERDUE badge of its commitment goes, the event shows in the lifecycle; Save
 * writes it (the store read again afterwards has it); Undo brings the badge back, Redo takes it away. A quote
 * not in the source is refused in the dialog, which keeps what was typed. Screenshots of the dialog go to
 * target/screenshots (copied into docs/ by hand).
 */
class RecordProgressWindowTest {
    private static final String QUOTE = "Cầu Đồng Việt đã thông xe ngày 25/8/2024";

    @TempDir
    Path dir;
    final FxRobot robot = new FxThreadRobot();
    Application app;
    SourceDocument article;

    @BeforeEach
    void start() throws Exception {
        Path home = dir.resolve("home");
        Path txt = dir.resolve("bai-bao.txt");
        Files.writeString(txt, "Báo thử. " + QUOTE + ", sớm hơn kế hoạch.");
        try (StoreService service = new StoreService(AppPaths.bundledStore(), home)) {
            assertInstanceOf(StoreService.Loaded.class, service.load().get(60, TimeUnit.SECONDS));
            article = service.importSource(txt, new SourceImporter.Metadata("Cầu Đồng Việt thông xe", "Báo thử",
                    "25/8/2024", null, LocalDate.of(2026, 12, 1))).get(60, TimeUnit.SECONDS);
        }
        System.setProperty("linkatlas.home", home.toString());
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("linkatlas.home");
        Locale.setDefault(Locale.ENGLISH);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private TableView<Link> openOnTheBridge() throws Exception {
        app = WindowFixture.start(App.class);
        TableView<Link> table = robot.lookup("#links").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        Link bridge = fx(() -> table.getItems().stream().filter(l -> l.id().equals("cau-dong-viet")).findFirst().orElseThrow());
        robot.interact(() -> table.getSelectionModel().select(bridge));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> overdueBadges() > 0);
        return table;
    }

    private long overdueBadges() throws Exception {
        return fx(() -> robot.lookup(".commitment-overdue").queryAll().stream().filter(Node::isVisible).count());
    }

    private boolean detailsSay(String text) throws Exception {
        return fx(() -> robot.lookup("#details").queryAll().stream().flatMap(n -> robot.from(n).lookup(".label").queryAll().stream())
                .anyMatch(n -> ((Label) n).getText() != null && ((Label) n).getText().contains(text)));
    }

    private MenuItem item(String id) throws Exception {
        return fx(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            for (Menu m : bar.getMenus()) {
                for (MenuItem i : m.getItems()) {
                    if (id.equals(i.getId())) {
                        return i;
                    }
                }
            }
            throw new AssertionError("no menu item " + id);
        });
    }

    private void choose(String id) throws Exception {
        MenuItem i = item(id);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !i.isDisable());
        WaitForAsyncUtils.asyncFx(i::fire); // not interact: a dialog's showAndWait would hold it
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fillTheDialog(String quote) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#progress-quote").tryQuery().isPresent());
        ComboBox<Seed> source = robot.lookup("#progress-source").queryComboBox();
        robot.interact(() -> {
            source.getSelectionModel().select(source.getItems().stream()
                    .filter(s -> s.fileName().equals(article.id())).findFirst().orElseThrow());
            robot.lookup("#progress-date-text").queryAs(TextField.class).setText("25/8/2024");
            robot.lookup("#progress-date-value").queryAs(TextField.class).setText("2024-08-25");
            robot.lookup("#progress-quote").queryAs(TextArea.class).setText(quote);
            robot.lookup("#progress-note-vi").queryAs(TextField.class).setText("Cầu đã thông xe.");
            robot.lookup("#progress-note-en").queryAs(TextField.class).setText("The bridge opened to traffic.");
        });
    }

    private static void snapshot(Node node, String name) throws Exception {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        var image = fx(() -> node.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    @Test
    void recordCauDongVietOpenedWithAQuoteSaveUndoRedo() throws Exception {
        openOnTheBridge();
        Messages en = new Messages(Locale.ENGLISH);

        choose("menu-edit-progress");
        fillTheDialog("Cầu Đồng Việt đã thông xe ngày 26/8/2024"); // not what the article says
        robot.clickOn("#progress-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(en.get("progress.error.quote"), fx(() -> robot.lookup("#progress-error").queryAs(Label.class).getText()));
        assertTrue(robot.lookup("#progress-quote").tryQuery().isPresent(), "the dialog stays open");
        assertEquals("The bridge opened to traffic.", fx(() -> robot.lookup("#progress-note-en").queryAs(TextField.class).getText()));

        robot.interact(() -> robot.lookup("#progress-quote").queryAs(TextArea.class).setText(QUOTE));
        snapshot(robot.lookup("#progress-quote").query(), "edit-progress-en.png");
        robot.clickOn("#progress-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> overdueBadges() == 0);
        assertTrue(detailsSay(QUOTE), "the event and its quote are in the details");
        assertTrue(detailsSay(en.get("stage.done")));
        snapshot(robot.lookup("#explorer").query(), "edit-session-en.png");

        choose("menu-edit-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> item("menu-edit-save").isDisable() && !item("menu-edit-undo").isDisable());

        choose("menu-edit-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> overdueBadges() > 0);
        assertFalse(detailsSay(QUOTE));
        choose("menu-edit-redo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> overdueBadges() == 0);
        assertTrue(detailsSay(QUOTE));

        FxToolkit.cleanupApplication(app);
        app = null;
        FxToolkit.cleanupStages();
        try (StoreService service = new StoreService(AppPaths.bundledStore(), dir.resolve("home"))) {
            var loaded = assertInstanceOf(StoreService.Loaded.class, service.load().get(60, TimeUnit.SECONDS));
            var iv = loaded.catalogue().interventions().stream().filter(i -> i.id().equals("iv-cau-dong-viet-build")).findFirst().orElseThrow();
            assertEquals(QUOTE, iv.events().get(iv.events().size() - 1).source().quote(), "the save is in the store");
            assertFalse(new Lifecycle(loaded.catalogue(), en).overdue(iv, LocalDate.now()));
        }
    }

    @Test
    void theDialogInVietnamese() throws Exception {
        openOnTheBridge();
        robot.clickOn("#menu-language").clickOn("Tiếng Việt");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Link> table = robot.lookup("#links").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        Link bridge = fx(() -> table.getItems().stream().filter(l -> l.id().equals("cau-dong-viet")).findFirst().orElseThrow());
        robot.interact(() -> table.getSelectionModel().select(bridge));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> overdueBadges() > 0);
        choose("menu-edit-progress");
        fillTheDialog(QUOTE);
        Messages vi = new Messages(Locale.forLanguageTag("vi"));
        assertTrue(fx(() -> robot.lookup(".label").queryAll().stream()
                .anyMatch(n -> vi.get("progress.quote").equals(((Label) n).getText()))), "the dialog speaks Vietnamese");
        snapshot(robot.lookup("#progress-quote").query(), "edit-progress-vi.png");
        robot.clickOn("#progress-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> overdueBadges() == 0);
        snapshot(robot.lookup("#explorer").query(), "edit-session-vi.png");
    }
}
