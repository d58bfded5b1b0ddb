package org.linkatlas.ui.edit;

import org.linkatlas.ui.DialogPlacement;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.linkatlas.edit.Edits;
import org.linkatlas.edit.RecordType;
import org.linkatlas.edit.RecordTypes;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordRef;

/**
 * Edit → Records…: every record of a chosen type (agreements, commitments, links, promised changes, progress
 * events, results, places, parties), found by id or name, with New…, Change… (the {@link RecordForm}) and
 * Delete… (which first lists what depends on the record and what goes with it). Each action is one step of the
 * edit session (undo/redo in the Edit menu); a session starts with the first action. The list is built once per
 * snapshot and type ({@link RecordEntries}) on a background thread (the common pool), handed back with
 * {@code Platform.runLater}, the newest asked for winning; typing only filters it, on the JavaFX thread. Otherwise
 * JavaFX thread only.
 */
final class RecordsWindow {
    private RecordsWindow() {
    }

    /**
     * @param current    the catalogue the window shows (the session's snapshot while editing)
     * @param beginEdit  starts a session when none is open; false when editing is refused (read only)
     * @param preselect  the record to select first (a link selected in the window), or null
     */
    static Stage open(Window owner, EditViewModel vm, Messages m, Supplier<Catalogue> current, BooleanSupplier beginEdit,
                      FieldEditors.Sources sources, RecordRef preselect) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(m.get("records.title"));
        ComboBox<String> type = new ComboBox<>();
        type.setId("records-type");
        type.getItems().setAll(RecordTypes.all().stream().map(RecordType::name).toList());
        type.setConverter(FieldEditors.converter(t -> t == null ? "" : m.get("history.type." + t)));
        TextField filter = new TextField();
        filter.setId("records-filter");
        filter.setPromptText(m.get("records.filter"));
        ListView<RecordEntries.Entry> list = new ListView<>();
        list.setId("records-list");
        RecordEntries[] built = {null}; // the entries of the snapshot and type shown, built once for both
        Object[] building = {null, null}; // the snapshot and type being built, or nulls
        RecordRef[] toSelect = {preselect}; // selected and scrolled to once its entries are there
        Runnable show = () -> {
            RecordEntries.Entry chosen = list.getSelectionModel().getSelectedItem();
            RecordRef selected = toSelect[0] != null ? toSelect[0] : chosen == null ? null : chosen.ref();
            List<RecordEntries.Entry> entries = built[0].matching(filter.getText());
            list.getItems().setAll(entries);
            entries.stream().filter(e -> e.ref().equals(selected)).findFirst().ifPresent(e -> {
                list.getSelectionModel().select(e);
                if (toSelect[0] != null) {
                    list.scrollTo(e);
                    toSelect[0] = null;
                }
            });
        };
        // typing filters what is built (milliseconds for 50,000 links); building the entries of a new snapshot or
        // type reads every record's fields (a third of a second for 50,000 links), so it runs off the JavaFX
        // thread, the list showing what it showed until the newest build is there
        Runnable fill = () -> {
            Catalogue c = current.get();
            String t = type.getValue();
            if (c == null || t == null) {
                built[0] = null;
                building[0] = null;
                list.getItems().clear();
                return;
            }
            if (built[0] != null && built[0].isFor(c, t)) {
                show.run();
                return;
            }
            if (built[0] != null && built[0].type().equals(t)) {
                show.run(); // the last snapshot's entries answer the typing meanwhile
            } else {
                list.getItems().clear(); // another type: nothing of the last one stays listed
            }
            if (building[0] == c && t.equals(building[1])) {
                return; // under way: it shows the filter as it is then
            }
            building[0] = c;
            building[1] = t;
            CompletableFuture.supplyAsync(() -> RecordEntries.of(c, t)).whenComplete((entries, failure) -> Platform.runLater(() -> {
                if (building[0] != c || !t.equals(building[1])) {
                    return; // another snapshot or type was asked for since
                }
                building[0] = null;
                building[1] = null;
                if (failure != null) {
                    System.getLogger(RecordsWindow.class.getName()).log(System.Logger.Level.WARNING,
                            "records not listed: {0}", failure.toString());
                    return;
                }
                built[0] = entries;
                show.run();
                toSelect[0] = null; // chosen now, or not there to choose
            }));
        };
        type.valueProperty().addListener((o, old, t) -> fill.run());
        filter.textProperty().addListener((o, old, t) -> fill.run());
        javafx.beans.value.ChangeListener<Catalogue> onSnapshot = (o, old, s) -> fill.run();
        vm.snapshotProperty().addListener(onSnapshot);
        stage.setOnHidden(e -> vm.snapshotProperty().removeListener(onSnapshot)); // the session outlives the window

        Button create = new Button(m.get("records.new"));
        create.setId("records-new");
        create.disableProperty().bind(type.valueProperty().isNull().or(vm.savingProperty()));
        create.setOnAction(e -> {
            if (beginEdit.getAsBoolean()) {
                Catalogue c = current.get();
                RecordForm.ask(stage, c, type.getValue(), null, m, sources).ifPresent(vm::execute);
            }
        });
        Button change = new Button(m.get("records.change"));
        change.setId("records-change");
        change.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(vm.savingProperty()));
        change.setOnAction(e -> {
            RecordRef ref = list.getSelectionModel().getSelectedItem().ref();
            if (beginEdit.getAsBoolean()) {
                Catalogue c = current.get();
                RecordTypes.find(c, ref).flatMap(r -> RecordForm.ask(stage, c, ref.type(), r, m, sources)).ifPresent(vm::execute);
            }
        });
        Button delete = new Button(m.get("records.delete"));
        delete.setId("records-delete");
        delete.disableProperty().bind(change.disableProperty());
        delete.setOnAction(e -> {
            RecordRef ref = list.getSelectionModel().getSelectedItem().ref();
            if (beginEdit.getAsBoolean()) {
                Catalogue c = current.get();
                if (confirmDelete(stage, c, ref, m)) {
                    vm.execute(Edits.delete(c, ref));
                }
            }
        });
        HBox top = new HBox(8, new Label(m.get("records.type")), type, filter);
        HBox.setHgrow(filter, Priority.ALWAYS);
        VBox buttons = new VBox(8, create, change, delete);
        buttons.setPadding(new Insets(0, 0, 0, 8));
        for (Button b : List.of(create, change, delete)) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        BorderPane root = new BorderPane(list, top, buttons, null, null);
        root.setId("records");
        root.setPadding(new Insets(8));
        BorderPane.setMargin(list, new Insets(8, 0, 0, 0));
        stage.setScene(new Scene(root, 760, 520));
        type.setValue(preselect == null ? "link" : preselect.type()); // the preselected record is chosen when listed
        stage.show();
        return stage;
    }

    /** Says what depends on the record (left pointing at nothing: the save will name them) and what goes with it. */
    private static boolean confirmDelete(Window owner, Catalogue c, RecordRef ref, Messages m) {
        List<RecordRef> inside = new java.util.ArrayList<>(HistoryViewModel.group(ref, c));
        inside.remove(ref);
        if (ref.type().equals("intervention")) {
            c.interventions().stream().filter(iv -> iv.id().equals(ref.id())).findFirst()
                    .ifPresent(iv -> iv.events().forEach(ev -> inside.add(new RecordRef("event", ev.id()))));
        }
        List<RecordRef> named = Edits.dependants(c, ref).stream().filter(r -> !inside.contains(r)).toList();
        String text = named.isEmpty() ? m.get("records.delete.nothingDepends")
                : m.get("records.delete.dependants") + "\n" + named.stream().map(r -> "• " + HistoryWindow.label(r, m))
                .collect(Collectors.joining("\n"));
        if (!inside.isEmpty()) {
            text += "\n\n" + m.get("records.delete.inside") + "\n" + inside.stream().map(r -> "• " + HistoryWindow.label(r, m))
                    .collect(Collectors.joining("\n"));
        }
        Alert a = DialogPlacement.overOwner(new Alert(Alert.AlertType.CONFIRMATION));
        a.initOwner(owner);
        a.setTitle("Link Atlas");
        a.setHeaderText(m.get("records.delete.header", HistoryWindow.label(ref, m)));
        a.setContentText(text);
        ButtonType yes = new ButtonType(m.get("records.delete.confirm"), ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        a.getDialogPane().setId("records-delete-confirm");
        a.getDialogPane().lookupButton(yes).setId("records-delete-yes");
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    /** The words a record is known by: its Vietnamese name, title, action or text. */
    static String summary(Map<String, JsonNode> f) {
        for (String k : List.of("nameVi", "titleVi", "actionVi", "text", "what", "stage", "kind")) {
            JsonNode v = f.get(k);
            if (v != null && !v.isNull()) {
                String s = v.isTextual() ? v.asText() : v.has("vi") && !v.get("vi").isNull() ? v.get("vi").asText() : v.toString();
                if (k.equals("stage") && f.get("date") != null && f.get("date").has("text")) {
                    s = s + " · " + f.get("date").get("text").asText();
                }
                return s.length() > 110 ? s.substring(0, 110) + "…" : s;
            }
        }
        return "";
    }
}
