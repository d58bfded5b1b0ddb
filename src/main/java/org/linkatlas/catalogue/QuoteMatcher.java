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

    /**
     * Where a quote stands in the original seed text (whitespace runs may differ between them).
     *
     * @return {start, end} character offsets into {@code seedText}, or null when the quote is not there
     */
    public static int[] locate(String quote, String seedText) {
        String text = Normalizer.normalize(seedText, Normalizer.Form.NFC);
        String q = normalise(quote);
        if (q.isEmpty()) {
            return null;
        }
        // build the normalised text while remembering where each of its characters came from
        StringBuilder norm = new StringBuilder();
        int[] origin = new int[text.length() + 1];
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
            if (space) {
                if (!inSpace && norm.length() > 0) {
                    origin[norm.length()] = i;
                    norm.append(' ');
                }
                inSpace = true;
            } else {
                origin[norm.length()] = i;
                norm.append(c);
                inSpace = false;
            }
        }
        int at = norm.indexOf(q);
        if (at < 0) {
            return null;
        }
        int end = origin[at + q.length() - 1] + 1;
        return new int[] {origin[at], end};
    }
}
