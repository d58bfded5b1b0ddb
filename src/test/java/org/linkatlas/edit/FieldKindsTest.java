package org.linkatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.model.Catalogue;
import org.linkatlas.testing.Fixtures;

/**
 * The form's field table matches the record types: for every record of the real catalogue, the fields it gives
 * are those listed, in the same order, and every value present has the listed shape (and a code one of the
 * listed codes), so no field is edited with the wrong editor.
 */
class FieldKindsTest {
    @Test
    void everyFieldOfEveryRecordHasItsListedShape() {
        Catalogue c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        int values = 0;
        for (RecordType<?> t : RecordTypes.all()) {
            RecordType<Object> type = RecordTypes.typed(t.name());
            List<FieldKinds.Field> listed = FieldKinds.of(t.name());
            for (Object r : type.all(c)) {
                Map<String, JsonNode> fields = type.fields(r);
                assertEquals(listed.stream().map(FieldKinds.Field::name).toList(), List.copyOf(fields.keySet()), t.name());
                for (FieldKinds.Field f : listed) {
                    JsonNode v = fields.get(f.name());
                    if (v == null || v.isNull()) {
                        assertTrue(!f.required() || f.kind() == FieldKinds.Kind.GEOMETRY, t.name() + "." + f.name() + " is required");
                        continue;
                    }
                    values++;
                    String where = t.name() + " " + type.id(r) + "." + f.name() + " = " + v;
                    switch (f.kind()) {
                        case TEXT, GEOMETRY -> assertTrue(v.isTextual(), where);
                        case CODE -> assertTrue(v.isTextual() && f.codes().contains(v.asText()), where);
                        case NUMBER -> assertTrue(v.isNumber(), where);
                        case TEXTS -> assertTrue(v.isArray() && (v.isEmpty() || v.get(0).isTextual()), where);
                        case LOCAL -> assertTrue(v.isObject() && v.has("vi") && v.has("en"), where);
                        case LOCALS -> assertTrue(v.isArray() && (v.isEmpty() || v.get(0).has("vi")), where);
                        case FUZZY -> assertTrue(v.isObject() && v.has("precision") && v.has("relation"), where);
                        case PERIOD -> assertTrue(v.isObject() && v.has("from") && v.has("to"), where);
                        case SOURCE -> assertTrue(v.isObject() && v.has("seed") && v.has("quote"), where);
                        case SOURCES -> assertTrue(v.isArray() && (v.isEmpty() || v.get(0).has("quote")), where);
                    }
                }
            }
        }
        assertTrue(values > 1000, "checked " + values + " values");
    }
}
