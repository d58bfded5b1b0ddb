package org.linkatlas.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.Source;

/**
 * One kind of editable record, seen generically: a name, a stable id, named fields as JSON, and where its records
 * live in a {@link Catalogue}. {@code fromFields(fields(r))} gives back a record equal to {@code r}; commands,
 * changesets and the exchange file rely on that. A new kind of record (an intervention, an event) becomes
 * editable by adding one implementation to {@link RecordTypes}. Implementations are stateless; any thread.
 *
 * @param <T> the model record
 */
public interface RecordType<T> {
    /** The type's name in changesets and the exchange file, e.g. "link". */
    String name();

    String id(T record);

    List<T> all(Catalogue c);

    /** The same catalogue with this type's records replaced. */
    Catalogue with(Catalogue c, List<T> records);

    /** Every field but the id, in a fixed order. */
    LinkedHashMap<String, JsonNode> fields(T record);

    /**
     * @throws IllegalArgumentException naming the field when a value has the wrong shape or a required one is missing
     */
    T fromFields(String id, Map<String, JsonNode> fields);

    /** The citations the record carries (for quote anchoring). */
    List<Source> citations(T record);

    default RecordRef ref(T record) {
        return new RecordRef(name(), id(record));
    }

    /** Reads one field, naming it in the error. */
    static <V> V field(Map<String, JsonNode> fields, String name, java.util.function.Function<JsonNode, V> reader) {
        try {
            return reader.apply(fields.get(name));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }
}
