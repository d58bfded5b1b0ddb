package org.linkatlas.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.model.Codes;
import org.linkatlas.model.DatePrecision;
import org.linkatlas.model.DateRelation;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.LocalText;
import org.linkatlas.model.Period;
import org.linkatlas.model.Source;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads the fields of one JSON record, and on any problem throws a {@link CatalogueException} naming the file,
 * the record and the field. One per record; any thread.
 */
final class RecordReader {
    private final String file;
    private final String record;
    private final JsonNode node;

    RecordReader(String file, String record, JsonNode node) {
        this.file = file;
        this.node = node;
        String id = node.path("id").asText(null);
        this.record = id == null ? record : record + " (" + id + ")";
        if (!node.isObject()) {
            throw fail(null, "must be a JSON object");
        }
    }

    CatalogueException fail(String field, String problem) {
        return new CatalogueException(file, record, field, problem);
    }

    /** A misspelt field ("lenght_km") would otherwise be silently dropped: refuse fields the format lacks. */
    void allowOnly(String... fields) {
        java.util.Set<String> allowed = java.util.Set.of(fields);
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw fail(f, "unknown field; this record may have " + String.join(", ", fields));
            }
        });
    }

    String record() {
        return record;
    }

    /** A required, non-blank string, NFC. */
    String text(String field) {
        String v = optionalText(field);
        if (v == null || v.isBlank()) {
            throw fail(field, "missing or empty");
        }
        return v;
    }

    String optionalText(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw fail(field, "must be a string, got " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        return nfc(field, v.asText());
    }

    private String nfc(String field, String v) {
        if (!Normalizer.isNormalized(v, Normalizer.Form.NFC)) {
            throw fail(field, "text is not in Unicode NFC (decomposed accents draw badly): " + v);
        }
        return v;
    }

    <E extends Enum<E>> E code(String field, Class<E> type) {
        try {
            return Codes.parse(type, optionalText(field));
        } catch (IllegalArgumentException e) {
            throw fail(field, e.getMessage());
        }
    }

    <E extends Enum<E>> E optionalCode(String field, Class<E> type) {
        return optionalText(field) == null ? null : code(field, type);
    }

    Double optionalNumber(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw fail(field, "must be a number, got " + v);
        }
        return v.asDouble();
    }

    /** A number that must be above zero when given (a length, a cost); absent or null is null. */
    Double optionalPositive(String field) {
        Double v = optionalNumber(field);
        if (v != null && !(v > 0)) {
            throw fail(field, "must be greater than 0, got " + node.get(field));
        }
        return v;
    }

    double number(String field) {
        Double v = optionalNumber(field);
        if (v == null) {
            throw fail(field, "missing");
        }
        return v;
    }

    /** A list of strings; a single string counts as a list of one; absent is empty. */
    List<String> texts(String field) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            out.add(nfc(field, v.asText()));
            return out;
        }
        if (!v.isArray()) {
            throw fail(field, "must be a list of strings");
        }
        for (JsonNode e : v) {
            if (!e.isTextual() || e.asText().isBlank()) {
                throw fail(field, "must hold non-empty strings only, got " + e);
            }
            out.add(nfc(field, e.asText()));
        }
        return out;
    }

    List<String> nonEmptyTexts(String field) {
        List<String> v = texts(field);
        if (v.isEmpty()) {
            throw fail(field, "needs at least one entry");
        }
        return v;
    }

    FuzzyDate optionalDate(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        RecordReader d = nested(field, v);
        try {
            JsonNode value = v.get("value");
            String iso = value == null || value.isNull() ? null : value.asText();
            d.allowOnly("text", "value", "precision", "relation", "note");
            return new FuzzyDate(d.optionalText("text"), iso, d.code("precision", DatePrecision.class),
                    d.optionalCode("relation", DateRelation.class), d.optionalText("note"));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw fail(field, e.getMessage());
        }
    }

    FuzzyDate date(String field) {
        FuzzyDate d = optionalDate(field);
        if (d == null) {
            throw fail(field, "missing (use precision \"unknown\" when the text gives no date)");
        }
        return d;
    }

    Period optionalPeriod(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        RecordReader p = nested(field, v);
        p.allowOnly("from", "to", "text");
        Double from = p.optionalNumber("from");
        Double to = p.optionalNumber("to");
        return new Period(from == null ? null : from.intValue(), to == null ? null : to.intValue(), p.optionalText("text"));
    }

    Source source(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw fail(field, "missing");
        }
        return source(field, v);
    }

    List<Source> sources(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw fail(field, "needs at least one {seed, quote}");
        }
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(source(field + "[" + i + "]", v.get(i)));
        }
        return out;
    }

    private Source source(String field, JsonNode v) {
        RecordReader s = nested(field, v);
        s.allowOnly("seed", "quote");
        return new Source(s.text("seed"), s.text("quote"));
    }

    /** A bilingual text {"vi": …, "en": …}, or {@code null} when absent; a language may be missing (the tests ask for both). */
    LocalText optionalLocalText(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return localText(field, v);
    }

    LocalText localText(String field) {
        LocalText t = optionalLocalText(field);
        if (t == null) {
            throw fail(field, "missing; give {\"vi\": …, \"en\": …}");
        }
        return t;
    }

    List<LocalText> localTexts(String field) {
        JsonNode v = node.get(field);
        List<LocalText> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw fail(field, "must be a list of {\"vi\": …, \"en\": …}");
        }
        for (int i = 0; i < v.size(); i++) {
            out.add(localText(field + "[" + i + "]", v.get(i)));
        }
        return out;
    }

    private LocalText localText(String field, JsonNode v) {
        if (!v.isObject()) {
            throw fail(field, "must be {\"vi\": …, \"en\": …}, got " + v);
        }
        RecordReader t = nested(field, v);
        t.allowOnly("vi", "en");
        String vi = t.optionalText("vi");
        String en = t.optionalText("en");
        if ((vi == null || vi.isBlank()) && (en == null || en.isBlank())) {
            throw fail(field, "needs a Vietnamese or an English text");
        }
        return new LocalText(vi, en);
    }

    /** A list of nested records (interventions, events). */
    List<RecordReader> records(String field) {
        JsonNode v = node.get(field);
        List<RecordReader> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw fail(field, "must be a list");
        }
        for (int i = 0; i < v.size(); i++) {
            out.add(nested(field + "[" + i + "]", v.get(i)));
        }
        return out;
    }

    boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    Geometry optionalGeometry(String field) {
        return has(field) ? geometry(field) : null;
    }

    Geometry geometry(String field) {
        try {
            return GeoJsonCodec.read(node.get(field));
        } catch (IllegalArgumentException e) {
            throw fail(field, e.getMessage());
        }
    }

    private RecordReader nested(String field, JsonNode v) {
        if (!v.isObject()) {
            throw fail(field, "must be a JSON object");
        }
        return new RecordReader(file, record + ": " + field, v);
    }
}
