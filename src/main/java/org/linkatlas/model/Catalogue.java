package org.linkatlas.model;

import java.util.List;

/** Everything the store holds, as plain values: what the catalogue files load into and the store reads back. */
public record Catalogue(List<Seed> seeds, List<Province> provinces, List<Party> parties, List<Place> places,
                        List<Agreement> agreements, List<Link> links, List<Commitment> commitments) {
    public Catalogue {
        seeds = List.copyOf(seeds);
        provinces = List.copyOf(provinces);
        parties = List.copyOf(parties);
        places = List.copyOf(places);
        agreements = List.copyOf(agreements);
        links = List.copyOf(links);
        commitments = List.copyOf(commitments);
    }
}
