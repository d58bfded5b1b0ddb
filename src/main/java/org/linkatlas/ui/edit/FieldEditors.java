package org.linkatlas.ui.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.linkatlas.edit.FieldKinds;
import org.linkatlas.i18n.Messages;

/**
 * One editor per field shape ({@link FieldKinds.Kind}), each reading and giving the field's JSON value: text,
 * a code chosen from its list, a number, ids separated by commas, a text in both languages side by side (one
 * line per item for a list of them), a fuzzy date as the source's words, a partial value, its precision and
 * before/after/by (a vague deadline stays vague), a period, a citation (a source and its verbatim quote, which
 * may be taken from the source viewer), several citations, a WKT geometry. A value that cannot be read throws
 * {@link IllegalArgumentException} with the message to show. JavaFX thread only.
 */
final class FieldEditors {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** An editor: one node (both columns) or two (Vietnamese, English); reads and shows the field's value. */
    interface Editor {
        List<Node> nodes();

        JsonNode value();

        void set(JsonNode v);
    }

    /** What a citation editor needs from the form: the sources to choose from and the viewer to pick words in. */
    interface Sources {
        List<String> seeds();

        String label(String seed);

        String text(String seed);

        /** Opens the source viewer on {@code seed}; the words the user selects there come back through {@code use}. */
        void pick(javafx.stage.Window owner, String seed, java.util.function.Consumer<String> use);
    }

    private FieldEditors() {
    }

    static Editor of(FieldKinds.Field f, String id, Messages m, Sources sources) {
        return switch (f.kind()) {
            case TEXT, GEOMETRY -> text(id);
            case CODE -> code(f, id, m);
            case NUMBER -> number(id, m);
            case TEXTS -> texts(id);
            case LOCAL -> local(id);
            case LOCALS -> locals(id, m);
            case FUZZY -> fuzzy(id, m);
            case PERIOD -> period(id, m);
            case SOURCE -> new CitationEditors.SourceEditor(id, m, sources);
            case SOURCES -> CitationEditors.sourceList(id, m, sources);
        };
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    private static JsonNode textNode(String s) {
        String c = clean(s);
        return c == null ? NullNode.instance : F.textNode(c);
    }

    static String str(JsonNode n) {
        return n == null || n.isNull() ? "" : n.isTextual() ? n.asText() : n.toString();
    }

    static TextField field(String id, double columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount((int) columns);
        return t;
    }

    static Editor text(String id) {
        TextField t = field(id, 30);
        return simple(t, () -> textNode(t.getText()), v -> t.setText(str(v)));
    }

    private static Editor code(FieldKinds.Field f, String id, Messages m) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add("");
        box.getItems().addAll(f.codes());
        box.setConverter(converter(c -> c == null || c.isEmpty() ? "—" : codeLabel(f.name(), c, m)));
        return simple(box, () -> box.getValue() == null || box.getValue().isEmpty() ? NullNode.instance : F.textNode(box.getValue()),
                v -> box.setValue(v == null || v.isNull() ? "" : v.asText()));
    }

    /** A code in the window's words where the window has them (stages, kinds, states…), else the code. */
    static String codeLabel(String field, String code, Messages m) {
        String prefix = switch (field) {
            case "stage", "deadlineStage" -> "stage.";
            case "state" -> "state.";
            case "accuracy" -> "accuracy.";
            case "precision" -> "precision.";
            case "type" -> "agreement.type.";
            default -> "code." + field + "."; // party kinds, road classes, commitment roles and topics
        };
        String text = m.get(prefix + code);
        if (text.startsWith("!") && field.equals("kind")) {
            text = m.get("kind." + code);
        }
        if (text.startsWith("!") && field.equals("kind")) {
            text = m.get("intervention." + code);
        }
        return text.startsWith("!") ? code : text + " (" + code + ")";
    }

    private static Editor number(String id, Messages m) {
        TextField t = field(id, 10);
        return simple(t, () -> {
            String s = clean(t.getText());
            if (s == null) {
                return NullNode.instance;
            }
            try {
                return F.numberNode(Double.parseDouble(s.replace(',', '.')));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(m.get("form.error.number", s));
            }
        }, v -> t.setText(v == null || v.isNull() ? "" : v.asText()));
    }

    private static Editor texts(String id) {
        TextField t = field(id, 30);
        t.setPromptText("a, b, c");
        return simple(t, () -> {
            ArrayNode a = F.arrayNode();
            for (String part : t.getText().split(",")) {
                String c = clean(part);
                if (c != null) {
                    a.add(c);
                }
            }
            return a;
        }, v -> {
            List<String> parts = new ArrayList<>();
            if (v != null) {
                v.forEach(e -> parts.add(e.asText()));
            }
            t.setText(String.join(", ", parts));
        });
    }

    private static Editor local(String id) {
        TextField vi = field(id + "-vi", 24);
        TextField en = field(id + "-en", 24);
        return new Editor() {
            public List<Node> nodes() {
                return List.of(vi, en);
            }

            public JsonNode value() {
                if (clean(vi.getText()) == null && clean(en.getText()) == null) {
                    return NullNode.instance;
                }
                ObjectNode o = F.objectNode();
                o.set("vi", textNode(vi.getText()));
                o.set("en", textNode(en.getText()));
                return o;
            }

            public void set(JsonNode v) {
                vi.setText(v == null || v.isNull() ? "" : str(v.get("vi")));
                en.setText(v == null || v.isNull() ? "" : str(v.get("en")));
            }
        };
    }

    private static Editor locals(String id, Messages m) {
        TextArea vi = area(id + "-vi");
        TextArea en = area(id + "-en");
        vi.setPromptText(m.get("form.onePerLine"));
        en.setPromptText(m.get("form.onePerLine"));
        return new Editor() {
            public List<Node> nodes() {
                return List.of(vi, en);
            }

            public JsonNode value() {
                List<String> v = lines(vi.getText());
                List<String> e = lines(en.getText());
                if (!v.isEmpty() && !e.isEmpty() && v.size() != e.size()) {
                    throw new IllegalArgumentException(m.get("form.error.lines", v.size(), e.size()));
                }
                ArrayNode a = F.arrayNode();
                for (int i = 0; i < Math.max(v.size(), e.size()); i++) {
                    ObjectNode o = F.objectNode();
                    o.set("vi", textNode(i < v.size() ? v.get(i) : null));
                    o.set("en", textNode(i < e.size() ? e.get(i) : null));
                    a.add(o);
                }
                return a;
            }

            public void set(JsonNode value) {
                List<String> v = new ArrayList<>();
                List<String> e = new ArrayList<>();
                if (value != null) {
                    value.forEach(item -> {
                        v.add(str(item.get("vi")));
                        e.add(str(item.get("en")));
                    });
                }
                vi.setText(String.join("\n", v));
                en.setText(String.join("\n", e));
            }
        };
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : s.lines().map(FieldEditors::clean).filter(java.util.Objects::nonNull).toList();
    }

    static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(2);
        a.setPrefColumnCount(24);
        a.setWrapText(true);
        return a;
    }

    private static Editor fuzzy(String id, Messages m) {
        TextField words = field(id + "-text", 14);
        words.setPromptText(m.get("form.date.words"));
        TextField value = field(id + "-value", 9);
        value.setPromptText("YYYY-MM-DD");
        ComboBox<String> precision = codes(id + "-precision", FieldKinds.precisions(), c -> m.get("precision." + c), m);
        ComboBox<String> relation = codes(id + "-relation", FieldKinds.relations(), c -> m.get("form.relation." + c), m);
        TextField note = field(id + "-note", 14);
        note.setPromptText(m.get("form.date.note"));
        HBox box = new HBox(4, words, value, precision, relation, note);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox.setHgrow(note, Priority.ALWAYS);
        return simple(box, () -> {
            if (clean(words.getText()) == null && clean(value.getText()) == null) {
                return NullNode.instance;
            }
            String v = clean(value.getText());
            if (v != null && !v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw new IllegalArgumentException(m.get("progress.error.dateValue", v));
            }
            String p = precision.getValue() == null || precision.getValue().isEmpty()
                    ? (v == null ? "unknown" : v.length() == 4 ? "year" : v.length() == 7 ? "month" : "day") : precision.getValue();
            ObjectNode o = F.objectNode();
            o.set("text", textNode(words.getText() == null || words.getText().isBlank() ? v : words.getText()));
            o.set("value", textNode(v));
            o.put("precision", p);
            o.set("relation", relation.getValue() == null || relation.getValue().isEmpty() ? NullNode.instance : F.textNode(relation.getValue()));
            o.set("note", textNode(note.getText()));
            return o;
        }, v -> {
            boolean none = v == null || v.isNull();
            words.setText(none ? "" : str(v.get("text")));
            value.setText(none ? "" : str(v.get("value")));
            precision.setValue(none ? "" : str(v.get("precision")));
            relation.setValue(none ? "" : str(v.get("relation")));
            note.setText(none ? "" : str(v.get("note")));
        });
    }

    private static Editor period(String id, Messages m) {
        TextField from = field(id + "-from", 5);
        from.setPromptText(m.get("form.period.from"));
        TextField to = field(id + "-to", 5);
        to.setPromptText(m.get("form.period.to"));
        TextField words = field(id + "-text", 20);
        words.setPromptText(m.get("form.date.words"));
        HBox box = new HBox(4, from, to, words);
        return simple(box, () -> {
            if (clean(from.getText()) == null && clean(to.getText()) == null && clean(words.getText()) == null) {
                return NullNode.instance;
            }
            ObjectNode o = F.objectNode();
            o.set("from", year(from.getText(), m));
            o.set("to", year(to.getText(), m));
            o.set("text", textNode(words.getText()));
            return o;
        }, v -> {
            boolean none = v == null || v.isNull();
            from.setText(none ? "" : str(v.get("from")));
            to.setText(none ? "" : str(v.get("to")));
            words.setText(none ? "" : str(v.get("text")));
        });
    }

    private static JsonNode year(String s, Messages m) {
        String c = clean(s);
        if (c == null) {
            return NullNode.instance;
        }
        if (!c.matches("\\d{4}")) {
            throw new IllegalArgumentException(m.get("form.error.year", c));
        }
        return F.numberNode(Integer.parseInt(c));
    }

    private static ComboBox<String> codes(String id, List<String> codes, Function<String, String> label, Messages m) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add("");
        box.getItems().addAll(codes);
        box.setConverter(converter(c -> c == null || c.isEmpty() ? "—" : label.apply(c).startsWith("!") ? c : label.apply(c)));
        return box;
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static Editor simple(Node node, java.util.function.Supplier<JsonNode> read, java.util.function.Consumer<JsonNode> write) {
        return new Editor() {
            public List<Node> nodes() {
                return List.of(node);
            }

            public JsonNode value() {
                return read.get();
            }

            public void set(JsonNode v) {
                write.accept(v);
            }
        };
    }
}
