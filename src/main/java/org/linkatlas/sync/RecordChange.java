package org.linkatlas.sync;

import java.util.Map;
import java.util.Objects;

/**
 * One record's part of a changeset: table and id name the record ({@code link}, {@code cau-dong-viet});
 * {@code baseVersion} is the version it had when edited (null for a new record); the maps hold only the changed
 * fields, by column name, with values {@code null}, strings, numbers, booleans or JTS geometries. Immutable.
 */
public record RecordChange(String table, String recordId, Operation operation, Long baseVersion,
                           Map<String, Object> oldValues, Map<String, Object> newValues) {
    public RecordChange {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(operation, "operation");
        oldValues = oldValues == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(oldValues));
        newValues = newValues == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(newValues));
    }

    /** What happens to the record. */
    public enum Operation { INSERT, UPDATE, DELETE }

    /** A change of some fields of a record at {@code baseVersion}. */
    public static RecordChange update(String table, String id, long baseVersion, Map<String, Object> oldValues,
                                      Map<String, Object> newValues) {
        return new RecordChange(table, id, Operation.UPDATE, baseVersion, oldValues, newValues);
    }
}
