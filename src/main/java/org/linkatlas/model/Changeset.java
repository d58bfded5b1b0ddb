package org.linkatlas.model;

import java.time.Instant;
import java.util.List;

/**
 * One save: who, when, why, and per record the fields changed with their old and new values. Identified by a
 * UUID so that the same changeset imported twice is recognised. {@code reverts} names the changeset this one
 * undoes, or is null.
 */
public record Changeset(String id, String author, Instant time, String comment, String reverts,
                        List<RecordChange> changes) {
    public Changeset {
        changes = List.copyOf(changes);
    }
}
