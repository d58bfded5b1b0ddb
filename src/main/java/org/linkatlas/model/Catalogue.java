package org.linkatlas.model;

import java.util.List;

/**
 * Everything the store holds, as plain values: what the catalogue files load into and the store reads back.
 * Interventions and their events live inside their links; results stand apart from commitments.
 */
public record Catalogue(List<Seed> seeds, List<Province> provinces, List<Party> parties, List<Place> places,
                        List<Agreement> agreements, List<Link> links, List<Commitment> commitments,
                        List<Result> results) {
    public Catalogue {
        seeds = List.copyOf(seeds);
        provinces = List.copyOf(provinces);
        parties = List.copyOf(parties);
        places = List.copyOf(places);
        agreements = List.copyOf(agreements);
        links = List.copyOf(links);
        commitments = List.copyOf(commitments);
        results = List.copyOf(results);
    }

    /** A catalogue without results, as version 2 knew it. */
    public Catalogue(List<Seed> seeds, List<Province> provinces, List<Party> parties, List<Place> places,
                     List<Agreement> agreements, List<Link> links, List<Commitment> commitments) {
        this(seeds, provinces, parties, places, agreements, links, commitments, List.of());
    }

    /** Every intervention of every link, in link order. */
    public List<Intervention> interventions() {
        return links.stream().flatMap(l -> l.interventions().stream()).toList();
    }
}
