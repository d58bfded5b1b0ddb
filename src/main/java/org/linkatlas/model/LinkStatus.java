package org.linkatlas.model;

/** A link's status as its source text gives it. */
public enum LinkStatus {
    EXISTING, UPGRADE, UNDER_CONSTRUCTION, PLANNED, PROPOSED, RESTORATION, TO_BE_REPLACED
}
