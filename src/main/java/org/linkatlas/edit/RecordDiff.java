package org.linkatlas.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;

/**
 * The per-field difference between two versions of a record (geodiff keeps only the key and the changed
 * columns; a created or deleted record keeps all of its fields so that it can be made again). Pure; any thread.
 */
public final class RecordDiff {
    private RecordDiff() {
    }

    /** @return empty when the two are equal (or both absent) */
    public static Optional<RecordChange> between(RecordRef ref, Object before, Object after) {
        RecordType<Object> type = RecordTypes.typed(ref.type());
        if (before == null && after == null) {
            return Optional.empty();
        }
        Map<String, JsonNode> old = before == null ? Map.of() : type.fields(before);
        Map<String, JsonNode> now = after == null ? Map.of() : type.fields(after);
        LinkedHashMap<String, Boolean> names = new LinkedHashMap<>();
        old.keySet().forEach(k -> names.put(k, true));
        now.keySet().forEach(k -> names.put(k, true));
        List<FieldChange> fields = new ArrayList<>();
        for (String name : names.keySet()) {
            String o = FieldJson.write(old.get(name));
            String n = FieldJson.write(now.get(name));
            if (!o.equals(n) || before == null || after == null) {
                fields.add(new FieldChange(name, o, n));
            }
        }
        ChangeOp op = before == null ? ChangeOp.CREATE : after == null ? ChangeOp.DELETE : ChangeOp.MODIFY;
        if (op == ChangeOp.MODIFY && fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RecordChange(ref, op, fields));
    }
}
