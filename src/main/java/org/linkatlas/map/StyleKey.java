package org.linkatlas.map;

import org.linkatlas.model.Accuracy;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;

/**
 * What a link's line looks like depends on (its kind, stage and accuracy): the links are stroked a group per key,
 * on the screen ({@link LinkRenderer}) and in print ({@link LinkRaster}). A plain class, not a record: a record's
 * generated hashCode spins method handles at its first call, about 8 ms on the JavaFX thread inside the first
 * frame's paint. Immutable; any thread.
 */
final class StyleKey {
    private final LinkKind kind;
    private final LinkStatus status;
    private final Accuracy accuracy;

    StyleKey(LinkKind kind, LinkStatus status, Accuracy accuracy) {
        this.kind = kind;
        this.status = status;
        this.accuracy = accuracy;
    }

    LinkKind kind() {
        return kind;
    }

    LinkStatus status() {
        return status;
    }

    Accuracy accuracy() {
        return accuracy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StyleKey k && k.kind == kind && k.status == status && k.accuracy == accuracy;
    }

    @Override
    public int hashCode() {
        return (31 * (kind == null ? 0 : kind.ordinal() + 1) + (status == null ? 0 : status.ordinal() + 1)) * 31
                + (accuracy == null ? 0 : accuracy.ordinal() + 1);
    }
}
