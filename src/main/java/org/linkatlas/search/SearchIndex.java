package org.linkatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.Place;

/**
 * Finds links, places and agreements by any part of their names, ignoring case and diacritics (see
 * {@link TextFolding}): every word of the query must occur in the name, number or English name. Results rank
 * a whole-phrase match above scattered words, a match at the start above one inside, and shorter names first.
 * Immutable once built; any thread.
 */
public final class SearchIndex {
    private record Entry(SearchHit hit, String foldedLabel, String haystack) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public SearchIndex(Catalogue c) {
        for (Link l : c.links()) {
            add(new SearchHit(SearchHit.Type.LINK, l.id(), l.nameVi(), l.nameEn()), l.nameVi(), l.nameEn(), l.id());
        }
        for (Agreement a : c.agreements()) {
            String number = a.number() == null ? null : "số " + a.number() + " " + a.number();
            add(new SearchHit(SearchHit.Type.AGREEMENT, a.id(), a.titleVi(), a.titleEn()), a.titleVi(), a.titleEn(), number);
        }
        for (Place p : c.places()) {
            add(new SearchHit(SearchHit.Type.PLACE, p.id(), p.nameVi(), p.kind()), p.nameVi(), p.nameEn(), null);
        }
    }

    private void add(SearchHit hit, String... texts) {
        StringBuilder hay = new StringBuilder();
        for (String t : texts) {
            if (t != null) {
                hay.append(' ').append(TextFolding.fold(t));
            }
        }
        entries.add(new Entry(hit, TextFolding.fold(hit.label()), hay.toString().strip()));
    }

    /** At most {@code limit} hits, best first; none for a blank query. */
    public List<SearchHit> search(String query, int limit) {
        String q = TextFolding.fold(query);
        if (q.isEmpty()) {
            return List.of();
        }
        String[] words = q.split(" ");
        record Scored(Entry e, int rank) {
        }
        List<Scored> found = new ArrayList<>();
        for (Entry e : entries) {
            boolean all = true;
            for (String w : words) {
                if (!e.haystack().contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                found.add(new Scored(e, rank(e, q)));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Scored::rank)
                        .thenComparingInt(s -> s.e().hit().type().ordinal())
                        .thenComparingInt(s -> s.e().foldedLabel().length())
                        .thenComparing(s -> s.e().foldedLabel()))
                .limit(limit).map(s -> s.e().hit()).toList();
    }

    private static int rank(Entry e, String q) {
        String label = e.foldedLabel();
        if (label.equals(q)) {
            return 0;
        }
        if (label.startsWith(q)) {
            return 1;
        }
        if ((" " + label + " ").contains(" " + q + " ") || (" " + label).contains(" " + q)) {
            return 2;
        }
        String[] words = q.split(" ");
        boolean allInLabel = true;
        for (String w : words) {
            allInLabel &= label.contains(w);
        }
        if (allInLabel && label.startsWith(words[0])) {
            return 3; // "ket luan 352" → "Kết luận số 352 …" before a title that only mentions it
        }
        if (allInLabel) {
            return 4;
        }
        return e.haystack().contains(q) ? 5 : 6;
    }
}
