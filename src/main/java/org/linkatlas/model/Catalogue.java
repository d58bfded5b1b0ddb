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

    /**
     * The record's meaning (every component equal), written out: the generated one's first call spins method
     * handles for the components, about 10 ms on the JavaFX thread at the first frame, where the view model's
     * property compares the catalogue shown with the one before. {@code CatalogueTest} checks every component counts.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Catalogue c && seeds.equals(c.seeds) && provinces.equals(c.provinces)
                && parties.equals(c.parties) && places.equals(c.places) && agreements.equals(c.agreements)
                && links.equals(c.links) && commitments.equals(c.commitments) && results.equals(c.results);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(seeds, provinces, parties, places, agreements, links, commitments, results);
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
