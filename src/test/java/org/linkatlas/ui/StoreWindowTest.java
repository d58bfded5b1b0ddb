package org.linkatlas.ui;

import org.linkatlas.testing.WindowFixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.App;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.files.InstanceLock;
import org.linkatlas.model.Link;
import org.linkatlas.storage.UserStore;
import org.linkatlas.testing.Fixtures;
import org.linkatlas.testing.FxThreadRobot;
import org.linkatlas.testing.ReadOnlyFiles;
import org.linkatlas.testing.StoreChild;
import org.linkatlas.testing.UnreadableFiles;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 11 in the real window: a second window on one folder, and a read-only folder, as a user meets them. */
class StoreWindowTest {
    @TempDir
    Path dir;
    Path home;
    final FxRobot robot = new FxThreadRobot();
    App app;
    InstanceLock otherWindow;
    Path readOnly;

    @BeforeEach
    void start() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Path bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), bundled);
        home = dir.resolve("home");
        System.setProperty("linkatlas.bundledStore", bundled.toString());
        System.setProperty("linkatlas.home", home.toString());
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        if (otherWindow != null) {
            otherWindow.close();
        }
        if (readOnly != null) {
            ReadOnlyFiles.undo(readOnly);
        }
        System.clearProperty("linkatlas.bundledStore");
        System.clearProperty("linkatlas.home");
    }

    /** How many links the bundled catalogue holds: the whole atlas a read-only window must show. */
    private static int bundledLinks() throws Exception {
        return new org.linkatlas.catalogue.CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir()).links().size();
    }

    private TableView<Link> waitForLinks() throws Exception {
        TableView<Link> table = robot.lookup("#links").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents(); // the rest of the same hand-over (the banner) is done too
        return table;
    }

    /**
     * With {@code -Dlinkatlas.shots=DIR} (for docs/), the scene as the user sees it, written as PNG. The machine's
     * Xvfb was too loaded to paint a real window in time; Monocle's software pipeline draws the same scene.
     */
    private void shot(javafx.scene.Scene scene, String name) throws Exception {
        String dirName = System.getProperty("linkatlas.shots");
        if (dirName == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(30, TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                Path.of(dirName).resolve(name).toFile());
    }

    private javafx.scene.Scene dialogScene() {
        return robot.lookup("#open-elsewhere").query().getScene();
    }

    private javafx.scene.Scene windowScene() {
        return robot.lookup("#store-banner").query().getScene();
    }

    @Test
    void theSecondWindowIsToldInVietnameseToo() throws Exception {
        Files.createDirectories(home);
        Files.copy(Path.of(System.getProperty("linkatlas.bundledStore")), home.resolve("link-atlas.sqlite"));
        Files.writeString(home.resolve("settings.properties"), "language=vi\n");
        otherWindow = InstanceLock.tryAcquire(home).lock();
        app = (App) WindowFixture.start(App.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#open-elsewhere").tryQuery().isPresent());
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().contains("Một cửa sổ Link Atlas khác đang dùng thư mục")).tryQuery().isPresent());
        shot(dialogScene(), "store-elsewhere-vi.png");
        robot.clickOn("Mở chỉ đọc");
        waitForLinks();
        assertTrue(bannerText().startsWith("Chỉ đọc: atlas đang mở trong một cửa sổ Link Atlas khác"), bannerText());
    }

    /** A broken install (no bundled catalogue, no store yet): what is missing, where, and what to do, in the window's language. */
    private void aMissingBundleIsSaidIn(String language, String dialogText, String statusText) throws Exception {
        Path missing = dir.resolve("nowhere").resolve("link-atlas.sqlite");
        System.setProperty("linkatlas.bundledStore", missing.toString());
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.properties"), "language=" + language + "\n");
        app = (App) WindowFixture.start(App.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#bundle-missing").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup("#bundle-missing").queryAs(javafx.scene.control.DialogPane.class);
        String content = WaitForAsyncUtils.waitForAsyncFx(5_000, pane::getContentText);
        assertTrue(content.startsWith(dialogText) && content.contains(missing.toString()), content);
        assertFalse(content.contains("bundled store is missing"), "not the English exception inside: " + content);
        String status = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> robot.lookup("#status").queryAs(Label.class).getText());
        assertTrue(status.startsWith(statusText), status);
        assertFalse(Files.exists(home.resolve("link-atlas.sqlite")), "no store was made");
    }

    @Test
    void aMissingBundleIsSaidInEnglish() throws Exception {
        aMissingBundleIsSaidIn("en", "The catalogue that comes with Link Atlas is missing:",
                "The store could not be opened: the catalogue that comes with Link Atlas is missing");
    }

    @Test
    void aMissingBundleIsSaidInVietnamese() throws Exception {
        aMissingBundleIsSaidIn("vi", "Không tìm thấy danh mục kèm theo Link Atlas:",
                "Không mở được kho dữ liệu: thiếu danh mục kèm theo Link Atlas");
    }

    private Node banner() {
        return robot.lookup("#store-banner").query();
    }

    private String bannerText() {
        return robot.lookup("#store-banner-text").queryAs(Label.class).getText();
    }

    @Test
    void aSecondWindowIsToldTheAtlasIsOpenElsewhereAndMayOpenItReadOnly() throws Exception {
        app = (App) WindowFixture.start(App.class); // the first window: makes the user's copy
        waitForLinks();
        assertFalse(banner().isVisible(), "the first window can write");
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        otherWindow = InstanceLock.tryAcquire(home).lock(); // another window now holds the folder
        assertTrue(otherWindow != null);

        app = (App) WindowFixture.start(App.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#open-elsewhere").tryQuery().isPresent());
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().contains("Another Link Atlas window is using your folder")).tryQuery().isPresent());
        shot(dialogScene(), "store-elsewhere-en.png");
        robot.clickOn("Open read-only");
        TableView<Link> table = waitForLinks();
        assertEquals(bundledLinks(), table.getItems().size(), "the whole atlas, read-only");
        assertTrue(banner().isVisible());
        assertTrue(bannerText().startsWith("Read-only: the atlas is open in another Link Atlas window"), bannerText());
        assertEquals(UserStore.ReadOnlyReason.OPEN_ELSEWHERE, app.readOnlyProperty().get().reason());
        awaitStoreStatus("Store: your own copy on this computer, read-only (open in another Link Atlas window)");

        robot.clickOn("#menu-language").clickOn("Tiếng Việt");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bannerText().startsWith("Chỉ đọc"));
    }

    @Test
    void aStoreInAReadOnlyFolderOpensWithABannerSayingWhy() throws Exception {
        app = (App) WindowFixture.start(App.class);
        waitForLinks();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(home.resolve("settings.properties")));
        readOnly = home;
        ReadOnlyFiles.make(home);

        app = (App) WindowFixture.start(App.class);
        TableView<Link> table = waitForLinks();
        assertEquals(bundledLinks(), table.getItems().size());
        assertTrue(banner().isVisible());
        assertTrue(bannerText().startsWith("Read-only: the folder " + home + " cannot be written"), bannerText());
        assertEquals(UserStore.ReadOnlyReason.FOLDER_NOT_WRITABLE, app.readOnlyProperty().get().reason());
        assertTrue(robot.lookup("Restore the bundled store").tryQuery().isEmpty(), "not called damaged");
        awaitStoreStatus("Store: your own copy on this computer, read-only (its folder cannot be written)");
        shot(windowScene(), "store-readonly-en.png");
        robot.clickOn("#menu-language").clickOn("Tiếng Việt");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bannerText().startsWith("Chỉ đọc: không ghi được vào thư mục"));
        awaitStoreStatus("Kho dữ liệu: bản riêng trên máy này, chỉ đọc (không ghi được vào thư mục chứa nó)");
        shot(windowScene(), "store-readonly-vi.png");
    }

    /** The status bar's store label reads {@code expected} (it comes in with the features, after the first frame). */
    private void awaitStoreStatus(String expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#store-status").tryQueryAs(Label.class)
                    .map(l -> expected.equals(l.getText())).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(expected, robot.lookup("#store-status").queryAs(Label.class).getText());
        }
    }

    @Test
    void journalFilesOfAnotherAccountAreNamedInTheWindowsLanguageAndNothingIsChanged() throws Exception {
        Files.createDirectories(home);
        Path store = home.resolve("link-atlas.sqlite");
        Files.copy(Path.of(System.getProperty("linkatlas.bundledStore")), store);
        org.linkatlas.storage.StoreJournals.journalsLeftBeside(store);
        Path wal = Path.of(store + "-wal");
        Path shm = Path.of(store + "-shm");
        byte[] storeBefore = Files.readAllBytes(store);
        byte[] walBefore = Files.readAllBytes(wal);
        try {
            UnreadableFiles.make(wal);
            UnreadableFiles.make(shm);
            // the real window in a JVM that cannot read them (see UnreadableFiles), in each language
            for (String lang : new String[] {"en", "vi"}) {
                Files.writeString(home.resolve("settings.properties"), "language=" + lang + "\n");
                var run = UnreadableFiles.java(wal, StoreChild.class.getName(), "window",
                        System.getProperty("linkatlas.bundledStore"), home.toString(), "journal-unreadable");
                assertEquals(0, run.code(), run.output());
                String out = run.output();
                assertFalse(out.contains("SQLITE") || out.contains("unable to open"), out);
                assertFalse(out.contains("Restore") || out.contains("Khôi phục"), "no restore offered: " + out);
                if (lang.equals("en")) {
                    assertTrue(out.contains("header: Link Atlas cannot open its store"), out);
                    assertTrue(out.contains("the journal files beside it (link-atlas.sqlite-wal, link-atlas.sqlite-shm)"
                            + " cannot be read by your account"), out);
                    assertTrue(out.contains("Nothing was changed. Do not delete them"), out);
                    assertTrue(out.contains("status: The store " + store + " cannot be opened"), out);
                    assertTrue(out.contains("buttons: [Close]"), out);
                } else {
                    assertTrue(out.contains("header: Link Atlas không mở được kho dữ liệu"), out);
                    assertTrue(out.contains("không đọc được các tệp nhật ký bên cạnh nó (link-atlas.sqlite-wal,"
                            + " link-atlas.sqlite-shm)"), out);
                    assertTrue(out.contains("Chưa có gì bị thay đổi."), out);
                    assertTrue(out.contains("status: Không mở được kho dữ liệu " + store), out);
                    assertTrue(out.contains("buttons: [Đóng]"), out);
                }
            }
        } finally {
            UnreadableFiles.undo(wal);
            UnreadableFiles.undo(shm);
        }
        assertArrayEquals(storeBefore, Files.readAllBytes(store), "the store as it was");
        assertArrayEquals(walBefore, Files.readAllBytes(wal), "the journal as it was");
    }

    @Test
    void anUnwritableDataFolderShowsTheBundledAtlasAndTheStatusBarSaysSo() throws Exception {
        Path share = Files.createDirectories(dir.resolve("share"));
        home = share.resolve("link-atlas"); // cannot be made: the window falls back to the bundled store
        System.setProperty("linkatlas.home", home.toString());
        readOnly = share;
        ReadOnlyFiles.make(share);
        app = (App) WindowFixture.start(App.class);
        TableView<Link> table = waitForLinks();
        assertEquals(bundledLinks(), table.getItems().size(), "the bundled atlas, not an empty window");
        assertEquals(UserStore.ReadOnlyReason.DATA_FOLDER_UNWRITABLE, app.readOnlyProperty().get().reason());
        awaitStoreStatus("Store: the bundled atlas, read-only (no copy of your own could be made)");
        robot.clickOn("#menu-language").clickOn("Tiếng Việt");
        awaitStoreStatus("Kho dữ liệu: bản atlas kèm theo, chỉ đọc (không tạo được bản sao riêng của bạn)");
    }
}
