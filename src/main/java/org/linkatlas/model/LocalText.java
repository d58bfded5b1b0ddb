package org.linkatlas.model;

import java.util.Objects;

/**
 * A text a user reads, in Vietnamese and English. The catalogue gives both; a store upgraded from an older
 * version may hold one language only, and then {@link #in(String)} falls back to the other rather than show
 * nothing. Immutable; any thread.
 */
public record LocalText(String vi, String en) {
    public LocalText {
        vi = blankToNull(vi);
        en = blankToNull(en);
        if (vi == null && en == null) {
            throw new IllegalArgumentException("a text needs at least one language");
        }
    }

    public static LocalText of(String vi, String en) {
        return new LocalText(vi, en);
    }

    /** English only, for records carried over from a store that had no Vietnamese for them. */
    public static LocalText english(String en) {
        return en == null || en.isBlank() ? null : new LocalText(null, en);
    }

    /** The text in {@code language} ("vi" or "en"), or in the other language when this one is missing. */
    public String in(String language) {
        boolean vietnamese = "vi".equals(language);
        return Objects.requireNonNullElse(vietnamese ? vi : en, vietnamese ? en : vi);
    }

    public boolean bothLanguages() {
        return vi != null && en != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
