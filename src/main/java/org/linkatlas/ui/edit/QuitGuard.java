package org.linkatlas.ui.edit;

import org.linkatlas.ui.DialogPlacement;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.linkatlas.i18n.Messages;

/**
 * Quitting with unsaved changes asks first: Save (then the window closes once the changes are in the store; a
 * save that is refused or fails keeps the window and the session), Discard (the changes go, the window closes)
 * or Cancel (nothing happens). Both ways of quitting come here: the window's close button sends a close request,
 * and File → Quit sends the same request through {@link #requestClose}. JavaFX thread only.
 */
public final class QuitGuard {
    private QuitGuard() {
    }

    /** Guards {@code stage}'s close requests; {@code messages} gives the language in use at the time. */
    public static void install(Stage stage, EditViewModel vm, Supplier<Messages> messages) {
        // one guard per stage: a stage that showed an earlier window (the tests reuse one) drops that window's guard
        Object earlier = stage.getProperties().get(QuitGuard.class);
        if (earlier instanceof javafx.event.EventHandler<?> h) {
            @SuppressWarnings("unchecked")
            javafx.event.EventHandler<WindowEvent> old = (javafx.event.EventHandler<WindowEvent>) h;
            stage.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, old);
        }
        javafx.event.EventHandler<WindowEvent> guard = e -> {
            if (!vm.hasUnsavedChanges() && !vm.savingProperty().get()) {
                return; // nothing to lose: the window closes
            }
            e.consume();
            ask(stage, vm, messages.get());
        };
        stage.getProperties().put(QuitGuard.class, guard);
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, guard);
    }

    /** What File → Quit does: the same close request as the window's close button. */
    public static void requestClose(Stage stage) {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private static void ask(Stage stage, EditViewModel vm, Messages messages) {
        Alert a = DialogPlacement.overOwner(new Alert(Alert.AlertType.CONFIRMATION));
        a.initOwner(stage);
        a.setTitle("Link Atlas");
        a.setHeaderText(messages.get("quit.unsaved.header"));
        a.setContentText(messages.get("quit.unsaved.body"));
        ButtonType save = new ButtonType(messages.get("quit.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("quit.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("quit.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(save, discard, cancel);
        a.getDialogPane().setId("quit-unsaved");
        a.getDialogPane().lookupButton(save).setId("quit-save");
        a.getDialogPane().lookupButton(discard).setId("quit-discard");
        a.getDialogPane().lookupButton(cancel).setId("quit-cancel");
        a.setOnHidden(e -> {
            ButtonType chosen = a.getResult();
            if (chosen == save) {
                if (vm.savingProperty().get()) {
                    return; // a save is under way: the user quits again once it is done
                }
                SaveFlow.save(vm, messages, () -> stage, "", stage::close);
            } else if (chosen == discard) {
                if (vm.editingProperty().get()) {
                    vm.discard();
                }
                stage.close();
            }
        });
        a.show();
    }
}
