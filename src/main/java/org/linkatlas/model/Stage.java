package org.linkatlas.model;

/**
 * Where an intervention stands (decision 0006). On the lifecycle, in order: requested (asked of a higher
 * body) → agreed (in a signed agreement) → planned (in an approved plan or investment programme) → under way
 * (the parties are carrying the project out) → under construction → done. Off it: reported slow, stalled,
 * cancelled.
 */
public enum Stage {
    REQUESTED, AGREED, PLANNED, UNDER_WAY, UNDER_CONSTRUCTION, DONE, REPORTED_SLOW, STALLED, CANCELLED;

    public boolean onLifecycle() {
        return ordinal() <= DONE.ordinal();
    }
}
