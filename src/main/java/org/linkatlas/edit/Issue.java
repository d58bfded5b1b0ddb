package org.linkatlas.edit;

import org.linkatlas.model.RecordRef;

/** One validation finding, naming the record and field it is about. Immutable. */
public record Issue(Severity severity, RecordRef ref, String field, String message) {
    /** Errors block a save; warnings are shown and can be accepted. */
    public enum Severity {
        ERROR, WARNING
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + ref + " · " + field + ": " + message;
    }
}
