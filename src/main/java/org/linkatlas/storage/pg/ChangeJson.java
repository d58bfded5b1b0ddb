package org.linkatlas.storage.pg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.linkatlas.storage.StorageException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Field values of a change ↔ the log's jsonb objects {@code {"field": value}}: JSON's own scalars as they are,
 * a geometry as the hex of its WKB (the column's type says which fields are geometry). One instance per thread.
 */
final class ChangeJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PgGeometry geometry = new PgGeometry();

    String encode(Map<String, Object> values) {
        Map<String, Object> plain = new LinkedHashMap<>();
        values.forEach((k, v) -> plain.put(k, v instanceof Geometry g ? WKBWriter.toHex(geometry.write(g)) : v));
        try {
            return JSON.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new StorageException("a change holds a value that is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    Map<String, Object> decode(String json, String table, RecordTables tables) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            JsonNode node = JSON.readTree(json);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                Object value;
                if (v.isNull()) {
                    value = null;
                } else if (tables.isGeometry(table, e.getKey()) && v.isTextual()) {
                    value = geometry.read(WKBReader.hexToBytes(v.asText()), PgGeometry.SRID, table + "." + e.getKey());
                } else if (v.isTextual()) {
                    value = v.asText();
                } else if (v.isIntegralNumber()) {
                    value = v.asLong();
                } else if (v.isNumber()) {
                    value = v.asDouble();
                } else if (v.isBoolean()) {
                    value = v.asBoolean();
                } else {
                    value = v.toString();
                }
                out.put(e.getKey(), value);
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new StorageException("the changeset log holds malformed JSON: " + e.getOriginalMessage(), e);
        }
    }
}
