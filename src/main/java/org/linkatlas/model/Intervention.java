package org.linkatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A change promised for one link (decision 0006): what kind, which part ({@code what}), the bodies it is asked
 * of, the commitments that promise it, and its progress as events in the order they happened. The current
 * stage is the stage of the last event; there is no stored stage to fall out of step with the evidence.
 *
 * @param id           stable, e.g. {@code iv-ql-37-widen}
 * @param requestedOf  party ids of the bodies asked (Chính phủ, Bộ GTVT, …); empty when the parties act themselves
 * @param commitmentIds commitments that promise it (may be empty for an intervention known only from a result)
 * @param events       in order of occurrence; at least one in a catalogue (the reader and the validator refuse
 *                     none), empty only for a moment inside an edit session, while an intervention is being created
 *                     and its first event is not yet in place (org.linkatlas.edit keeps events as records of their own)
 */
public record Intervention(String id, String linkId, InterventionKind kind, LocalText what, List<String> requestedOf,
                           List<String> commitmentIds, List<ProgressEvent> events) {
    public Intervention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        requestedOf = List.copyOf(requestedOf);
        commitmentIds = List.copyOf(commitmentIds);
        events = List.copyOf(events);
    }

    /** The stage of the latest event ({@link Stage#REQUESTED}, the lifecycle's start, while there is none yet). */
    public Stage stage() {
        return events.isEmpty() ? Stage.REQUESTED : events.get(events.size() - 1).stage();
    }

    /** The furthest stage on the lifecycle any event reached (a bridge reported slow is still under construction). */
    public Stage furthestOnLifecycle() {
        return events.stream().map(ProgressEvent::stage).filter(Stage::onLifecycle)
                .max(Enum::compareTo).orElse(Stage.REQUESTED);
    }

    public boolean done() {
        return events.stream().anyMatch(e -> e.stage() == Stage.DONE);
    }
}
