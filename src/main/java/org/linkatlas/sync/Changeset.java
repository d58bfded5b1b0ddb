package org.linkatlas.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What sync needs of a changeset: the unit of change of the editing work (issue 13's changesets implement it).
 * A saved edit session is one changeset — its author's UUID (stable: pushing it twice lands it once), author,
 * time and comment — with per record only the fields that changed, old and new, and the record's version the
 * edit was made against. Implementations are immutable: any thread.
 */
public interface Changeset {
    UUID id();

    String author();

    Instant createdAt();

    String comment();

    List<RecordChange> changes();
}
