package org.linkatlas.model;

/**
 * What a link is on the ground, apart from anything promised for it (decision 0006): it exists, is being
 * built, is not built, is out of use (a railway to be restored), or is to be removed (a ferry a bridge
 * will replace).
 */
public enum PhysicalState {
    EXISTING, UNDER_CONSTRUCTION, NOT_BUILT, DISUSED, TO_BE_REMOVED
}
