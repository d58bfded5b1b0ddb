package org.linkatlas.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkatlas.App;
import org.linkatlas.edit.EditSession;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.Edits;
import org.linkatlas.edit.FieldJson;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.LocalText;
import org.linkatlas.model.RecordRef;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.storage.pg.ServerInit;
import org.linkatlas.sync.StoreSync;
import org.linkatlas.testing.FxThreadRobot;
import org.linkatlas.testing.TestPostgres;
import org.linkatlas.testing.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Synchronise in the real window under Monocle, two local stores against one real server: the window's own store
 * and a second planner's laptop (headless). The window hears the laptop's push (LISTEN/NOTIFY), offers to
 * synchronise, and the list on screen follows; the same field changed on both sides opens the conflict dialog,
 * whose choice is sent on the next sync and reaches the laptop; a viewer is told editing is off. Screenshots of
 * the conflict dialog in both languages go to target/screenshots (copied into docs/ by hand).
 */
class SyncWindowTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static ServerAddress editor;
    private static ServerAddress other;
    private static ServerAddress viewer;
    private static Path pgpass;
    private ServerAddress db;
    private Path bundled;
    @TempDir
    Path dir;
    final FxRobot robot = new FxThreadRobot();
    Application app;

    @BeforeAll
    static void logins() throws Exception {
        ServerAddress any = TestPostgres.newDatabase("syncwin_logins");
        try (PgStore admin = PgStore.connect(any, Optional.empty())) {
            ServerInit.run(admin, org.linkatlas.AppPaths.bundledStore());
        }
        editor = TestPostgres.newLogin(any, "lan_syncwin", "pw-lan", "link_atlas_editor");
        other = TestPostgres.newLogin(any, "hoa_syncwin", "pw-hoa", "link_atlas_editor");
        viewer = TestPostgres.newLogin(any, "xem_syncwin", "pw-xem", "link_atlas_viewer");
        pgpass = Files.createTempFile("pgpass", "");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(pgpass, "*:*:*:" + editor.user() + ":pw-lan\n*:*:*:" + other.user() + ":pw-hoa\n*:*:*:"
                + viewer.user() + ":pw-xem\n");
    }

    @AfterAll
    static void forgetThePasswordFile() throws Exception {
        if (pgpass != null) {
            Files.deleteIfExists(pgpass);
        }
    }

    @BeforeEach
    void start() throws Exception {
        bundled = WindowFixture.open(dir);
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        db = TestPostgres.newDatabase("syncwin");
        try (PgStore admin = PgStore.connect(db, Optional.empty())) {
            ServerInit.run(admin, bundled);
        }
    }

    @AfterEach
    void stop() throws Exception {
        WindowFixture.close(app);
        System.clearProperty("org.postgresql.pgpassfile");
        Locale.setDefault(Locale.ENGLISH);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private String text(String id) throws Exception {
        return fx(() -> robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }

    /** The note the window's list holds for a link now. */
    @SuppressWarnings("unchecked")
    private String shownNote(String linkId) throws Exception {
        return fx(() -> {
            TableView<Link> links = robot.lookup("#links").queryAs(TableView.class);
            return links.getItems().stream().filter(l -> l.id().equals(linkId)).findFirst()
                    .map(l -> l.stateNote() == null ? "" : String.valueOf(l.stateNote().en())).orElse("");
        });
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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !i.isDisable());
        WaitForAsyncUtils.asyncFx(i::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the window and connects it through File → Shared store… (the password from ~/.pgpass). */
    private void openAndConnect(ServerAddress who, String expected) throws Exception {
        app = WindowFixture.start(App.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#links").queryTableView().getItems().isEmpty());
        choose("menu-shared-store");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shared-host").tryQuery().isPresent());
        for (String[] f : new String[][] {{"#shared-host", who.host()}, {"#shared-port", Integer.toString(who.port())},
            {"#shared-database", db.database()}, {"#shared-user", who.user()}}) {
            fx(() -> {
                robot.lookup(f[0]).queryAs(TextField.class).setText(f[1]);
                return null;
            });
        }
        robot.clickOn("#shared-connect");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#shared-result").contains(expected));
        robot.clickOn("#shared-close");
    }

    /** A planner's saved edit of a link's note in a store file (what the window's Save writes). */
    private static void saveNote(Path store, String linkId, String note, String author) {
        try (Database d = Database.open(store)) {
            EditStore s = new EditStore(d, CLOCK);
            EditSession session = new EditSession(s.load().catalogue());
            session.execute(Edits.change(session.current(), new RecordRef("link", linkId),
                    Map.of("stateNote", FieldJson.local(LocalText.english(note)))));
            assertTrue(s.save(session, author, "note", true) instanceof EditStore.Saved);
        }
    }

    private StoreSync.Outcome laptopSyncs(Path laptop) {
        try (Database d = Database.open(laptop); PgStore s = PgStore.connect(other.withDatabase(db.database()), Optional.empty())) {
            return new StoreSync(s, new EditStore(d, CLOCK)).run();
        }
    }

    private String linkId(int i) {
        try (Database d = Database.open(bundled)) {
            Catalogue c = new EditStore(d, CLOCK).load().catalogue();
            return c.links().get(i).id();
        }
    }

    private static void snapshot(Node node, String name) throws Exception {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        var image = fx(() -> node.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    private long serverChangesets() throws Exception {
        try (Connection c = TestPostgres.connection(db); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM changeset")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "vi"})
    void theWindowHearsAPushFollowsItAndSettlesAConflictWithTheOtherLaptop(String language) throws Exception {
        Locale.setDefault(Locale.forLanguageTag(language));
        Path laptop = dir.resolve("hoa.sqlite");
        Files.copy(bundled, laptop, StandardCopyOption.REPLACE_EXISTING);
        String heard = linkId(0);
        String both = linkId(1);
        openAndConnect(editor, editor.user());

        saveNote(laptop, heard, "Hoa: the deck is poured", "Hoa");
        assertEquals(1, laptopSyncs(laptop).pushed().size());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#sync-offer").query().isVisible()));
        assertTrue(text("#store-status").contains(language.equals("vi") ? "1 thay đổi mới" : "1 new changeset from others"),
                text("#store-status"));
        snapshot(robot.lookup("#explorer").query(), "sync-offer-" + language + ".png");
        robot.clickOn("#sync-offer");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shownNote(heard).equals("Hoa: the deck is poured"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> robot.lookup("#sync-offer").query().isVisible()));
        assertTrue(text("#sync-report").contains(language.equals("vi") ? "đã nhận 1 bộ thay đổi" : "1 changeset received"),
                text("#sync-report"));

        // the same field on both sides: the window's store saved its own note, the laptop pushed first
        saveNote(WindowFixture.home(dir).resolve("link-atlas.sqlite"), both, "Lan: closed for repairs", "Lan");
        saveNote(laptop, both, "Hoa: open again", "Hoa");
        laptopSyncs(laptop);
        long before = serverChangesets();
        choose("menu-synchronise");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        snapshot(robot.lookup("#conflict-dialog").query(), "sync-conflict-" + language + ".png");
        assertEquals(before, serverChangesets(), "nothing of the window's changeset landed");
        assertEquals("Hoa: open again", shownNote(both), "until chosen, the other planner's value shows");
        String mine = fx(() -> robot.lookup("#conflict-mine-0").queryAs(RadioButton.class).getText());
        String theirs = fx(() -> robot.lookup("#conflict-theirs-0").queryAs(RadioButton.class).getText());
        assertTrue(mine.contains("Lan: closed for repairs"), mine);
        String field = language.equals("vi") ? "Ghi chú về hiện trạng" : "Note on the state";
        assertTrue(fx(() -> robot.lookup("#conflict-dialog").lookup(".label").queryAll().stream()
                .anyMatch(n -> field.equals(((Label) n).getText()))), "the field is named in the user's words");
        assertTrue(theirs.contains("Hoa: open again") && theirs.contains(other.user().isEmpty() ? "?" : "Hoa"), theirs);

        robot.clickOn("#conflict-settle"); // "mine" is chosen
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shownNote(both).equals("Lan: closed for repairs"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> serverChangesets() == before + 1);
        StoreSync.Outcome back = laptopSyncs(laptop);
        assertEquals(1, back.pulled().size());
        assertEquals("Lan: closed for repairs", back.catalogue().links().stream().filter(l -> l.id().equals(both))
                .findFirst().orElseThrow().stateNote().en());
    }

    /** The laptop's own save: a road drawn (as the Geometry menu does) or deleted. */
    private static void laptopRoad(Path laptop, boolean create) {
        try (Database d = Database.open(laptop)) {
            EditStore s = new EditStore(d, CLOCK);
            Catalogue c = s.load().catalogue();
            EditSession session = new EditSession(c);
            if (create) {
                var line = new org.locationtech.jts.geom.GeometryFactory().createLineString(new org.locationtech.jts.geom.Coordinate[] {
                    new org.locationtech.jts.geom.Coordinate(106.20, 21.28), new org.locationtech.jts.geom.Coordinate(106.23, 21.30)});
                session.execute(org.linkatlas.edit.geometry.GeometryEdits.createLink(session.current(), ROAD,
                        "Đường mới của Hoa", "Hoa's new road", org.linkatlas.model.LinkKind.ROAD,
                        org.linkatlas.model.PhysicalState.EXISTING, c.links().get(0).agreementIds(), line,
                        new org.linkatlas.edit.geometry.GeometryAccuracy(org.linkatlas.edit.geometry.GeometryMethod.SURVEYED, 0.05)));
            } else {
                session.execute(Edits.delete(session.current(), new RecordRef("link", ROAD)));
            }
            assertTrue(s.save(session, "Hoa", create ? "a new road" : "not a road", true) instanceof EditStore.Saved);
        }
    }

    static final String ROAD = "hoa-new-road";

    @SuppressWarnings("unchecked")
    private boolean listed(String linkId) throws Exception {
        return fx(() -> robot.lookup("#links").queryAs(TableView.class).getItems().stream()
                .anyMatch(l -> ((Link) l).id().equals(linkId)));
    }

    /**
     * The laptop deletes a road the window's planner changed: the dialog shows one row for the whole record, "changed:
     * the note" against "deleted", both choosable; English keeps mine (the road comes back whole, with my note),
     * Vietnamese takes theirs (the road is gone); either way the laptop ends where the window does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "vi"})
    void aDeleteAgainstMyChangeIsOfferedBothWaysAndSettled(String language) throws Exception {
        Locale.setDefault(Locale.forLanguageTag(language));
        Path laptop = dir.resolve("hoa.sqlite");
        Files.copy(bundled, laptop, StandardCopyOption.REPLACE_EXISTING);
        openAndConnect(editor, editor.user());
        laptopRoad(laptop, true);
        laptopSyncs(laptop);
        choose("menu-synchronise");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> listed(ROAD));
        saveNote(WindowFixture.home(dir).resolve("link-atlas.sqlite"), ROAD, "Lan: lorries still use it", "Lan");
        laptopRoad(laptop, false);
        laptopSyncs(laptop);
        long before = serverChangesets();

        choose("menu-synchronise");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        snapshot(robot.lookup("#conflict-dialog").query(), "sync-delete-conflict-" + language + ".png");
        assertEquals(before, serverChangesets(), "nothing of the window's changeset landed");
        RadioButton mine = fx(() -> robot.lookup("#conflict-mine-0").queryAs(RadioButton.class));
        RadioButton theirs = fx(() -> robot.lookup("#conflict-theirs-0").queryAs(RadioButton.class));
        boolean vi = language.equals("vi");
        assertEquals(vi ? "Đã sửa: Ghi chú về hiện trạng" : "Changed: Note on the state", fx(mine::getText));
        assertTrue(fx(theirs::getText).startsWith(vi ? "Đã xoá\n" : "Deleted\n"), fx(theirs::getText));
        String whole = vi ? "Toàn bộ bản ghi" : "The whole record";
        assertTrue(fx(() -> robot.lookup("#conflict-dialog").lookup(".label").queryAll().stream()
                .anyMatch(n -> whole.equals(((Label) n).getText()))), "the row is the whole record");
        assertTrue(fx(() -> robot.lookup("#conflict-dialog").lookup(".label").queryAll().stream()
                .anyMatch(n -> "Đường mới của Hoa".equals(((Label) n).getText()))), "the deleted road is named, not its id");
        assertTrue(fx(() -> !mine.isDisable() && !theirs.isDisable() && mine.isSelected()), "both choices are offered");

        if (vi) {
            robot.clickOn("#conflict-theirs-0");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(theirs::isSelected));
        }
        robot.clickOn("#conflict-settle");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> serverChangesets() == before + 1);
        if (vi) {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !listed(ROAD));
        } else {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shownNote(ROAD).equals("Lan: lorries still use it"));
        }
        StoreSync.Outcome back = laptopSyncs(laptop);
        assertEquals(1, back.pulled().size());
        assertTrue(back.openConflicts().isEmpty(), back.openConflicts().toString());
        assertEquals(!vi, back.catalogue().links().stream().anyMatch(l -> l.id().equals(ROAD)), "the laptop ends where the window does");
    }

    @Test
    void aViewerIsToldEditingIsOff() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        openAndConnect(viewer, "read only");
        choose("menu-edit-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#edit-alert").tryQuery().isPresent());
        String said = fx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#edit-alert").query()).getContentText());
        assertTrue(said.contains("may only read: editing is off"), said);
        assertTrue(item("menu-edit-discard").isDisable(), "no edit session was started");
    }
}
