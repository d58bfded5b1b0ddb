package org.linkatlas.model;

import java.util.List;

/** What one changeset did to one record: the operation and the fields it changed, old and new. */
public record RecordChange(RecordRef ref, ChangeOp op, List<FieldChange> fields) {
    public RecordChange {
        fields = List.copyOf(fields);
    }
}
