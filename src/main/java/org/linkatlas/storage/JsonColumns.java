package org.linkatlas.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.linkatlas.model.LocalText;

/**
 * The JSON array columns (lists of strings, lists of bilingual texts), read and written with Jackson's streaming
 * parser and generator. Every start reads them before the first map frame: the streaming classes load in a
 * fraction of the time the object mapper takes (about 50 ms against 200 ms cold, measured here), and these
 * columns need nothing more. Stateless; any thread.
 */
final class JsonColumns {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonColumns() {
    }

    static String strings(List<String> values) {
        return write(g -> {
            for (String v : values) {
                g.writeString(v);
            }
        }, values);
    }

    static List<String> strings(String json) {
        List<String> out = new ArrayList<>();
        read(json, "a list column", p -> {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new IOException("not a string: " + p.currentToken());
            }
            out.add(p.getText());
        });
        return List.copyOf(out);
    }

    /** Each text as {"vi": …, "en": …}, a missing language left out. */
    static String texts(List<LocalText> values) {
        return write(g -> {
            for (LocalText t : values) {
                g.writeStartObject();
                if (t.vi() != null) {
                    g.writeStringField("vi", t.vi());
                }
                if (t.en() != null) {
                    g.writeStringField("en", t.en());
                }
                g.writeEndObject();
            }
        }, values);
    }

    /** Objects as written by {@link #texts(List)}; a bare string (an older store) is English. */
    static List<LocalText> texts(String json) {
        List<LocalText> out = new ArrayList<>();
        read(json, "a list of texts", p -> {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                out.add(LocalText.english(p.getText()));
                return;
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a text: " + p.currentToken());
            }
            String vi = null;
            String en = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else if (value == JsonToken.VALUE_STRING && "vi".equals(field)) {
                    vi = p.getText();
                } else if (value == JsonToken.VALUE_STRING && "en".equals(field)) {
                    en = p.getText();
                }
            }
            out.add(new LocalText(vi, en));
        });
        return out;
    }

    private interface Items {
        void write(JsonGenerator g) throws IOException;
    }

    private interface Item {
        void read(JsonParser p) throws IOException;
    }

    private static String write(Items items, Object what) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartArray();
            items.write(g);
            g.writeEndArray();
        } catch (IOException e) {
            throw new StorageException("cannot encode " + what, e);
        }
        return w.toString();
    }

    private static void read(String json, String what, Item item) {
        if (json == null) {
            return;
        }
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("not an array");
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() == null) {
                    throw new IOException("the array is not closed");
                }
                item.read(p);
            }
            if (p.nextToken() != null) {
                throw new IOException("more after the array");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new StorageException(what + " holds malformed JSON: " + json, e);
        }
    }
}
