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
