package org.linkatlas.i18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Names in a language's alphabetical order, word by word, as Vietnamese dictionaries and indexes sort them. The
 * JDK's collator ignores spaces, so it sorts letter by letter and puts "Hải Phòng" before "Hà Nội" (it compares
 * "HảiP…" with "HàN…"). Here each word is compared with the language's collator (Đ after D, tones after the
 * letter), and a name that is the start of another comes first: Hà Giang, Hà Nội, Hải Dương, Hải Phòng, Hòa
 * Bình. Immutable; any thread.
 */
public final class NameOrder implements Comparator<String> {
    private final Collator words;

    private NameOrder(Locale locale) {
        this.words = Collator.getInstance(locale);
    }

    /** The order of {@code locale}'s language (Vietnamese for "vi", else English). */
    public static NameOrder of(Locale locale) {
        return new NameOrder("vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ENGLISH);
    }

    /** The Vietnamese order, for the names of links and places, which are Vietnamese in either language. */
    public static NameOrder vietnamese() {
        return of(Locale.forLanguageTag("vi"));
    }

    @Override
    public int compare(String a, String b) {
        String[] x = a.strip().split("\\s+");
        String[] y = b.strip().split("\\s+");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            synchronized (words) { // a Collator is not safe for threads
                c = words.compare(x[i], y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        if (x.length != y.length) {
            return Integer.compare(x.length, y.length);
        }
        synchronized (words) {
            return words.compare(a, b); // same words: spacing or case decide, so the order stays total
        }
    }
}
