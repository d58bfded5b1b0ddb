package org.linkatlas.explore;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;

/**
 * Which links to show: kinds, statuses, a province (by its name at signing or since 2025), an agreement,
 * and a year: with a year, a link shows if it exists or is due (target or commitment deadline) by the end of
 * that year. Immutable value; any thread.
 *
 * @param province  a province name, old or new, or null for all
 * @param agreement an agreement id, or null for all
 * @param year      a year, or null for no year filter
 */
public record LinkFilter(Set<LinkKind> kinds, Set<LinkStatus> statuses, String province, String agreement, Integer year) {

    public static LinkFilter all() {
        return new LinkFilter(EnumSet.allOf(LinkKind.class), EnumSet.allOf(LinkStatus.class), null, null, null);
    }

    public LinkFilter {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(LinkKind.class) : EnumSet.copyOf(kinds);
        statuses = statuses.isEmpty() ? EnumSet.noneOf(LinkStatus.class) : EnumSet.copyOf(statuses);
    }

    public LinkFilter withKinds(Set<LinkKind> k) {
        return new LinkFilter(k, statuses, province, agreement, year);
    }

    public LinkFilter withStatuses(Set<LinkStatus> s) {
        return new LinkFilter(kinds, s, province, agreement, year);
    }

    public LinkFilter withProvince(String p) {
        return new LinkFilter(kinds, statuses, p, agreement, year);
    }

    public LinkFilter withAgreement(String a) {
        return new LinkFilter(kinds, statuses, province, a, year);
    }

    public LinkFilter withYear(Integer y) {
        return new LinkFilter(kinds, statuses, province, agreement, y);
    }

    /**
     * @param facts what the filter needs beyond the link itself: agreements through commitments, due years,
     *              and province successors
     */
    public Predicate<Link> predicate(LinkFacts facts) {
        return l -> kinds.contains(l.kind()) && statuses.contains(l.status())
                && (province == null || inProvince(l, facts.successors()))
                && (agreement == null || facts.agreementsOf(l.id()).contains(agreement))
                && (year == null || l.status() == LinkStatus.EXISTING
                    || facts.dueYear(l.id()).map(y -> y <= year).orElse(false));
    }

    private boolean inProvince(Link l, Map<String, String> successors) {
        for (String p : l.provinces()) {
            if (p.equals(province) || province.equals(successors.get(p))) {
                return true;
            }
        }
        return false;
    }
}
