package org.linkatlas.model;

import java.util.List;

/**
 * The version-2 reading of a status (one word per link) as a physical state plus at most one intervention;
 * the same mapping as the V003 migration, so a store upgraded from version 2 shows what it showed before.
 * Pure; any thread.
 */
public final class LegacyStatus {
    private LegacyStatus() {
    }

    public static PhysicalState state(LinkStatus s) {
        return switch (s) {
            case EXISTING, UPGRADE, RESTORATION -> PhysicalState.EXISTING;
            case UNDER_CONSTRUCTION -> PhysicalState.UNDER_CONSTRUCTION;
            case PLANNED, PROPOSED -> PhysicalState.NOT_BUILT;
            case TO_BE_REPLACED -> PhysicalState.TO_BE_REMOVED;
        };
    }

    public static InterventionKind kind(LinkStatus s) {
        return switch (s) {
            case UPGRADE -> InterventionKind.UPGRADE;
            case RESTORATION -> InterventionKind.RESTORE;
            case TO_BE_REPLACED -> InterventionKind.REPLACE;
            default -> InterventionKind.BUILD;
        };
    }

    public static Stage stage(LinkStatus s) {
        return switch (s) {
            case UNDER_CONSTRUCTION -> Stage.UNDER_CONSTRUCTION;
            case PLANNED -> Stage.PLANNED;
            case PROPOSED -> Stage.REQUESTED;
            default -> Stage.AGREED;
        };
    }

    static List<Intervention> interventions(String linkId, LinkStatus s, List<Source> sources) {
        if (s == LinkStatus.EXISTING || sources.isEmpty()) {
            return List.of();
        }
        FuzzyDate unknown = new FuzzyDate(null, null, DatePrecision.UNKNOWN, null, null);
        ProgressEvent e = new ProgressEvent("ev-v2-" + linkId, unknown, stage(s), sources.get(0), null);
        return List.of(new Intervention("iv-v2-" + linkId, linkId, kind(s), null, List.of(), List.of(), List.of(e)));
    }
}
