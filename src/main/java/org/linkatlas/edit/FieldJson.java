package org.linkatlas.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.linkatlas.model.Codes;
import org.linkatlas.model.DatePrecision;
import org.linkatlas.model.DateRelation;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.LocalText;
import org.linkatlas.model.Period;
import org.linkatlas.model.Source;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * The JSON form of record fields, used by the field maps of {@link RecordType}, the changeset log and the
 * exchange file: text, numbers, lists of text, fuzzy dates, periods, citations, and geometry as WKT. Each
 * {@code read*} rejects a value of the wrong shape with {@link IllegalArgumentException}. Pure; any thread.
 */
public final class FieldJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FieldJson() {
    }

    /** Canonical text of a value ("null" for none): the same value always gives the same text. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node == null ? NullNode.instance : node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return json == null ? NullNode.instance : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode text(String s) {
        return s == null ? NullNode.instance : F.textNode(s);
    }

    static String readText(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException("expected text, got " + n);
        }
        return n.textValue();
    }

    static String readRequiredText(JsonNode n) {
        String s = readText(n);
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("required");
        }
        return s;
    }

    static JsonNode code(Enum<?> e) {
        return text(Codes.of(e));
    }

    static <E extends Enum<E>> E readCode(Class<E> type, JsonNode n) {
        return Codes.parse(type, readText(n));
    }

    static <E extends Enum<E>> E readOptionalCode(Class<E> type, JsonNode n) {
        return n == null || n.isNull() ? null : readCode(type, n);
    }

    static JsonNode number(Double d) {
        return d == null ? NullNode.instance : F.numberNode(d);
    }

    static Double readNumber(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber()) {
            throw new IllegalArgumentException("expected a number, got " + n);
        }
        return n.doubleValue();
    }

    static Integer readInteger(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw new IllegalArgumentException("expected a whole number, got " + n);
        }
        return n.intValue();
    }

    static JsonNode texts(List<String> list) {
        ArrayNode a = F.arrayNode();
        list.forEach(a::add);
        return a;
    }

    static List<String> readTexts(JsonNode n) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException("expected a list, got " + n);
        }
        List<String> out = new ArrayList<>();
        n.forEach(e -> out.add(readRequiredText(e)));
        return out;
    }

    /** A text in both languages as {"vi": …, "en": …} (either may be null, not both), or null for none. */
    public static JsonNode local(LocalText t) {
        if (t == null) {
            return NullNode.instance;
        }
        ObjectNode o = F.objectNode();
        o.set("vi", text(t.vi()));
        o.set("en", text(t.en()));
        return o;
    }

    static LocalText readLocal(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        requireObject(n);
        String vi = readText(n.get("vi"));
        String en = readText(n.get("en"));
        if ((vi == null || vi.isBlank()) && (en == null || en.isBlank())) {
            throw new IllegalArgumentException("a text needs at least one language (vi or en)");
        }
        return new LocalText(vi, en);
    }

    static LocalText readRequiredLocal(JsonNode n) {
        LocalText t = readLocal(n);
        if (t == null) {
            throw new IllegalArgumentException("required");
        }
        return t;
    }

    static JsonNode locals(List<LocalText> list) {
        ArrayNode a = F.arrayNode();
        list.forEach(t -> a.add(local(t)));
        return a;
    }

    static List<LocalText> readLocals(JsonNode n) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException("expected a list, got " + n);
        }
        List<LocalText> out = new ArrayList<>();
        n.forEach(e -> out.add(readRequiredLocal(e)));
        return out;
    }

    static Source readRequiredSource(JsonNode n) {
        Source s = readSource(n);
        if (s == null) {
            throw new IllegalArgumentException("required");
        }
        return s;
    }

    static JsonNode fuzzy(FuzzyDate d) {
        if (d == null) {
            return NullNode.instance;
        }
        ObjectNode o = F.objectNode();
        o.set("text", text(d.text()));
        o.set("value", text(d.value()));
        o.set("precision", code(d.precision()));
        o.set("relation", code(d.relation()));
        o.set("note", text(d.note()));
        return o;
    }

    static FuzzyDate readFuzzy(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        requireObject(n);
        return new FuzzyDate(readText(n.get("text")), readText(n.get("value")),
                readCode(DatePrecision.class, n.get("precision")), readOptionalCode(DateRelation.class, n.get("relation")),
                readText(n.get("note")));
    }

    static JsonNode period(Period p) {
        if (p == null) {
            return NullNode.instance;
        }
        ObjectNode o = F.objectNode();
        o.set("from", p.from() == null ? NullNode.instance : F.numberNode(p.from()));
        o.set("to", p.to() == null ? NullNode.instance : F.numberNode(p.to()));
        o.set("text", text(p.text()));
        return o;
    }

    static Period readPeriod(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        requireObject(n);
        return new Period(readInteger(n.get("from")), readInteger(n.get("to")), readText(n.get("text")));
    }

    static JsonNode source(Source s) {
        if (s == null) {
            return NullNode.instance;
        }
        ObjectNode o = F.objectNode();
        o.set("seed", text(s.seed()));
        o.set("quote", text(s.quote()));
        return o;
    }

    static Source readSource(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        requireObject(n);
        return new Source(readRequiredText(n.get("seed")), readRequiredText(n.get("quote")));
    }

    static JsonNode sources(List<Source> list) {
        ArrayNode a = F.arrayNode();
        list.forEach(s -> a.add(source(s)));
        return a;
    }

    static List<Source> readSources(JsonNode n) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException("expected a list of citations, got " + n);
        }
        List<Source> out = new ArrayList<>();
        n.forEach(e -> out.add(readSource(e)));
        return out;
    }

    /** Geometry as WKT; JTS writes each ordinate with as many digits as it takes to read back the same double. */
    static JsonNode geometry(Geometry g) {
        return g == null ? NullNode.instance : F.textNode(new WKTWriter().write(g));
    }

    static Geometry readGeometry(JsonNode n) {
        String wkt = readText(n);
        if (wkt == null) {
            return null;
        }
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a WKT geometry: " + e.getMessage(), e);
        }
    }

    private static void requireObject(JsonNode n) {
        if (!n.isObject()) {
            throw new IllegalArgumentException("expected an object, got " + n);
        }
    }
}
