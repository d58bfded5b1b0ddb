package org.linkatlas.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.Link;
import org.linkatlas.model.RecordRef;
import org.linkatlas.testing.WindowFixture;
import org.linkatlas.ui.StoreService;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The History view in the real window under Monocle: progress recorded on cầu Đồng Việt and saved with a comment
 * shows as a changeset (when, by whom, why) whose fields read before → after (the link's state planned/under
 * construction → existing, the new event); "Revert this changeset" writes a second changeset, and the OVERDUE
 * badge the progress had cleared is back in the main window. The store read afterwards holds both. The view in
 * Vietnamese. Screenshots in both languages go to target/screenshots (copied into docs/ by hand).
 */
class HistoryWindowTest extends EditWindowCase {
    @SuppressWarnings("unchecked")
    private List<String> column(String table, int row, int col) throws Exception {
        TableView<Object> t = w.robot.lookup(table).queryAs(TableView.class);
        return EditWindow.fx(() -> {
            TableColumn<Object, String> c = (TableColumn<Object, String>) t.getColumns().get(col);
            return row < 0 ? t.getItems().stream().map(i -> c.getCellObservableValue(i).getValue()).toList()
                    : List.of(c.getCellObservableValue(t.getItems().get(row)).getValue());
        });
    }

    private int rows(String table) throws Exception {
        TableView<?> t = w.robot.lookup(table).queryAs(TableView.class);
        return EditWindow.fx(() -> t.getItems().size());
    }

    @Test
    void whatChangedWhenByWhomAndWhyThenRevert() throws Exception {
        w.open(primary);
        Messages en = new Messages(Locale.ENGLISH);
        Link bridge = w.select("cau-dong-viet");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.overdueBadges() > 0);
        w.recordProgressWithTheLinksOwnQuote(bridge);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.overdueBadges() == 0);
        w.saveWithComment("cầu Đồng Việt opened");

        w.choose("menu-edit-history");
        w.waitFor("#history-changesets");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows("#history-changesets") == 1 && rows("#history-fields") > 0);
        assertEquals(List.of("cầu Đồng Việt opened"), column("#history-changesets", 0, 2), "why");
        assertEquals(List.of(System.getProperty("user.name", "")), column("#history-changesets", 0, 1), "by whom");
        List<String> records = column("#history-fields", -1, 0);
        List<String> fields = column("#history-fields", -1, 2);
        int state = fields.indexOf(en.get("field.state"));
        assertTrue(state >= 0, "the link's state is among the fields: " + fields);
        assertEquals(en.get("history.type.link") + " cau-dong-viet", records.get(state));
        assertEquals(en.get("state.existing"), column("#history-fields", -1, 4).get(state), "after, in the words the details use");
        assertTrue(records.stream().anyMatch(r -> r.startsWith(en.get("history.type.event"))), "the new event: " + records);
        EditWindow.snapshot(w.robot.lookup("#history").query(), "history-en.png");

        w.press("#history-revert");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows("#history-changesets") == 2);
        assertTrue(column("#history-changesets", 0, 2).get(0).startsWith(en.get("history.revertOf", "").strip()),
                "the newest is the revert: " + column("#history-changesets", 0, 2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.overdueBadges() > 0);
        assertTrue(EditWindow.fx(() -> w.robot.lookup("#history-status").queryAs(Label.class).getText()).length() > 0);

        WindowFixture.close(w.app);
        w.app = null;
        try (StoreService service = new StoreService(bundled, WindowFixture.home(dir))) {
            assertInstanceOf(StoreService.Loaded.class, service.load().get(60, TimeUnit.SECONDS));
            List<Changeset> log = service.history(Optional.of(new RecordRef("link", "cau-dong-viet"))).get(60, TimeUnit.SECONDS);
            assertEquals(2, log.size());
            assertEquals(log.get(0).id(), log.get(1).reverts(), "the revert is a changeset of its own, naming the one it undoes");
        }
    }

    @Test
    void theViewInVietnamese() throws Exception {
        w.open(primary);
        w.robot.clickOn("#menu-language").clickOn("Tiếng Việt");
        WaitForAsyncUtils.waitForFxEvents();
        Link bridge = w.select("cau-dong-viet");
        w.recordProgressWithTheLinksOwnQuote(bridge);
        w.saveWithComment("cầu Đồng Việt đã thông xe");
        w.choose("menu-edit-history");
        w.waitFor("#history-changesets");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows("#history-changesets") == 1 && rows("#history-fields") > 0);
        Messages vi = new Messages(Locale.forLanguageTag("vi"));
        TableView<?> t = w.robot.lookup("#history-changesets").queryAs(TableView.class);
        assertEquals(vi.get("history.why"), EditWindow.fx(() -> t.getColumns().get(2).getText()));
        assertTrue(column("#history-fields", -1, 1).contains(vi.get("history.op.create")));
        EditWindow.snapshot(w.robot.lookup("#history").query(), "history-vi.png");
    }

    @Test
    void aSaveMadeWhileTheViewIsOpenShowsInIt() throws Exception {
        w.open(primary);
        w.choose("menu-edit-history");
        w.waitFor("#history-changesets");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, rows("#history-changesets"), "nothing saved yet");
        Link bridge = w.select("cau-dong-viet");
        w.recordProgressWithTheLinksOwnQuote(bridge);
        w.choose("menu-edit-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows("#history-changesets") == 1 && rows("#history-fields") > 0);
        assertTrue(column("#history-fields", -1, 0).contains(new Messages(Locale.ENGLISH).get("history.type.link") + " cau-dong-viet"),
                "the saved changeset is shown with its fields: " + column("#history-fields", -1, 0));
        w.recordProgressWithTheLinksOwnQuote(w.select("cau-dong-viet"), "26/8/2024", "2024-08-26");
        w.choose("menu-edit-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows("#history-changesets") == 2);
    }
}
