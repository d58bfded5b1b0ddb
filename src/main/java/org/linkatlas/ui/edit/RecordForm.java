package org.linkatlas.ui.edit;

import org.linkatlas.ui.DialogPlacement;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.linkatlas.edit.Command;
import org.linkatlas.edit.Edits;
import org.linkatlas.edit.FieldKinds;
import org.linkatlas.edit.RecordType;
import org.linkatlas.edit.RecordTypes;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordRef;

/**
 * One form for every record type, driven by its fields ({@link FieldKinds}): a row per field with the editor its
 * shape needs; the Vietnamese and English of a field side by side (nameVi | nameEn, a note's vi | en). New records
 * get an id typed in; a changed record keeps its own. OK gives the command (create, or a change of the fields that
 * differ) and is refused, with the reason shown and everything typed kept, while a field cannot be read or the
 * record would not build. JavaFX thread only.
 */
final class RecordForm {
    private RecordForm() {
    }

    /** Asks for a new record of {@code type} ({@code existing} null) or a change of {@code existing}; empty: cancelled or nothing changed. */
    static Optional<Command> ask(Window owner, Catalogue c, String type, Object existing, Messages m, FieldEditors.Sources sources) {
        RecordType<Object> rt = RecordTypes.typed(type);
        Dialog<Command> d = DialogPlacement.overOwner(new Dialog<>());
        d.initOwner(owner);
        String typeName = m.get("history.type." + type);
        d.setTitle(existing == null ? m.get("form.newTitle", typeName) : m.get("form.changeTitle", typeName, rt.id(existing)));
        d.setHeaderText(d.getTitle());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(4));
        int row = 0;
        g.addRow(row++, new Label(), header(m.get("form.vi")), header(m.get("form.en")));
        TextField id = FieldEditors.field("form-id", 24);
        if (existing == null) {
            g.add(new Label(m.get("form.id")), 0, row);
            g.add(id, 1, row++, 2, 1);
        } else {
            g.add(new Label(m.get("form.id")), 0, row);
            g.add(new Label(rt.id(existing)), 1, row++, 2, 1);
        }
        Map<String, FieldEditors.Editor> editors = new LinkedHashMap<>();
        Map<String, JsonNode> before = existing == null ? Map.of() : rt.fields(existing);
        List<FieldKinds.Field> fields = FieldKinds.of(type);
        for (int i = 0; i < fields.size(); i++) {
            FieldKinds.Field f = fields.get(i);
            FieldEditors.Editor e = FieldEditors.of(f, "form-" + f.name(), m, sources);
            editors.put(f.name(), e);
            FieldKinds.Field next = i + 1 < fields.size() ? fields.get(i + 1) : null;
            String base = f.name().endsWith("Vi") ? f.name().substring(0, f.name().length() - 2) : null;
            Label label = new Label(label(f, m));
            label.setMinWidth(Label.USE_PREF_SIZE);
            if (base != null && next != null && next.name().equals(base + "En") && f.kind() == FieldKinds.Kind.TEXT) {
                FieldEditors.Editor en = FieldEditors.of(next, "form-" + next.name(), m, sources);
                editors.put(next.name(), en);
                label.setText(m.get("field." + base) + (f.required() ? " *" : ""));
                g.addRow(row++, label, e.nodes().get(0), en.nodes().get(0));
                i++;
            } else if (e.nodes().size() == 2) {
                g.addRow(row++, label, e.nodes().get(0), e.nodes().get(1));
            } else {
                g.add(label, 0, row);
                g.add(e.nodes().get(0), 1, row++, 2, 1);
            }
        }
        editors.forEach((name, e) -> e.set(before.get(name)));
        Label error = new Label();
        error.setId("form-error");
        error.getStyleClass().add("overdue");
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ScrollPane scroll = new ScrollPane(g);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(560, 60 + 46.0 * fields.size()));
        scroll.setPrefViewportWidth(860);
        VBox content = new VBox(8, scroll, error);
        content.setId("record-form");
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResizable(true);
        Command[] built = new Command[1];
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("form-ok");
        ok.addEventFilter(ActionEvent.ACTION, ev -> {
            try {
                built[0] = build(c, type, existing, id.getText(), editors, before, fields, m);
                error.setText("");
            } catch (IllegalArgumentException bad) {
                error.setText(bad.getMessage());
                ev.consume(); // the form stays open with everything typed
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK ? built[0] : null);
        return d.showAndWait();
    }

    private static Command build(Catalogue c, String type, Object existing, String typedId,
                                 Map<String, FieldEditors.Editor> editors, Map<String, JsonNode> before,
                                 List<FieldKinds.Field> fields, Messages m) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (FieldKinds.Field f : fields) {
            JsonNode v;
            try {
                v = editors.get(f.name()).value();
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(name(f, m) + ": " + bad.getMessage());
            }
            if (f.required() && (v == null || v.isNull())) {
                missing.add(name(f, m));
            }
            values.put(f.name(), v);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(m.get("form.error.required", String.join(", ", missing)));
        }
        RecordType<Object> rt = RecordTypes.typed(type);
        RecordRef ref;
        if (existing == null) {
            String id = FieldEditors.clean(typedId);
            if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException(m.get("form.error.id"));
            }
            ref = new RecordRef(type, id);
            if (RecordTypes.find(c, ref).isPresent()) {
                throw new IllegalArgumentException(m.get("form.error.idUsed", id));
            }
        } else {
            ref = new RecordRef(type, rt.id(existing));
        }
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        values.forEach((name, v) -> {
            JsonNode old = before.get(name);
            boolean none = v == null || v.isNull() || (v.isArray() && v.isEmpty());
            boolean wasNone = old == null || old.isNull() || (old.isArray() && old.isEmpty());
            if (existing == null || !(none && wasNone || v.equals(old))) {
                changes.put(name, v);
            }
        });
        if (existing != null && changes.isEmpty()) {
            return null; // nothing changed: no step to undo
        }
        try {
            return existing == null ? Edits.create(c, ref, values) : Edits.change(c, ref, changes);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(m.get("form.error.refused", bad.getMessage()));
        }
    }

    /** The field's row label, a star when it must be given. */
    static String label(FieldKinds.Field f, Messages m) {
        return name(f, m) + (f.required() ? " *" : "");
    }

    private static String name(FieldKinds.Field f, Messages m) {
        return HistoryWindow.fieldLabel(f.name(), m);
    }

    private static Node header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-language");
        l.setStyle("-fx-font-weight: bold");
        return l;
    }
}
