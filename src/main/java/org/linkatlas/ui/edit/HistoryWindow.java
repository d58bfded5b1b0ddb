package org.linkatlas.ui.edit;

import org.linkatlas.ui.DialogPlacement;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.linkatlas.edit.EditStore;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;

/**
 * The History view, a window of its own: which records to look at (every record, or one of those the log
 * touches), the changesets in that scope newest first (when, by whom, why), and for the chosen changeset each
 * field's value before and after. "Revert this changeset" writes the inverse as a new changeset (refused, with
 * the reason, while the edit session has unsaved changes, or when later changes touched the same fields). A save
 * made while the view is open is read in at once. JavaFX thread only.
 */
public final class HistoryWindow {
    /** One line of the lower table: a field of a record, before and after. */
    record FieldRow(RecordRef ref, String op, String field, String before, String after) {
    }

    private HistoryWindow() {
    }

    /**
     * Opens the view.
     *
     * @param scope      the records to show first (null: all)
     * @param saved      the last saved catalogue (what a revert applies to)
     * @param onReverted shows the catalogue after a revert in the main window
     */
    public static Stage open(Window owner, HistoryViewModel vm, EditViewModel edits, Messages messages, Set<RecordRef> scope,
                             Supplier<Catalogue> saved, Consumer<Catalogue> onReverted) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("history.title"));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());

        ComboBox<RecordRef> records = new ComboBox<>();
        records.setId("history-record");
        RecordRef everything = new RecordRef("", "");
        records.setConverter(new StringConverter<>() {
            @Override
            public String toString(RecordRef r) {
                return r == null ? "" : r == everything ? messages.get("history.allRecords") : label(r, messages);
            }

            @Override
            public RecordRef fromString(String s) {
                return null;
            }
        });
        Runnable fillRecords = () -> {
            RecordRef chosen = records.getValue();
            List<RecordRef> items = new ArrayList<>();
            items.add(everything);
            items.addAll(vm.touchedRecords());
            if (scope != null) {
                scope.stream().findFirst().filter(r -> !items.contains(r)).ifPresent(items::add);
            }
            records.getItems().setAll(items);
            records.setValue(chosen != null && items.contains(chosen) ? chosen
                    : scope == null ? everything : scope.iterator().next());
        };

        TableView<Changeset> changesets = new TableView<>(vm.changesets());
        changesets.setId("history-changesets");
        changesets.getColumns().add(column(messages.get("history.when"), cs -> when.format(cs.time()), 170));
        changesets.getColumns().add(column(messages.get("history.who"), Changeset::author, 110));
        changesets.getColumns().add(column(messages.get("history.why"), cs -> why(cs, vm, when, messages), 330));
        changesets.getColumns().add(column(messages.get("history.records"), cs -> String.valueOf(vm.changesShown(cs).size()), 80));
        changesets.setPlaceholder(new Label(messages.get("history.empty")));

        TableView<FieldRow> fields = new TableView<>();
        fields.setId("history-fields");
        fields.getColumns().add(column(messages.get("history.record"), r -> label(r.ref(), messages), 200));
        fields.getColumns().add(column(messages.get("history.change"), FieldRow::op, 80));
        fields.getColumns().add(column(messages.get("history.field"), FieldRow::field, 120));
        fields.getColumns().add(column(messages.get("history.before"), FieldRow::before, 210));
        fields.getColumns().add(column(messages.get("history.after"), FieldRow::after, 210));
        fields.setRowFactory(tv -> {
            javafx.scene.control.TableRow<FieldRow> row = new javafx.scene.control.TableRow<>();
            row.itemProperty().addListener((o, old, r) -> row.setTooltip(r == null ? null
                    : new javafx.scene.control.Tooltip(r.field() + ": " + r.before() + "  →  " + r.after())));
            return row;
        });
        fields.setPlaceholder(new Label(messages.get("history.chooseChangeset")));
        changesets.getSelectionModel().selectedItemProperty().addListener((o, old, cs) ->
                fields.getItems().setAll(cs == null ? List.of() : rows(vm.changesShown(cs), messages)));

        records.valueProperty().addListener((o, old, r) -> {
            if (r != null) {
                vm.showOnly(r == everything ? null : r.equals(scopeHead(scope)) ? scope : HistoryViewModel.group(r, saved.get()));
            }
        });

        Label status = new Label();
        status.setId("history-status");
        status.setWrapText(true);
        Button revert = new Button(messages.get("history.revert"));
        revert.setId("history-revert");
        revert.disableProperty().bind(changesets.getSelectionModel().selectedItemProperty().isNull());
        revert.setOnAction(e -> {
            Changeset cs = changesets.getSelectionModel().getSelectedItem();
            if (edits.hasUnsavedChanges() || edits.savingProperty().get()) {
                status.setText(messages.get("history.revertUnsaved"));
                return;
            }
            if (edits.editingProperty().get()) {
                edits.discard(); // nothing unsaved: the session ends so the window shows what the revert gives
            }
            revert.disableProperty().unbind();
            revert.setDisable(true);
            vm.revert(cs, saved.get()).whenComplete((r, failure) -> {
                revert.disableProperty().bind(changesets.getSelectionModel().selectedItemProperty().isNull());
                if (failure != null) {
                    status.setText(messages.get("edit.saveFailed", String.valueOf(failure.getMessage())));
                } else if (r instanceof EditStore.Saved s) {
                    onReverted.accept(s.catalogue());
                    fillRecords.run();
                    status.setText(messages.get("history.reverted", when.format(cs.time())));
                } else if (r instanceof EditStore.Conflicting c) {
                    refused(stage, messages.get("history.revertConflicts"), c.conflicts().stream()
                            .map(x -> label(x.ref(), messages) + " · " + x.field()).collect(Collectors.joining("\n")));
                } else if (r instanceof EditStore.Blocked b) {
                    refused(stage, messages.get("edit.blocked"), SaveFlow.list(b.report(), messages));
                }
            });
        });
        Button close = new Button(messages.get("history.close"));
        close.setId("history-close");
        close.setOnAction(e -> stage.close());

        HBox top = new HBox(8, new Label(messages.get("history.show")), records);
        HBox.setHgrow(records, Priority.ALWAYS);
        records.setMaxWidth(Double.MAX_VALUE);
        HBox bottom = new HBox(8, revert, status, close);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        SplitPane split = new SplitPane(changesets, fields);
        split.setOrientation(Orientation.VERTICAL);
        BorderPane root = new BorderPane(split, top, null, bottom, null);
        root.setId("history");
        root.setPadding(new Insets(8));
        BorderPane.setMargin(split, new Insets(8, 0, 8, 0));
        stage.setScene(new Scene(root, 940, 560));

        vm.showOnly(scope);
        vm.refresh().thenRun(() -> {
            fillRecords.run();
            if (!changesets.getItems().isEmpty()) {
                changesets.getSelectionModel().select(0);
            }
        });
        // a save made while the view is open (Edit → Save, the quit question), changes imported from a file or
        // brought by a synchronisation are read in at once, newest first
        javafx.beans.value.ChangeListener<Number> onSaved = (o, old, n) -> vm.refresh().thenRun(() -> {
            fillRecords.run();
            if (!changesets.getItems().isEmpty()) {
                changesets.getSelectionModel().select(0);
            }
        });
        edits.logVersionProperty().addListener(onSaved);
        stage.setOnHidden(e -> edits.logVersionProperty().removeListener(onSaved));
        stage.show();
        return stage;
    }

    private static RecordRef scopeHead(Set<RecordRef> scope) {
        return scope == null || scope.isEmpty() ? null : scope.iterator().next();
    }

    static List<FieldRow> rows(List<RecordChange> changes, Messages messages) {
        List<FieldRow> out = new ArrayList<>();
        for (RecordChange rc : changes) {
            String op = messages.get("history.op." + rc.op().name().toLowerCase(java.util.Locale.ROOT));
            for (FieldChange f : rc.fields()) {
                out.add(new FieldRow(rc.ref(), op, fieldLabel(f.field(), messages), FieldValueText.of(f.field(), f.oldJson(), messages),
                        FieldValueText.of(f.field(), f.newJson(), messages)));
            }
        }
        return out;
    }

    private static String why(Changeset cs, HistoryViewModel vm, DateTimeFormatter when, Messages messages) {
        String comment = cs.comment() == null || cs.comment().isBlank() ? "" : cs.comment();
        if (cs.reverts() != null) {
            String of = vm.byId(cs.reverts()).map(r -> when.format(r.time()) + " (" + r.author() + ")").orElse("?");
            return messages.get("history.revertOf", of)
                    + (comment.startsWith("revert ") || comment.isEmpty() ? "" : " · " + comment);
        }
        return comment.isEmpty() ? messages.get("history.noComment") : comment;
    }

    /** A field as the form names it ("Name (vi)" for nameVi), else its own name. */
    static String fieldLabel(String field, Messages messages) {
        String lang = field.endsWith("Vi") ? " (vi)" : field.endsWith("En") ? " (en)" : "";
        String key = "field." + (lang.isEmpty() ? field : field.substring(0, field.length() - 2));
        String text = messages.get(key);
        return text.startsWith("!") ? field : text + lang;
    }

    static String label(RecordRef r, Messages messages) {
        return messages.get("history.type." + r.type()) + " " + r.id();
    }

    private static <S> TableColumn<S, String> column(String title, java.util.function.Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static void refused(Window owner, String header, String details) {
        Alert a = DialogPlacement.overOwner(new Alert(Alert.AlertType.ERROR, details));
        a.initOwner(owner);
        a.setTitle("Link Atlas");
        a.setHeaderText(header);
        a.getDialogPane().setId("history-refused");
        a.show();
    }
}
