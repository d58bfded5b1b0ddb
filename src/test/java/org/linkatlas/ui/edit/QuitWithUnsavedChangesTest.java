package org.linkatlas.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.Link;
import org.linkatlas.testing.WindowFixture;
import org.linkatlas.ui.StoreService;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Quitting with unsaved edits, in the real window under Monocle: File → Quit and the window's close button both
 * ask Save / Discard / Cancel. Cancel keeps the window and the session (still dirty, undo still there); Save
 * writes the changes and closes; Discard closes and the store holds nothing of them. The question in Vietnamese.
 */
class QuitWithUnsavedChangesTest extends EditWindowCase {
    private void pressTheWindowsCloseButton() {
        w.robot.interact(() -> primary.fireEvent(new WindowEvent(primary, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private boolean showing() throws Exception {
        return EditWindow.fx(primary::isShowing);
    }

    @Test
    void cancelKeepsTheSessionThenSaveAndQuitWritesIt() throws Exception {
        w.open(primary);
        Messages en = new Messages(Locale.ENGLISH);
        Link bridge = w.select("cau-dong-viet");
        int eventsBefore = bridge.interventions().get(0).events().size();
        w.recordProgressWithTheLinksOwnQuote(bridge);

        w.fire(w.item(en.get("menu.quit"), true)); // File → Quit
        w.waitFor("#quit-unsaved");
        assertEquals(en.get("quit.unsaved.header"), EditWindow.fx(() -> w.robot.lookup("#quit-unsaved").queryAs(DialogPane.class).getHeaderText()));
        w.press("#quit-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !w.present("#quit-unsaved"));
        assertTrue(showing(), "Cancel keeps the window");
        assertFalse(EditWindow.fx(() -> w.item("menu-edit-save").isDisable()), "… and the unsaved session");
        assertFalse(EditWindow.fx(() -> w.item("menu-edit-undo").isDisable()), "… with its undo");

        pressTheWindowsCloseButton();
        w.waitFor("#quit-unsaved");
        w.press("#quit-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !showing());

        WindowFixture.close(w.app);
        w.app = null;
        Catalogue c = reopen(history -> assertEquals(1, history.size(), "one changeset saved"));
        assertEquals(eventsBefore + 1, intervention(c, bridge).events().size(), "the recorded progress is in the store");
    }

    @Test
    void discardInVietnameseQuitsAndKeepsNothing() throws Exception {
        w.open(primary);
        w.robot.clickOn("#menu-language").clickOn("Tiếng Việt");
        WaitForAsyncUtils.waitForFxEvents();
        Link bridge = w.select("cau-dong-viet");
        int eventsBefore = bridge.interventions().get(0).events().size();
        w.recordProgressWithTheLinksOwnQuote(bridge);

        pressTheWindowsCloseButton();
        w.waitFor("#quit-unsaved");
        Messages vi = new Messages(Locale.forLanguageTag("vi"));
        assertEquals(vi.get("quit.unsaved.header"), EditWindow.fx(() -> w.robot.lookup("#quit-unsaved").queryAs(DialogPane.class).getHeaderText()));
        assertTrue(w.present(".button"));
        EditWindow.snapshot(w.robot.lookup("#quit-unsaved").query(), "quit-unsaved-vi.png");
        w.press("#quit-discard");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !showing());

        WindowFixture.close(w.app);
        w.app = null;
        Catalogue c = reopen(history -> assertTrue(history.isEmpty(), "nothing saved"));
        assertEquals(eventsBefore, intervention(c, bridge).events().size());
    }

    private Catalogue reopen(java.util.function.Consumer<List<Changeset>> checkHistory) throws Exception {
        try (StoreService service = new StoreService(bundled, WindowFixture.home(dir))) {
            var loaded = assertInstanceOf(StoreService.Loaded.class, service.load().get(60, TimeUnit.SECONDS));
            checkHistory.accept(service.history(Optional.empty()).get(60, TimeUnit.SECONDS));
            return loaded.catalogue();
        }
    }

    private static Intervention intervention(Catalogue c, Link link) {
        String id = link.interventions().get(0).id();
        return c.interventions().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
