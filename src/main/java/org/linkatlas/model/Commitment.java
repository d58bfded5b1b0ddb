package org.linkatlas.model;

import java.util.List;

/**
 * Who committed (or was asked) to do what to which links, by when, in the source's own words. For a request
 * ({@link CommitmentRole#REQUESTS}) {@code actorIds} are the bodies asked and {@code requesterIds} the parties
 * that ask; for the other roles {@code requesterIds} is empty. {@code deadlineStage} is the stage the deadline
 * is for ("phấn đấu khởi công trước năm 2025" is a deadline for starting works: {@link Stage#UNDER_CONSTRUCTION});
 * {@code null} means done.
 */
public record Commitment(String id, String agreementId, List<String> linkIds, List<String> actorIds,
                         List<String> requesterIds, CommitmentRole role, CommitmentTopic topic, String actionVi,
                         String actionEn, FuzzyDate deadline, Stage deadlineStage, Source source,
                         List<LocalText> uncertainties) {
    public Commitment {
        linkIds = List.copyOf(linkIds);
        actorIds = List.copyOf(actorIds);
        requesterIds = List.copyOf(requesterIds);
        uncertainties = List.copyOf(uncertainties);
    }

    /** The shape of version 2 (no requesters, no topic, English uncertainties), for code written against it. */
    public Commitment(String id, String agreementId, List<String> linkIds, List<String> actorIds, CommitmentRole role,
                      String actionVi, String actionEn, FuzzyDate deadline, Source source, List<String> uncertainties) {
        this(id, agreementId, linkIds, actorIds, List.of(), role, CommitmentTopic.WORKS, actionVi, actionEn, deadline,
                null, source, uncertainties.stream().map(LocalText::english).toList());
    }
}
