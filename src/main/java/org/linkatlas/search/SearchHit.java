package org.linkatlas.search;

/** One search result: what it is, its id, the label to show, and a short description (kind, place). */
public record SearchHit(Type type, String id, String label, String detail) {
    /** The kinds of thing search finds, in the order results of equal rank are listed. */
    public enum Type {
        LINK, AGREEMENT, PLACE
    }
}
