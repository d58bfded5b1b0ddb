package org.linkatlas.storage.pg;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A changeset as the server's log holds it: its author's UUID, author, time and comment, and per record the
 * operation, the version it was made against and only the fields it changes, old and new. Field values are
 * {@code null}, strings, numbers, booleans or JTS geometries (stored as hex WKB in the log). Immutable.
 *
 * @param seq the server's order; 0 for a changeset not yet pushed
 */
public record ServerChangeset(long seq, UUID uuid, String author, Instant createdAt, String comment,
                              List<Change> changes) {
    public ServerChangeset {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        comment = comment == null ? "" : comment;
        changes = List.copyOf(changes);
    }

    /**
     * One record's change.
     *
     * @param operation   insert, update or delete
     * @param baseVersion the record's version the change was made against; null for an insert
     */
    public record Change(String table, String recordId, String operation, Long baseVersion,
                         Map<String, Object> oldValues, Map<String, Object> newValues) {
        public Change {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(recordId, "recordId");
            if (!List.of("insert", "update", "delete").contains(operation)) {
                throw new IllegalArgumentException("operation " + operation + " is not insert, update or delete");
            }
            if (("insert".equals(operation)) != (baseVersion == null)) {
                throw new IllegalArgumentException("an insert has no base version, an update or delete has one");
            }
            oldValues = oldValues == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(oldValues));
            newValues = newValues == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(newValues));
        }
    }

    /**
     * A change the server refused because the record moved on (or is gone, or exists already): what the pusher
     * meant, and what the server holds now.
     *
     * @param serverVersion the record's version on the server, 0 when it does not exist there
     * @param serverValues  the server's current values of the fields the change touches (empty when no record)
     */
    public record Conflict(UUID changeset, Change change, long serverVersion, Map<String, Object> serverValues) {
    }

    /**
     * The outcome of a push: all of it landed, or (conflicts) none of it.
     *
     * @param accepted   UUID → seq of the changesets that landed now
     * @param duplicates UUIDs the server had already (a push repeated after a lost answer)
     */
    public record PushResult(Map<UUID, Long> accepted, List<UUID> duplicates, List<Conflict> conflicts) {
        public boolean landed() {
            return conflicts.isEmpty();
        }
    }
}
