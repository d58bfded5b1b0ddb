package org.linkatlas.ui.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A changeset's field value (canonical JSON text) as a person reads it: text without quotes, a text in both
 * languages as "vi · en", a citation as its quote and seed, a fuzzy date as its words and value, a list
 * comma-separated, nothing as "—", anything else compact JSON. Pure; any thread.
 */
final class FieldValueText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldValueText() {
    }

    /** The code fields the history shows by their names in the window's language; their message key prefix. */
    private static final java.util.Map<String, String> CODES = java.util.Map.of(
            "state", "state.", "stage", "stage.", "precision", "precision.", "accuracy", "accuracy.");

    /**
     * As {@link #of(String)}, a code of a field the window names ("existing", "done") in the messages' words
     * ("hiện có", "đã hoàn thành"), so the history reads as the details do; an unknown code stays as it is.
     */
    static String of(String field, String json, org.linkatlas.i18n.Messages messages) {
        String plain = of(json);
        String prefix = CODES.get(field);
        if (prefix == null || plain.equals("—") || !plain.matches("[a-z_]+")) {
            return plain;
        }
        String name = messages.get(prefix + plain);
        return name.startsWith("!") ? plain : name;
    }

    static String of(String json) {
        if (json == null) {
            return "—";
        }
        try {
            return text(JSON.readTree(json));
        } catch (java.io.IOException e) {
            return json;
        }
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "—";
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isValueNode()) {
            return n.toString();
        }
        if (n.isObject() && n.size() <= 2 && (n.has("vi") || n.has("en"))) {
            return text(n.get("vi")) + " · " + text(n.get("en"));
        }
        if (n.isObject() && n.has("quote")) { // a citation: the words, then where from
            return "“" + text(n.get("quote")) + "” (" + text(n.get("seed")) + ")";
        }
        if (n.isObject() && (n.has("text") || n.has("value"))) { // a fuzzy date: the source's words, the value
            String words = text(n.get("text"));
            String value = text(n.get("value"));
            return words.equals(value) || value.equals("—") ? words : words + " (" + value + ")";
        }
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(e -> parts.add(text(e)));
            return parts.isEmpty() ? "—" : String.join(", ", parts);
        }
        return n.toString();
    }
}
