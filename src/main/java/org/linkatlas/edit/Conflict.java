package org.linkatlas.edit;

import org.linkatlas.model.RecordRef;

/**
 * A field that a changeset changed and that also changed beneath it (a new bundle, or another office's edit):
 * the value the changeset started from ({@code base}), the changeset's ({@code mine}) and the one found
 * ({@code theirs}), each as JSON text. Field "*" means the whole record (created twice, or gone).
 */
public record Conflict(String changeset, RecordRef ref, String field, String base, String mine, String theirs) {
}
