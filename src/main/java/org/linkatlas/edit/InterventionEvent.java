package org.linkatlas.edit;

import java.util.Objects;
import org.linkatlas.model.ProgressEvent;

/**
 * A progress event as an editable record: the event and the intervention it belongs to (in the catalogue an
 * event lives inside its intervention; here it has its own stable id, so recording progress creates one record
 * and two offices recording events for the same intervention do not collide). Immutable; any thread.
 */
public record InterventionEvent(String interventionId, ProgressEvent event) {
    public InterventionEvent {
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(event, "event");
    }

    public String id() {
        return event.id();
    }
}
