package org.linkatlas.ui.edit;

import org.linkatlas.ui.DialogPlacement;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.Issue;
import org.linkatlas.edit.ValidationReport;
import org.linkatlas.i18n.Messages;

/**
 * A save as the user sees it: the session is validated and written on the store thread; errors are shown (the
 * session keeps every change), warnings are shown and can be accepted ("Save anyway"), a failure is shown.
 * {@code afterSaved} runs when the changes are in the store (or there was nothing to save). Used by Save and by
 * the quit question. JavaFX thread only; nothing here waits on the store.
 */
final class SaveFlow {
    private SaveFlow() {
    }

    static void save(EditViewModel vm, Messages messages, Supplier<Window> owner, String comment, Runnable afterSaved) {
        run(vm, messages, owner, comment, false, afterSaved);
    }

    private static void run(EditViewModel vm, Messages messages, Supplier<Window> owner, String comment,
                            boolean acceptWarnings, Runnable afterSaved) {
        vm.save(comment, acceptWarnings).whenComplete((result, failure) -> {
            if (failure != null) {
                show(owner, Alert.AlertType.ERROR, messages.get("edit.saveFailed", String.valueOf(failure.getMessage())), null);
            } else if (result instanceof EditStore.Saved || result instanceof EditStore.NothingToSave) {
                afterSaved.run();
            } else if (result instanceof EditStore.Blocked blocked) {
                show(owner, Alert.AlertType.ERROR, messages.get("edit.blocked"), list(blocked.report(), messages));
            } else if (result instanceof EditStore.NeedsConfirmation ask) {
                Alert a = alert(owner, Alert.AlertType.WARNING, messages.get("edit.warnings"), list(ask.report(), messages));
                ButtonType anyway = new ButtonType(messages.get("edit.saveAnyway"), ButtonBar.ButtonData.OK_DONE);
                ButtonType back = new ButtonType(messages.get("edit.backToEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
                a.getButtonTypes().setAll(anyway, back);
                a.getDialogPane().lookupButton(anyway).setId("edit-save-anyway");
                a.setOnHidden(e -> {
                    if (a.getResult() == anyway) {
                        run(vm, messages, owner, comment, true, afterSaved);
                    }
                });
                a.show();
            } else if (result instanceof EditStore.Conflicting conflicting) {
                show(owner, Alert.AlertType.ERROR, messages.get("edit.conflicting"), conflicting.conflicts().stream()
                        .map(c -> c.ref() + " · " + c.field()).collect(Collectors.joining("\n")));
            }
        });
    }

    /** Each finding on a line, in the window's language: record, field (the form's label), what is wrong. */
    static String list(ValidationReport report, Messages messages) {
        return report.issues().stream().map(i -> line(i, messages)).collect(Collectors.joining("\n"));
    }

    static String line(Issue i, Messages messages) {
        String where = i.ref() == null ? "" : HistoryWindow.label(i.ref(), messages) + " · ";
        return where + field(i.field(), messages) + ": " + i.text(messages);
    }

    /** The field as the form labels it; the validator's own words for what is not a form field (id, record, events). */
    static String field(String name, Messages messages) {
        String own = messages.get("validate.field." + name);
        return own.startsWith("!") ? HistoryWindow.fieldLabel(name, messages) : own;
    }

    private static void show(Supplier<Window> owner, Alert.AlertType type, String header, String details) {
        alert(owner, type, header, details).show();
    }

    private static Alert alert(Supplier<Window> owner, Alert.AlertType type, String header, String details) {
        Alert a = DialogPlacement.overOwner(new Alert(type));
        a.initOwner(owner.get());
        a.setTitle("Link Atlas");
        a.setHeaderText(header);
        if (details != null && !details.isEmpty()) {
            Label text = new Label(details);
            text.setWrapText(true);
            text.setId("edit-save-findings");
            a.getDialogPane().setContent(text);
        }
        a.getDialogPane().setId("edit-save-outcome");
        a.getButtonTypes().stream().findFirst().ifPresent(b -> a.getDialogPane().lookupButton(b).setId("edit-save-outcome-ok"));
        return a;
    }
}
