package org.linkatlas.report;

import org.linkatlas.model.Party;
import org.linkatlas.search.TextFolding;

/**
 * A party's name in a report's language. The catalogue's English names are written without diacritics
 * ("Bac Giang province"); a proper name keeps its letters in every language, so the province's own name
 * (with diacritics) goes back into the English one: "Bắc Giang province". Pure; any thread.
 */
public final class PartyNames {
    private PartyNames() {
    }

    public static String name(Party p, String lang) {
        if ("vi".equals(lang) || p.nameEn() == null || p.nameEn().isBlank()) {
            return p.nameVi();
        }
        return withDiacritics(p.nameEn(), p.province());
    }

    /** {@code english} with the first run that folds to {@code properName} replaced by it. */
    static String withDiacritics(String english, String properName) {
        if (properName == null || properName.isBlank()) {
            return english;
        }
        String folded = TextFolding.fold(properName);
        int n = properName.length();
        for (int i = 0; i + n <= english.length(); i++) {
            if (TextFolding.fold(english.substring(i, i + n)).equals(folded)
                    && (i == 0 || !Character.isLetter(english.charAt(i - 1)))
                    && (i + n == english.length() || !Character.isLetter(english.charAt(i + n)))) {
                return english.substring(0, i) + properName + english.substring(i + n);
            }
        }
        return english;
    }
}
