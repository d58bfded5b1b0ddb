package org.linkatlas.catalogue;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Finds a quote verbatim in a seed text, up to whitespace (runs of spaces, tabs and line breaks count as one
 * space) and Unicode normalisation (both sides NFC). Nothing else is forgiven: not case, not punctuation.
 * Pure; any thread.
 */
public final class QuoteMatcher {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private QuoteMatcher() {
    }

    public static String normalise(String text) {
        return SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    public static boolean occursIn(String quote, String seedText) {
        String q = normalise(quote);
        return !q.isEmpty() && normalise(seedText).contains(q);
    }
}
