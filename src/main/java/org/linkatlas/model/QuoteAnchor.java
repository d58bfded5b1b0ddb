package org.linkatlas.model;

/**
 * Where a record's quote stands in its source, the way web annotation anchors it: the exact words with a
 * little text before and after (W3C TextQuoteSelector) and the character offsets (TextPositionSelector).
 * {@code status} says what the last check found.
 */
public record QuoteAnchor(RecordRef ref, String sourceId, String exact, String prefix, String suffix,
                          int start, int end, Status status) {
    /** OK: found at its position; MOVED: found elsewhere; ORPHANED: no longer in the source (flagged, kept). */
    public enum Status {
        OK, MOVED, ORPHANED
    }
}
