package org.linkatlas.ui.edit;

import org.linkatlas.ui.DialogPlacement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.linkatlas.edit.ChangeExchange;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.ui.Attachments;
import org.linkatlas.ui.StoreService;

/**
 * Exchange by file from the File menu: *Export changes…* writes the user's changesets (all, or since a day) with
 * the articles they quote; *Import changes…* applies another office's file (a changeset already here is skipped,
 * so a second import changes nothing; one that conflicts with local edits or would not validate is listed and
 * left out whole). Both run on the store thread; an import is refused while the session has unsaved changes.
 * JavaFX thread only.
 */
final class ChangeFiles {
    private final EditViewModel vm;
    private final StoreService store;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final Supplier<Catalogue> saved;
    private final Consumer<Catalogue> onImported;

    private final Attachments attached;

    /** @param attached notes the menu items' bindings to {@code vm} (taken off when the view goes) */
    ChangeFiles(EditViewModel vm, StoreService store, Messages messages, Supplier<Window> owner,
                Supplier<Catalogue> saved, Consumer<Catalogue> onImported, Attachments attached) {
        this.attached = attached;
        this.vm = vm;
        this.store = store;
        this.messages = messages;
        this.owner = owner;
        this.saved = saved;
        this.onImported = onImported;
    }

    List<MenuItem> menuItems() {
        MenuItem export = new MenuItem(messages.get("menu.exportChanges"));
        export.setId("menu-export-changes");
        export.setOnAction(e -> ask(true).ifPresent(this::export));
        MenuItem importing = new MenuItem(messages.get("menu.importChanges"));
        importing.setId("menu-import-changes");
        attached.bind(importing.disableProperty(), vm.savingProperty());
        importing.setOnAction(e -> {
            if (store.isReadOnly()) {
                alert(Alert.AlertType.INFORMATION, messages.get("edit.readOnly"), null);
            } else if (vm.hasUnsavedChanges()) {
                alert(Alert.AlertType.INFORMATION, messages.get("changes.unsaved"), null);
            } else {
                ask(false).ifPresent(this::importFile);
            }
        });
        return List.of(export, importing);
    }

    private record Request(Path file, Optional<java.time.Instant> since) {
    }

    private void export(Request r) {
        store.exportChanges(r.file(), r.since()).whenComplete((n, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                alert(Alert.AlertType.ERROR, messages.get("changes.exportFailed", cause(failure)), null);
            } else {
                alert(Alert.AlertType.INFORMATION, messages.get("changes.exported", n, r.file().getFileName()), null);
            }
        }));
    }

    private void importFile(Request r) {
        if (vm.editingProperty().get()) {
            vm.discard(); // nothing unsaved (checked): the window then shows what the import gives
        }
        store.importChanges(r.file(), saved.get()).whenComplete((result, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                alert(Alert.AlertType.ERROR, messages.get("changes.importFailed", cause(failure)), null);
                return;
            }
            if (!result.applied().isEmpty()) {
                onImported.accept(result.catalogue());
            }
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
            String left = result.rejected().stream().map(x -> "• " + when.format(x.changeset().time()) + " (" + x.changeset().author() + "): "
                    + (x.conflicts().isEmpty() ? x.errors().stream().map(i -> SaveFlow.line(i, messages))
                    .collect(Collectors.joining(", ")) : messages.get("changes.conflict") + " " + x.conflicts().stream()
                    .map(c -> HistoryWindow.label(c.ref(), messages) + " · " + HistoryWindow.fieldLabel(c.field(), messages))
                    .collect(Collectors.joining(", ")))).collect(Collectors.joining("\n"));
            alert(result.rejected().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                    messages.get("changes.imported", result.applied().size(), result.alreadyPresent().size(), result.rejected().size()),
                    left.isEmpty() ? null : messages.get("changes.leftOut") + "\n" + left);
        }));
    }

    private static String cause(Throwable failure) {
        Throwable c = failure.getCause() != null ? failure.getCause() : failure;
        return String.valueOf(c.getMessage());
    }

    /** The file (and for an export the day since which), typed or chosen. */
    private Optional<Request> ask(boolean exporting) {
        Dialog<Request> d = DialogPlacement.overOwner(new Dialog<>());
        d.initOwner(owner.get());
        d.setTitle(messages.get(exporting ? "menu.exportChanges" : "menu.importChanges"));
        d.setHeaderText(messages.get(exporting ? "changes.export.header" : "changes.import.header"));
        TextField file = FieldEditors.field("changes-file", 36);
        Button choose = new Button(messages.get("import.choose"));
        choose.setId("changes-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("changes.filter"), "*.json"));
            Window w = d.getDialogPane().getScene().getWindow();
            var f = exporting ? chooser.showSaveDialog(w) : chooser.showOpenDialog(w);
            if (f != null) {
                file.setText(f.getAbsolutePath());
            }
        });
        HBox row = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        TextField since = FieldEditors.field("changes-since", 12);
        since.setPromptText("YYYY-MM-DD");
        Label error = new Label();
        error.setId("changes-error");
        error.getStyleClass().add("overdue");
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label(messages.get("changes.file")), row);
        if (exporting) {
            g.addRow(1, new Label(messages.get("changes.since")), since);
        }
        g.add(error, 0, 2, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().setId("changes-dialog");
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Request[] built = new Request[1];
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("changes-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String f = file.getText().strip();
            Optional<java.time.Instant> from = Optional.empty();
            String why = null;
            if (f.isEmpty()) {
                why = messages.get("import.error.file");
            } else if (!exporting && !java.nio.file.Files.isRegularFile(Path.of(f))) {
                why = messages.get("changes.error.noFile", f);
            }
            try {
                if (exporting && !since.getText().isBlank()) {
                    from = Optional.of(LocalDate.parse(since.getText().strip()).atStartOfDay(ZoneId.systemDefault()).toInstant());
                }
            } catch (DateTimeParseException bad) {
                why = messages.get("import.error.retrieved", since.getText().strip());
            }
            if (why != null) {
                error.setText(why);
                e.consume();
                return;
            }
            built[0] = new Request(Path.of(f), from);
        });
        d.setResultConverter(b -> b == ButtonType.OK ? built[0] : null);
        return d.showAndWait();
    }

    private void alert(Alert.AlertType type, String header, String details) {
        Alert a = DialogPlacement.overOwner(new Alert(type));
        a.initOwner(owner.get());
        a.setTitle("Link Atlas");
        a.setHeaderText(header);
        if (details != null) {
            Label l = new Label(details);
            l.setWrapText(true);
            a.getDialogPane().setContent(l);
        }
        a.getDialogPane().setId("changes-outcome");
        a.show();
    }
}
