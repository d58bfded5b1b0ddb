package org.linkatlas.ui.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.sync.StoreSync;

/**
 * The conflicts a sync found: for each field another planner changed too, the record, the field, my value and
 * theirs (with who changed it and the two versions), one of them to choose; "Keep my choices and synchronise"
 * stores them and synchronises again. Until then the other planner's value shows and my changeset waits. A delete
 * on one side against a change on the other is one row for the whole record: "deleted" against the fields changed.
 * JavaFX thread only.
 */
public final class ConflictDialog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Stage stage = new Stage();

    public ConflictDialog(Window owner, SyncViewModel vm, Catalogue shown, Messages messages) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("conflict.title"));
        List<StoreSync.FieldConflict> conflicts = vm.settleable();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints recordColumn = new ColumnConstraints();
        recordColumn.setPrefWidth(180);
        ColumnConstraints fieldColumn = new ColumnConstraints();
        fieldColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setPrefWidth(220);
        grid.getColumnConstraints().addAll(recordColumn, fieldColumn, wide, wide);
        grid.addRow(0, header(messages.get("conflict.record")), header(messages.get("conflict.field")),
                header(messages.get("conflict.mine")), header(messages.get("conflict.theirs")));
        List<RadioButton> mine = new ArrayList<>();
        String language = "vi".equals(messages.locale().getLanguage()) ? "vi" : "en";
        for (int i = 0; i < conflicts.size(); i++) {
            StoreSync.FieldConflict c = conflicts.get(i);
            ToggleGroup group = new ToggleGroup();
            RadioButton m = choice(value(c, c.mine(), language, messages), group, "conflict-mine-" + i);
            RadioButton t = choice(value(c, c.theirs(), language, messages) + "\n" + messages.get(c.field().equals("*") ? "conflict.whole.by" : "conflict.by", c.theirAuthor(),
                    c.baseVersion(), c.serverVersion()), group, "conflict-theirs-" + i);
            m.setSelected(true);
            mine.add(m);
            grid.addRow(i + 1, wrapped(record(c, shown)), new Label(field(c.field(), messages)), m, t);
        }
        boolean whole = conflicts.stream().anyMatch(c -> c.field().equals("*"));
        Label intro = wrapped(messages.get("conflict.intro", conflicts.size())
                + (whole ? "\n" + messages.get("conflict.whole.intro") : ""));
        Button settle = new Button(messages.get("conflict.settle"));
        settle.setId("conflict-settle");
        settle.setDefaultButton(true);
        settle.setDisable(conflicts.isEmpty());
        settle.setOnAction(e -> {
            vm.settle(conflicts, mine.stream().map(RadioButton::isSelected).toList());
            stage.close();
        });
        Button later = new Button(messages.get("conflict.later"));
        later.setId("conflict-later");
        later.setCancelButton(true);
        later.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 60 + 70 * conflicts.size()));
        VBox root = new VBox(12, intro, scroll, new HBox(8, gap, later, settle));
        root.setId("conflict-dialog");
        root.setPadding(new Insets(14));
        root.setPrefWidth(760);
        stage.setScene(new Scene(root));
    }

    /** The field in the user's words; the model's own name when no label is known for it. */
    static String field(String name, Messages messages) {
        String label = messages.get(name.equals("*") ? "conflict.field.whole" : "conflict.field." + name);
        return label.startsWith("!") ? name : label;
    }

    /**
     * One side of a conflict in words: a field's value, or for the whole record ({@code "*"}) "deleted" or the
     * fields that side changed.
     */
    static String value(StoreSync.FieldConflict c, String json, String language, Messages messages) {
        if (!c.field().equals("*")) {
            return display(json, language);
        }
        try {
            JsonNode n = JSON.readTree(json);
            if (n == null || !n.isArray()) {
                return messages.get("conflict.whole.deleted");
            }
            List<String> names = new ArrayList<>();
            n.forEach(f -> names.add(field(f.asText(), messages)));
            return messages.get("conflict.whole.changed", String.join(", ", names));
        } catch (java.io.IOException e) {
            return messages.get("conflict.whole.deleted");
        }
    }

    /** The record in words: a link by its name, anything else by type and id. */
    private static String record(StoreSync.FieldConflict c, Catalogue shown) {
        if (c.ref().type().equals("link") && shown != null) {
            for (Link l : shown.links()) {
                if (l.id().equals(c.ref().id())) {
                    return l.nameVi();
                }
            }
        }
        if (c.field().equals("*")) { // gone from the catalogue shown: named as the delete found it
            try {
                JsonNode n = JSON.readTree(c.base());
                JsonNode name = n == null ? null : n.has("nameVi") ? n.get("nameVi") : n.get("titleVi");
                if (name != null && name.isTextual()) {
                    return name.asText();
                }
            } catch (java.io.IOException e) {
                // not a record's fields: named by type and id below
            }
        }
        return c.ref().type() + " " + c.ref().id();
    }

    /** A field's JSON value for reading: text as it is, a text in both languages in the window's language. */
    static String display(String json, String language) {
        try {
            JsonNode n = JSON.readTree(json);
            if (n == null || n.isNull()) {
                return "—";
            }
            if (n.isTextual()) {
                return n.asText();
            }
            if (n.isObject() && (n.has("vi") || n.has("en"))) {
                JsonNode own = n.get(language);
                JsonNode other = n.get(language.equals("vi") ? "en" : "vi");
                return own != null && !own.isNull() ? own.asText() : other != null && !other.isNull() ? other.asText() : "—";
            }
            return n.toString();
        } catch (java.io.IOException e) {
            return json;
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold");
        return l;
    }

    private static RadioButton choice(String text, ToggleGroup group, String id) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
