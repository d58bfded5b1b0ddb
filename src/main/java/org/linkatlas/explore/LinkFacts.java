package org.linkatlas.explore;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Link;
import org.linkatlas.model.Province;

/**
 * Facts about each link that span records: its agreements (its own and through its commitments), its
 * commitments, and the year it is due. Built once per catalogue. Immutable; any thread.
 */
public final class LinkFacts {
    private final Map<String, Set<String>> agreements = new HashMap<>();
    private final Map<String, List<Commitment>> commitments = new HashMap<>();
    private final Map<String, Integer> dueYears = new HashMap<>();
    private final Map<String, String> successors;
    private final Map<String, Link> links = new HashMap<>();

    public LinkFacts(Catalogue c) {
        successors = c.provinces().stream().collect(Collectors.toMap(Province::name, Province::successor));
        for (Link l : c.links()) {
            links.put(l.id(), l);
            agreements.put(l.id(), new LinkedHashSet<>(l.agreementIds()));
            commitments.put(l.id(), new java.util.ArrayList<>());
            dueYear(l.target()).ifPresent(y -> dueYears.merge(l.id(), y, Math::min));
        }
        for (Commitment cm : c.commitments()) {
            for (String id : cm.linkIds()) {
                agreements.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(cm.agreementId());
                commitments.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(cm);
                dueYear(cm.deadline()).ifPresent(y -> dueYears.merge(id, y, Math::min));
            }
        }
    }

    private static Optional<Integer> dueYear(FuzzyDate d) {
        return d == null ? Optional.empty() : Deadlines.dueDate(d).map(LocalDate::getYear);
    }

    public Set<String> agreementsOf(String linkId) {
        return agreements.getOrDefault(linkId, Set.of());
    }

    public List<Commitment> commitmentsOf(String linkId) {
        return commitments.getOrDefault(linkId, List.of());
    }

    public Optional<Integer> dueYear(String linkId) {
        return Optional.ofNullable(dueYears.get(linkId));
    }

    /**
     * Whether a commitment seen from {@code link} is overdue on {@code today}. When the link carries interventions
     * that the commitment promises, their events decide: overdue when the deadline has passed and none of them is
     * done. Otherwise (a commitment without interventions): the deadline has passed, the link is not existing,
     * and not every link the commitment names is existing (then it was kept).
     */
    public boolean overdue(Commitment c, Link link, LocalDate today) {
        List<org.linkatlas.model.Intervention> promised = link.interventions().stream()
                .filter(iv -> iv.commitmentIds().contains(c.id())).toList();
        if (!promised.isEmpty()) {
            return promised.stream().anyMatch(iv -> Deadlines.isOverdue(iv, List.of(c), today));
        }
        boolean done = c.linkIds().stream().map(links::get)
                .allMatch(l -> l != null && l.status() == org.linkatlas.model.LinkStatus.EXISTING);
        return !done && Deadlines.isOverdue(c.deadline(), link.status(), today);
    }

    public Map<String, String> successors() {
        return successors;
    }
}
