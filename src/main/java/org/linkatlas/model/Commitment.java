package org.linkatlas.model;

import java.util.List;

/** Who committed (or was asked) to do what to which links, by when, in the source's own words. */
public record Commitment(String id, String agreementId, List<String> linkIds, List<String> actorIds,
                         CommitmentRole role, String actionVi, String actionEn, FuzzyDate deadline,
                         Source source, List<String> uncertainties) {
    public Commitment {
        linkIds = List.copyOf(linkIds);
        actorIds = List.copyOf(actorIds);
        uncertainties = List.copyOf(uncertainties);
    }
}
