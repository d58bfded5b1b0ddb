package org.linkatlas.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.catalogue.QuoteMatcher;
import org.linkatlas.model.QuoteAnchor;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.Seed;
import org.linkatlas.model.Source;

/**
 * Anchors quotes the way web annotation does (Hypothesis: TextQuoteSelector with {@value #CONTEXT} characters of
 * context either side, plus TextPositionSelector), and re-anchors them against the current source text: found
 * at its position → OK, found elsewhere → MOVED (new position), not found → ORPHANED. An orphaned anchor is
 * flagged and kept; the record's quote is never dropped. Pure; any thread.
 */
public final class QuoteAnchors {
    static final int CONTEXT = 32;

    private QuoteAnchors() {
    }

    /** @return null when the quote is not in the text */
    public static QuoteAnchor anchor(RecordRef ref, Source s, String sourceText) {
        int[] at = QuoteMatcher.locate(s.quote(), sourceText);
        if (at == null) {
            return null;
        }
        String text = java.text.Normalizer.normalize(sourceText, java.text.Normalizer.Form.NFC);
        return new QuoteAnchor(ref, s.seed(), s.quote(), text.substring(Math.max(0, at[0] - CONTEXT), at[0]),
                text.substring(at[1], Math.min(text.length(), at[1] + CONTEXT)), at[0], at[1], QuoteAnchor.Status.OK);
    }

    /** The anchor checked against {@code sourceText} (null when the source itself is gone). */
    public static QuoteAnchor recheck(QuoteAnchor a, String sourceText) {
        if (sourceText == null) {
            return withStatus(a, a.start(), a.end(), QuoteAnchor.Status.ORPHANED);
        }
        String text = java.text.Normalizer.normalize(sourceText, java.text.Normalizer.Form.NFC);
        if (a.end() <= text.length()
                && QuoteMatcher.normalise(text.substring(a.start(), a.end())).equals(QuoteMatcher.normalise(a.exact()))) {
            return withStatus(a, a.start(), a.end(), QuoteAnchor.Status.OK);
        }
        int[] at = QuoteMatcher.locate(a.exact(), text);
        if (at == null) {
            return withStatus(a, a.start(), a.end(), QuoteAnchor.Status.ORPHANED);
        }
        return withStatus(a, at[0], at[1], QuoteAnchor.Status.MOVED);
    }

    /** Rechecks every anchor against the seeds (bundled and imported) of the catalogue. */
    public static List<QuoteAnchor> recheckAll(List<QuoteAnchor> anchors, List<Seed> seeds) {
        Map<String, String> texts = new HashMap<>();
        seeds.forEach(s -> texts.put(s.fileName(), s.text()));
        List<QuoteAnchor> out = new ArrayList<>();
        anchors.forEach(a -> out.add(recheck(a, texts.get(a.sourceId()))));
        return out;
    }

    private static QuoteAnchor withStatus(QuoteAnchor a, int start, int end, QuoteAnchor.Status status) {
        return new QuoteAnchor(a.ref(), a.sourceId(), a.exact(), a.prefix(), a.suffix(), start, end, status);
    }
}
