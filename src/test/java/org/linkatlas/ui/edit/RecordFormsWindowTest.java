package org.linkatlas.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.linkatlas.i18n.Messages;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The record forms in the real window under Monocle, through Edit → Records…: a party created, changed and
 * deleted, each step undone and redone from the Edit menu; a form with a required field left empty refused with
 * the reason and kept open; a commitment's vague deadline ("before 2026", year precision) entered as such and
 * read back in the form; deleting an agreement lists the commitments that name it first; a commitment deleted
 * and the delete undone. Both languages; pictures of the form in each.
 */
class RecordFormsWindowTest extends EditWindowCase {
    private void openRecords(String type) throws Exception {
        w.choose("menu-edit-records");
        w.waitFor("#records-list");
        ComboBox<String> t = w.robot.lookup("#records-type").queryComboBox();
        w.robot.interact(() -> t.setValue(type));
    }

    @SuppressWarnings("unchecked")
    private List<String> listed() throws Exception {
        ListView<Object> l = w.robot.lookup("#records-list").queryAs(ListView.class);
        return EditWindow.fx(() -> l.getItems().stream().map(Object::toString).toList());
    }

    private boolean listedStartsWith(String prefix) throws Exception {
        return listed().stream().anyMatch(s -> s.startsWith(prefix));
    }

    @SuppressWarnings("unchecked")
    private void selectListed(String id) throws Exception {
        waitListed(id + " — ", true); // the list is built off the JavaFX thread
        ListView<Object> l = w.robot.lookup("#records-list").queryAs(ListView.class);
        w.robot.interact(() -> l.getSelectionModel().select(l.getItems().stream()
                .filter(e -> e.toString().startsWith(id + " — ")).findFirst().orElseThrow()));
    }

    private void type(String id, String text) {
        w.robot.interact(() -> w.robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private <T> void pick(String id, T value) {
        ComboBox<T> box = w.robot.lookup(id).queryComboBox();
        w.robot.interact(() -> box.setValue(value));
    }

    private String text(String id) throws Exception {
        return EditWindow.fx(() -> w.robot.lookup(id).queryAs(TextField.class).getText());
    }

    private void undo() throws Exception {
        w.choose("menu-edit-undo");
    }

    private void redo() throws Exception {
        w.choose("menu-edit-redo");
    }

    private void waitListed(String prefix, boolean present) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> listedStartsWith(prefix) == present);
    }

    @Test
    void aPartyCreatedChangedAndDeletedWithUndo() throws Exception {
        w.open(primary);
        Messages en = new Messages(Locale.ENGLISH);
        openRecords("party");
        w.press("#records-new");
        w.waitFor("#form-nameVi");
        type("#form-id", "tinh-thu");
        type("#form-nameEn", "Test province");
        w.press("#form-ok"); // no Vietnamese name, no kind
        String error = EditWindow.fx(() -> w.robot.lookup("#form-error").queryAs(Label.class).getText());
        assertTrue(error.startsWith(en.get("form.error.required", "").replace(".", "").strip()), error);
        assertEquals("Test province", text("#form-nameEn"), "the form stays open with what was typed");
        type("#form-nameVi", "Tỉnh Thử");
        pick("#form-kind", "province");
        type("#form-province", "Thử");
        EditWindow.snapshot(w.robot.lookup("#record-form").query(), "form-party-en.png");
        w.press("#form-ok");
        waitListed("tinh-thu — Tỉnh Thử", true);
        undo();
        waitListed("tinh-thu", false);
        redo();
        waitListed("tinh-thu — Tỉnh Thử", true);

        selectListed("tinh-thu");
        w.press("#records-change");
        w.waitFor("#form-nameVi");
        assertEquals("Test province", text("#form-nameEn"), "the form shows the record as it is");
        type("#form-nameVi", "Tỉnh Thử Nghiệm");
        w.press("#form-ok");
        waitListed("tinh-thu — Tỉnh Thử Nghiệm", true);
        undo();
        waitListed("tinh-thu — Tỉnh Thử Nghiệm", false);
        waitListed("tinh-thu — Tỉnh Thử", true);
        redo();
        waitListed("tinh-thu — Tỉnh Thử Nghiệm", true);

        selectListed("tinh-thu");
        w.press("#records-delete");
        w.waitFor("#records-delete-confirm");
        assertEquals(en.get("records.delete.nothingDepends"),
                EditWindow.fx(() -> w.robot.lookup("#records-delete-confirm").queryAs(DialogPane.class).getContentText()));
        w.press("#records-delete-yes");
        waitListed("tinh-thu", false);
        undo();
        waitListed("tinh-thu — Tỉnh Thử Nghiệm", true);
    }

    @Test
    void aVagueDeadlineAndDeletesThatShowWhatDependsInVietnamese() throws Exception {
        w.open(primary);
        w.robot.clickOn("#menu-language").clickOn("Tiếng Việt");
        WaitForAsyncUtils.waitForFxEvents();
        Messages vi = new Messages(Locale.forLanguageTag("vi"));
        openRecords("commitment");
        selectListed("c-002-10");
        w.press("#records-change");
        w.waitFor("#form-deadline-text");
        assertEquals("", text("#form-deadline-text"), "no deadline yet");
        type("#form-deadline-text", "trước năm 2026");
        type("#form-deadline-value", "2025");
        pick("#form-deadline-precision", "year");
        pick("#form-deadline-relation", "before");
        EditWindow.snapshot(w.robot.lookup("#record-form").query(), "form-commitment-vi.png");
        w.press("#form-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !EditWindow.fx(() -> w.item("menu-edit-undo").isDisable()));

        w.press("#records-change"); // read back: the deadline stays as vague as it was given
        w.waitFor("#form-deadline-text");
        assertEquals("trước năm 2026", text("#form-deadline-text"));
        assertEquals("2025", text("#form-deadline-value"));
        assertEquals("before", EditWindow.fx(() -> w.robot.lookup("#form-deadline-relation").queryComboBox().getValue()));
        assertEquals("year", EditWindow.fx(() -> w.robot.lookup("#form-deadline-precision").queryComboBox().getValue()));
        closeForm();
        undo();
        w.press("#records-change");
        w.waitFor("#form-deadline-text");
        assertEquals("", text("#form-deadline-text"), "undone");
        closeForm();

        pick("#records-type", "agreement");
        selectListed("bbgn-bac-giang-thai-nguyen-2023");
        w.press("#records-delete");
        w.waitFor("#records-delete-confirm");
        String says = EditWindow.fx(() -> w.robot.lookup("#records-delete-confirm").queryAs(DialogPane.class).getContentText());
        assertTrue(says.startsWith(vi.get("records.delete.dependants")) && says.contains("c-002-10"), says);
        DialogPane confirm = w.robot.lookup("#records-delete-confirm").queryAs(DialogPane.class);
        w.robot.interact(() -> ((javafx.stage.Stage) confirm.getScene().getWindow()).close()); // not deleted
        waitListed("bbgn-bac-giang-thai-nguyen-2023", true);

        pick("#records-type", "commitment");
        selectListed("c-002-10");
        w.press("#records-delete");
        w.press("#records-delete-yes");
        waitListed("c-002-10", false);
        undo();
        waitListed("c-002-10", true);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !listed().isEmpty());
    }

    private void closeForm() throws Exception {
        DialogPane form = EditWindow.fx(() -> {
            javafx.scene.Node n = w.robot.lookup("#record-form").query();
            while (!(n instanceof DialogPane)) {
                n = n.getParent();
            }
            return (DialogPane) n;
        });
        w.robot.interact(() -> ((javafx.scene.control.Button) form.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !w.present("#record-form"));
    }
}
