package org.linkatlas.ui.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.linkatlas.i18n.Messages;

/**
 * The citation editors of the record form: one citation (a source chosen from the seeds and imported articles,
 * its verbatim quote checked against the source's text, words picked in the source viewer), and a list of them
 * with Add and Remove. JavaFX thread only.
 */
final class CitationEditors {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CitationEditors() {
    }

    /** A citation: the source chosen, its verbatim quote (checked against the source's text), words picked in the viewer. */
    static final class SourceEditor implements FieldEditors.Editor {
        final ComboBox<String> seed;
        final TextArea quote;
        final Button pick;
        final VBox box;
        private final Messages m;
        private final FieldEditors.Sources sources;

        SourceEditor(String id, Messages m, FieldEditors.Sources sources) {
            this.m = m;
            this.sources = sources;
            seed = new ComboBox<>();
            seed.setId(id + "-seed");
            seed.getItems().setAll(sources.seeds());
            seed.setConverter(FieldEditors.converter(s -> s == null ? "" : sources.label(s)));
            seed.setMaxWidth(Double.MAX_VALUE);
            quote = FieldEditors.area(id + "-quote");
            quote.setPromptText(m.get("progress.quote.prompt"));
            pick = new Button(m.get("form.pickQuote"));
            pick.setId(id + "-pick");
            pick.disableProperty().bind(seed.valueProperty().isNull());
            pick.setOnAction(e -> sources.pick(pick.getScene().getWindow(), seed.getValue(), quote::setText));
            HBox row = new HBox(4, seed, pick);
            HBox.setHgrow(seed, Priority.ALWAYS);
            box = new VBox(4, row, quote);
        }

        public List<Node> nodes() {
            return List.of(box);
        }

        public JsonNode value() {
            String q = FieldEditors.clean(quote.getText());
            if (seed.getValue() == null && q == null) {
                return NullNode.instance;
            }
            if (seed.getValue() == null) {
                throw new IllegalArgumentException(m.get("progress.error.source"));
            }
            String text = sources.text(seed.getValue());
            if (q == null || text == null || !Normalizer.normalize(text, Normalizer.Form.NFC).contains(q)) {
                throw new IllegalArgumentException(m.get("progress.error.quote"));
            }
            ObjectNode o = F.objectNode();
            o.put("seed", seed.getValue());
            o.put("quote", q);
            return o;
        }

        public void set(JsonNode v) {
            boolean none = v == null || v.isNull();
            seed.setValue(none ? null : FieldEditors.str(v.get("seed")));
            quote.setText(none ? "" : FieldEditors.str(v.get("quote")));
        }
    }

    static FieldEditors.Editor sourceList(String id, Messages m, FieldEditors.Sources sources) {
        VBox rows = new VBox(6);
        List<SourceEditor> editors = new ArrayList<>();
        Button add = new Button(m.get("form.addSource"));
        add.setId(id + "-add");
        VBox box = new VBox(6, rows, add);
        Runnable[] addOne = new Runnable[1];
        addOne[0] = () -> {
            SourceEditor e = new SourceEditor(id + "-" + editors.size(), m, sources);
            Button remove = new Button(m.get("form.removeSource"));
            remove.setId(id + "-" + editors.size() + "-remove");
            HBox row = new HBox(4, e.box, remove);
            HBox.setHgrow(e.box, Priority.ALWAYS);
            remove.setOnAction(x -> {
                editors.remove(e);
                rows.getChildren().remove(row);
            });
            editors.add(e);
            rows.getChildren().add(row);
        };
        add.setOnAction(e -> addOne[0].run());
        return new FieldEditors.Editor() {
            public List<Node> nodes() {
                return List.of(box);
            }

            public JsonNode value() {
                ArrayNode a = F.arrayNode();
                for (SourceEditor e : editors) {
                    JsonNode v = e.value();
                    if (!v.isNull()) {
                        a.add(v);
                    }
                }
                return a;
            }

            public void set(JsonNode v) {
                editors.clear();
                rows.getChildren().clear();
                if (v != null) {
                    for (JsonNode item : v) {
                        addOne[0].run();
                        editors.get(editors.size() - 1).set(item);
                    }
                }
            }
        };
    }

}
