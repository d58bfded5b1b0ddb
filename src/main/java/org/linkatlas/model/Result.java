package org.linkatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * What an article says was already achieved (a road opened, a joint request made), kept apart from the
 * commitments of the agreement the article reports. Immutable.
 *
 * @param id        stable, e.g. {@code r-002-01}
 * @param partyIds  who achieved it (both provinces when they co-invested)
 * @param date      when, as vague as the source (often unknown: "những năm qua")
 */
public record Result(String id, List<String> linkIds, List<String> partyIds, LocalText text, FuzzyDate date,
                     Source source, List<LocalText> uncertainties) {
    public Result {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        linkIds = List.copyOf(linkIds);
        partyIds = List.copyOf(partyIds);
        uncertainties = List.copyOf(uncertainties);
    }
}
