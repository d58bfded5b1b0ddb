package org.linkatlas.ui.edit;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.ui.Attachments;

/**
 * The Edit menu: Start editing (Ctrl+E), Save (Ctrl+S), Discard, Undo (Ctrl+Z), Redo (Ctrl+Shift+Z), each
 * enabled by the {@link EditViewModel}'s state. The window adds it with one line. JavaFX thread only.
 */
public final class EditMenu {
    private EditMenu() {
    }

    /**
     * @param shown     the catalogue the window shows (where a session starts)
     * @param onFailure shows a save that failed on the store thread
     */
    public static Menu build(EditViewModel vm, Messages messages, Supplier<Catalogue> shown, Consumer<Throwable> onFailure) {
        return build(vm, messages, shown, onFailure, new Attachments());
    }

    /** As above, the items' bindings to {@code vm} noted in {@code attached} (taken off when the view goes). */
    static Menu build(EditViewModel vm, Messages messages, Supplier<Catalogue> shown, Consumer<Throwable> onFailure,
                      Attachments attached) {
        Menu menu = new Menu(messages.get("menu.edit"));
        menu.setId("menu-edit");
        MenuItem start = item(messages, "menu.edit.start", "menu-edit-start", KeyCode.E, false, () -> vm.start(shown.get()));
        attached.bind(start.disableProperty(), vm.editingProperty());
        MenuItem save = item(messages, "menu.edit.save", "menu-edit-save", KeyCode.S, false,
                () -> vm.save("", false).exceptionally(e -> {
                    onFailure.accept(e);
                    return null;
                }));
        attached.bind(save.disableProperty(), vm.dirtyProperty().not().or(vm.savingProperty()));
        MenuItem discard = item(messages, "menu.edit.discard", "menu-edit-discard", null, false, vm::discard);
        attached.bind(discard.disableProperty(), vm.editingProperty().not().or(vm.savingProperty()));
        MenuItem undo = item(messages, "menu.edit.undo", "menu-edit-undo", KeyCode.Z, false, vm::undo);
        attached.bind(undo.disableProperty(), vm.canUndoProperty().not().or(vm.savingProperty()));
        MenuItem redo = item(messages, "menu.edit.redo", "menu-edit-redo", KeyCode.Z, true, vm::redo);
        attached.bind(redo.disableProperty(), vm.canRedoProperty().not().or(vm.savingProperty()));
        menu.getItems().addAll(start, save, discard, new SeparatorMenuItem(), undo, redo);
        return menu;
    }

    private static MenuItem item(Messages messages, String key, String id, KeyCode code, boolean shift, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        if (code != null) {
            item.setAccelerator(shift
                    ? new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                    : new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
