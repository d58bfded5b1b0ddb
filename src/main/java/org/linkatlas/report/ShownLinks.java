package org.linkatlas.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.linkatlas.explore.LinkFacts;
import org.linkatlas.explore.LinkFilter;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.model.Place;

/**
 * What the window (or a command's options) shows: the catalogue through a filter. The links it lets through,
 * the places they name, and the filters in force said in words for a print layout. Immutable; any thread.
 */
public record ShownLinks(Catalogue catalogue, LinkFilter filter, LinkFacts facts) {

    public ShownLinks(Catalogue catalogue, LinkFilter filter) {
        this(catalogue, filter, new LinkFacts(catalogue));
    }

    public Predicate<Link> predicate() {
        return filter.predicate(facts);
    }

    /** The links shown, in the catalogue's order. */
    public List<Link> links() {
        Predicate<Link> p = predicate();
        return catalogue.links().stream().filter(p).toList();
    }

    /** The places the shown links name, in the catalogue's order. */
    public List<Place> places() {
        Set<String> ids = new LinkedHashSet<>();
        links().forEach(l -> ids.addAll(l.placeIds()));
        return catalogue.places().stream().filter(p -> ids.contains(p.id())).toList();
    }

    /** The catalogue cut down to the shown links (and all else unchanged), for writers that take a catalogue. */
    public Catalogue asCatalogue() {
        return new Catalogue(catalogue.seeds(), catalogue.provinces(), catalogue.parties(), catalogue.places(),
                catalogue.agreements(), links(), catalogue.commitments());
    }

    /**
     * The filters in force, one phrase each ("Status: Planned, Proposed"), or one phrase saying there is none.
     */
    public List<String> describe(Messages m) {
        List<String> out = new ArrayList<>();
        if (!filter.statuses().equals(EnumSet.allOf(LinkStatus.class))) {
            out.add(m.get("outputs.filter.status", filter.statuses().isEmpty() ? m.get("outputs.filter.nothing")
                    : filter.statuses().stream().map(s -> m.get("status." + Codes.of(s))).collect(Collectors.joining(", "))));
        }
        if (!filter.kinds().equals(EnumSet.allOf(LinkKind.class))) {
            out.add(m.get("outputs.filter.kind", filter.kinds().isEmpty() ? m.get("outputs.filter.nothing")
                    : filter.kinds().stream().map(k -> m.get("kind." + Codes.of(k))).collect(Collectors.joining(", "))));
        }
        if (filter.province() != null) {
            out.add(m.get("outputs.filter.province", filter.province()));
        }
        if (filter.agreement() != null) {
            Agreement a = catalogue.agreements().stream().filter(x -> x.id().equals(filter.agreement())).findFirst().orElse(null);
            out.add(m.get("outputs.filter.agreement", a == null ? filter.agreement() : title(a, lang(m))));
        }
        if (filter.year() != null) {
            out.add(m.get("outputs.filter.year", String.valueOf(filter.year())));
        }
        if (out.isEmpty()) {
            out.add(m.get("outputs.filter.none"));
        }
        return out;
    }

    static String lang(Messages m) {
        return "vi".equals(m.locale().getLanguage()) ? "vi" : "en";
    }

    static Messages messages(String lang) {
        return new Messages("en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
    }

    /** An agreement's title in a language (the Vietnamese one when there is no English). */
    public static String title(Agreement a, String lang) {
        return "en".equals(lang) && a.titleEn() != null && !a.titleEn().isBlank() ? a.titleEn() : a.titleVi();
    }

    /** A link's name in a language (the Vietnamese one when there is no English). */
    public static String name(Link l, String lang) {
        return "en".equals(lang) && l.nameEn() != null && !l.nameEn().isBlank() ? l.nameEn() : l.nameVi();
    }
}
