package org.linkatlas.model;

import java.util.EnumSet;
import java.util.Set;

/** Derives a link's one-word {@link LinkStatus} from its physical state and interventions. Pure; any thread. */
final class DisplayStatus {
    private static final Set<InterventionKind> NEW_WORKS = EnumSet.of(InterventionKind.BUILD, InterventionKind.REPLACE,
            InterventionKind.EXTEND, InterventionKind.ADD_TO_PLAN);
    private static final Set<InterventionKind> UPGRADES = EnumSet.of(InterventionKind.UPGRADE,
            InterventionKind.WIDEN_SECTION, InterventionKind.EXTEND);

    private DisplayStatus() {
    }

    static LinkStatus of(Link l) {
        if (l.state() == PhysicalState.UNDER_CONSTRUCTION || l.interventions().stream().anyMatch(i -> live(i)
                && i.furthestOnLifecycle() == Stage.UNDER_CONSTRUCTION)) {
            return LinkStatus.UNDER_CONSTRUCTION;
        }
        return switch (l.state()) {
            case TO_BE_REMOVED -> LinkStatus.TO_BE_REPLACED;
            case NOT_BUILT -> decided(l, NEW_WORKS) ? LinkStatus.PLANNED : LinkStatus.PROPOSED;
            case DISUSED -> decided(l, EnumSet.of(InterventionKind.RESTORE)) ? LinkStatus.RESTORATION : LinkStatus.PROPOSED;
            case EXISTING -> decided(l, EnumSet.of(InterventionKind.REPLACE)) ? LinkStatus.TO_BE_REPLACED
                    : decided(l, EnumSet.of(InterventionKind.RESTORE)) ? LinkStatus.RESTORATION
                    : decided(l, UPGRADES) ? LinkStatus.UPGRADE : LinkStatus.EXISTING;
            case UNDER_CONSTRUCTION -> LinkStatus.UNDER_CONSTRUCTION;
        };
    }

    /** Some live intervention of one of these kinds got past "requested" (agreed, planned or further). */
    private static boolean decided(Link l, Set<InterventionKind> kinds) {
        return l.interventions().stream().anyMatch(i -> kinds.contains(i.kind()) && live(i)
                && i.furthestOnLifecycle().compareTo(Stage.AGREED) >= 0);
    }

    private static boolean live(Intervention i) {
        return !i.done() && i.stage() != Stage.CANCELLED;
    }
}
