package org.linkatlas.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordRef;

/**
 * Makes the commands for create, change and delete of any record type, against the snapshot they will run on.
 * Bad input (an unknown field, a value of the wrong shape, an id in use) is refused here with a message naming
 * the record and field, before anything changes. Pure; any thread.
 */
public final class Edits {
    private Edits() {
    }

    public static Command create(Catalogue c, String typeName, Object record) {
        RecordType<Object> type = RecordTypes.typed(typeName);
        String id = type.id(record);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(typeName + ": id is required");
        }
        if (RecordTypes.find(c, new RecordRef(typeName, id)).isPresent()) {
            throw new IllegalArgumentException(typeName + " " + id + ": id is already in use");
        }
        return new PutRecordCommand(type, id, null, record, "create " + typeName + " " + id, -1);
    }

    /** Creates a record from its fields (the form's and the exchange file's way). */
    public static Command create(Catalogue c, RecordRef ref, Map<String, JsonNode> fields) {
        RecordType<Object> type = RecordTypes.typed(ref.type());
        return create(c, ref.type(), build(type, ref, fields));
    }

    public static Command changeField(Catalogue c, RecordRef ref, String field, JsonNode value) {
        return change(c, ref, Map.of(field, value));
    }

    /** Changes some fields of one record, the others staying as they are. */
    public static Command change(Catalogue c, RecordRef ref, Map<String, JsonNode> changes) {
        RecordType<Object> type = RecordTypes.typed(ref.type());
        Object before = existing(c, ref);
        LinkedHashMap<String, JsonNode> fields = type.fields(before);
        for (var e : changes.entrySet()) {
            if (!fields.containsKey(e.getKey())) {
                throw new IllegalArgumentException(ref + ": no field '" + e.getKey() + "' (fields: "
                        + String.join(", ", fields.keySet()) + ")");
            }
            fields.put(e.getKey(), e.getValue());
        }
        Object after = build(type, ref, fields);
        return new PutRecordCommand(type, ref.id(), before, after,
                "change " + ref + ": " + String.join(", ", changes.keySet()), -1);
    }

    /** Replaces a whole record by a new value with the same id. */
    public static Command replace(Catalogue c, String typeName, Object after) {
        RecordType<Object> type = RecordTypes.typed(typeName);
        RecordRef ref = new RecordRef(typeName, type.id(after));
        return new PutRecordCommand(type, ref.id(), existing(c, ref), after, "change " + ref, -1);
    }

    /**
     * Deletes one record. What names it stays as it is: the validator then reports each dangling name as an
     * error, so a save cannot leave one behind. Show {@link #dependants} to the user first.
     */
    public static Command delete(Catalogue c, RecordRef ref) {
        RecordType<Object> type = RecordTypes.typed(ref.type());
        Object before = existing(c, ref);
        return new PutRecordCommand(type, ref.id(), before, null, "delete " + ref, type.all(c).indexOf(before));
    }

    /** The records that name {@code ref}: what a delete would leave pointing at nothing. */
    public static List<RecordRef> dependants(Catalogue c, RecordRef ref) {
        return RecordTypes.named(ref.type()).dependants(c, ref.id());
    }

    private static Object existing(Catalogue c, RecordRef ref) {
        return RecordTypes.find(c, ref).orElseThrow(() -> new IllegalArgumentException(ref + " does not exist"));
    }

    private static Object build(RecordType<Object> type, RecordRef ref, Map<String, JsonNode> fields) {
        try {
            return type.fromFields(ref.id(), fields);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ref + ": " + e.getMessage(), e);
        }
    }
}
