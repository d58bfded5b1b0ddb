package org.linkatlas.ui.sync;

import org.linkatlas.testing.WindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.App;
import org.linkatlas.AppPaths;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.storage.pg.ServerInit;
import org.linkatlas.testing.FxThreadRobot;
import org.linkatlas.testing.TestPostgres;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Shared store… in the real window under Monocle, against the real test server: a viewer connects with a
 * typed password, the status bar says read only, and hears another planner's push; a wrong password is named in
 * Vietnamese. Screenshots of the dialog go to target/screenshots (copied into docs/ by hand).
 */
class SharedStoreWindowTest {
    private static ServerAddress db;
    private static ServerAddress viewer;
    private static ServerAddress editor;

    @TempDir
    Path dir;
    final FxRobot robot = new FxThreadRobot();
    Application app;


    @BeforeAll
    static void anOfficeServer() {
        db = TestPostgres.newDatabase("window");
        try (PgStore admin = PgStore.connect(db, Optional.empty())) {
            ServerInit.run(admin, AppPaths.bundledStore());
        }
        viewer = TestPostgres.newLogin(db, "gis_window", "xem-pw", "link_atlas_viewer");
        editor = TestPostgres.newLogin(db, "lan_window", "lan-pw", "link_atlas_editor");
    }

    @BeforeEach
    void start() throws Exception {
        System.setProperty("linkatlas.home", dir.resolve("home").toString());
        // no password file: the dialog's password field is the way in
        System.setProperty("org.postgresql.pgpassfile", dir.resolve("no-pgpass").toString());
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("linkatlas.home");
        System.clearProperty("org.postgresql.pgpassfile");
        Locale.setDefault(Locale.ENGLISH);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private String text(String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private void openDialogAndFillIn(String menu, String item, ServerAddress who, String password) throws Exception {
        app = WindowFixture.start(App.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#links").queryTableView().getItems().isEmpty());
        robot.clickOn(menu).clickOn(item);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shared-host").tryQuery().isPresent());
        for (String[] f : new String[][] {{"#shared-host", who.host()}, {"#shared-port", Integer.toString(who.port())},
            {"#shared-database", who.database()}, {"#shared-user", who.user()}}) {
            fx(() -> {
                robot.lookup(f[0]).queryAs(TextField.class).setText(f[1]);
                return null;
            });
        }
        robot.clickOn("#shared-password").write(password);
        robot.clickOn("#shared-connect");
    }

    private static void snapshot(Node node, String name) throws Exception {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        var image = fx(() -> node.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    @Test
    void aViewerConnectsIsToldItIsReadOnlyAndHearsAnotherPlannersPush() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        openDialogAndFillIn("#menu-file", "Shared store…", viewer, "xem-pw");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#shared-result").contains("read only"));
        assertTrue(text("#shared-result").contains("as " + viewer.user()), text("#shared-result"));
        assertEquals("Shared store: " + db.database() + " on 127.0.0.1 as " + viewer.user() + " (read only)", text("#store-status"));
        assertTrue(fx(() -> robot.lookup("#shared-password").queryAs(TextField.class).getText().isEmpty()), "the password is not kept in the field");
        snapshot(robot.lookup("#shared-store-dialog").query(), "shared-store-en.png");

        // another planner's laptop saves an edit and synchronises it
        Path laptop = dir.resolve("lan.sqlite");
        Files.copy(AppPaths.bundledStore(), laptop);
        try (org.linkatlas.storage.Database d = org.linkatlas.storage.Database.open(laptop);
             PgStore other = PgStore.connect(editor, Optional.of("lan-pw".toCharArray()))) {
            org.linkatlas.edit.EditStore store = new org.linkatlas.edit.EditStore(d, java.time.Clock.systemUTC());
            org.linkatlas.edit.EditSession session = new org.linkatlas.edit.EditSession(store.load().catalogue());
            session.execute(org.linkatlas.edit.Edits.change(session.current(), new org.linkatlas.model.RecordRef("link", "cau-dong-viet"),
                    Map.of("stateNote", org.linkatlas.edit.FieldJson.local(org.linkatlas.model.LocalText.english("opened to traffic")))));
            assertTrue(store.save(session, "Lan", "opened", true) instanceof org.linkatlas.edit.EditStore.Saved);
            assertEquals(1, new org.linkatlas.sync.StoreSync(other, store).run().pushed().size());
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#store-status").contains("1 new changeset from others"));
        snapshot(robot.lookup("#explorer").query(), "shared-store-status-en.png");

        // the address is remembered for next time, the password is not
        robot.clickOn("#shared-close");
        FxToolkit.cleanupApplication(app);
        app = null;
        Path settings = dir.resolve("home").resolve("settings.properties");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(settings) && Files.readString(settings).contains("shared.user="));
        String saved = Files.readString(settings);
        assertTrue(saved.contains("shared.user=" + viewer.user()), saved);
        assertFalse(saved.contains("xem-pw"), saved);
    }

    @Test
    void aWrongPasswordIsNamedInVietnameseAndAskedAgain() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("vi"));
        openDialogAndFillIn("Tệp", "Kho dữ liệu chung…", viewer, "sai");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#shared-result").contains("yêu cầu mật khẩu"));
        assertTrue(text("#shared-result").contains("Hãy nhập mật khẩu"), text("#shared-result"));
        assertEquals("Kho dữ liệu: bản riêng trên máy này", text("#store-status"));
        snapshot(robot.lookup("#shared-store-dialog").query(), "shared-store-vi-wrong-password.png");
        Window main = fx(() -> robot.lookup("#explorer").query().getScene().getWindow());
        assertTrue(main.isShowing());
    }
}
