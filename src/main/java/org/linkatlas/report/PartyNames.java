package org.linkatlas.report;

import org.linkatlas.model.Party;
import org.linkatlas.search.TextFolding;

/**
 * A party's name in a report's language. A proper name keeps its letters in every language: the bundled
 * catalogue writes English names with diacritics ("Bắc Giang province", data/README.md), and an English name
 * without them (a store built before, a party a user added as "Bac Giang province") gets the province's own name
 * back: "Bắc Giang province". Pure; any thread.
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
