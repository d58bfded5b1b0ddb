package org.linkatlas.ui.explorer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.linkatlas.explore.Deadlines;
import org.linkatlas.explore.LinkFacts;
import org.linkatlas.explore.LinkFilter;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Link;
import org.linkatlas.model.Party;
import org.linkatlas.model.Place;
import org.linkatlas.search.SearchHit;
import org.linkatlas.search.SearchIndex;
import org.linkatlas.map.LinkShapes;

/**
 * State of the explorer: the catalogue, the filter and the links it lets through, the selected and hovered
 * link, the chosen agreement (whose links are highlighted), the selected link's details, and search.
 * Holds no nodes. JavaFX thread only.
 */
public final class ExplorerViewModel {
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Catalogue> catalogue = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final FilteredList<Link> visibleLinks = new FilteredList<>(links);
    private final ObjectProperty<LinkFilter> filter = new SimpleObjectProperty<>(LinkFilter.all());
    private final ObjectProperty<Link> selectedLink = new SimpleObjectProperty<>();
    private final ObjectProperty<Link> hoveredLink = new SimpleObjectProperty<>();
    private final ObjectProperty<Agreement> selectedAgreement = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LinkDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Predicate<Link>> visiblePredicate = new ReadOnlyObjectWrapper<>(l -> true);
    /** "shown/all"; with no catalogue (not read yet, or a damaged store) nothing of nothing, not an empty gap. */
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("0/0");
    private LinkFacts facts;
    private SearchIndex search;
    private Map<String, Agreement> agreementsById = Map.of();
    private Map<String, Party> parties = Map.of();
    private Map<String, Place> places = Map.of();
    private Map<String, Link> linksById = Map.of();
    private LinkShapes shapes = new LinkShapes(List.of());

    public ExplorerViewModel(Clock clock) {
        this.clock = clock;
        filter.addListener((o, old, f) -> applyFilter());
        selectedLink.addListener((o, old, l) -> details.set(l == null ? null : detailsOf(l)));
    }

    /**
     * What showing a catalogue needs computed from it: the facts, look-ups by id, the links projected for the
     * map, and the list's order with the search index ({@link Ordered}), which may follow later (null here).
     * Immutable; made on any thread, so a catalogue read in the background is shown on the JavaFX thread without
     * this work there.
     */
    public record Prepared(Catalogue catalogue, LinkFacts facts, Map<String, Agreement> agreements,
                           Map<String, Party> parties, Map<String, Place> places, Map<String, Link> links,
                           LinkShapes shapes, Ordered ordered) {
    }

    /**
     * The links in the list's order (their Vietnamese names by Vietnamese collation) and the search index: what
     * the first map frame can do without. Building the collator and folding every name takes the store thread
     * about 60 ms of CPU at start-up, beside the toolkit's own start.
     */
    public record Ordered(Catalogue catalogue, List<Link> sorted, SearchIndex search) {
    }

    /** Prepares {@code c} for {@link #show(Prepared)}, the order and index included. Any thread. */
    public static Prepared prepare(Catalogue c) {
        return prepare(c, order(c));
    }

    /**
     * Prepares {@code c} for the map only: shown so, the list is in the catalogue's order and search builds its
     * index at the first query, until {@link #showOrdered} gives them. Any thread.
     */
    public static Prepared prepareForMap(Catalogue c) {
        return prepare(c, null);
    }

    private static Prepared prepare(Catalogue c, Ordered ordered) {
        return new Prepared(c, new LinkFacts(c),
                c.agreements().stream().collect(Collectors.toMap(Agreement::id, Function.identity())),
                c.parties().stream().collect(Collectors.toMap(Party::id, Function.identity())),
                c.places().stream().collect(Collectors.toMap(Place::id, Function.identity())),
                c.links().stream().collect(Collectors.toMap(Link::id, Function.identity())),
                new LinkShapes(c.links()), ordered);
    }

    /** The list's order and the search index of {@code c}. Any thread. */
    public static Ordered order(Catalogue c) {
        // names are Vietnamese in either language: sorted as Vietnamese ("Đ" after "D", tones after the letter)
        List<Link> sorted = c.links().stream().sorted(Comparator.comparing(Link::nameVi,
                org.linkatlas.i18n.NameOrder.vietnamese())).toList();
        return new Ordered(c, sorted, new SearchIndex(c));
    }

    public void show(Catalogue c) {
        show(prepare(c));
    }

    public void show(Prepared p) {
        facts = p.facts();
        search = p.ordered() == null ? null : p.ordered().search();
        agreementsById = p.agreements();
        parties = p.parties();
        places = p.places();
        linksById = p.links();
        shapes = p.shapes();
        selectedLink.set(null);
        selectedAgreement.set(null);
        catalogue.set(p.catalogue());
        links.setAll(p.ordered() == null ? p.catalogue().links() : p.ordered().sorted());
        applyFilter();
    }

    /**
     * The list's order and the search index of the catalogue on screen, computed after it was shown
     * ({@link #prepareForMap}); nothing happens for a catalogue replaced meanwhile. The selected link stays.
     */
    public void showOrdered(Ordered o) {
        if (o.catalogue() != catalogue.get()) {
            return;
        }
        search = o.search();
        Link selected = selectedLink.get();
        links.setAll(o.sorted());
        selectedLink.set(selected);
        applyFilter();
    }

    /** The shown catalogue's links projected for the map (empty before one is shown). */
    public LinkShapes shapes() {
        return shapes;
    }

    /**
     * Shows a catalogue that replaces the one on screen (a save, a discard, an import, a sync): the link selected
     * stays selected when the new catalogue still has it; nothing happens for the catalogue already shown.
     */
    public void showKeepingSelection(Catalogue c) {
        if (c == null || c == catalogue.get()) {
            return;
        }
        Link selected = selectedLink.get();
        show(c);
        if (selected != null && linksById.get(selected.id()) != null) {
            selectedLink.set(linksById.get(selected.id()));
        }
    }

    private void applyFilter() {
        if (facts == null) {
            return;
        }
        Predicate<Link> p = filter.get().predicate(facts);
        visiblePredicate.set(p);
        visibleLinks.setPredicate(p);
        countText.set(visibleLinks.size() + "/" + links.size());
        if (selectedLink.get() != null && !p.test(selectedLink.get())) {
            selectedLink.set(null);
        }
    }

    public ReadOnlyObjectProperty<Catalogue> catalogueProperty() {
        return catalogue.getReadOnlyProperty();
    }

    public ObservableList<Link> visibleLinks() {
        return visibleLinks;
    }

    public ObjectProperty<LinkFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<Link> selectedLinkProperty() {
        return selectedLink;
    }

    public ObjectProperty<Link> hoveredLinkProperty() {
        return hoveredLink;
    }

    public ObjectProperty<Agreement> selectedAgreementProperty() {
        return selectedAgreement;
    }

    public ReadOnlyObjectProperty<LinkDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Predicate<Link>> visiblePredicateProperty() {
        return visiblePredicate.getReadOnlyProperty();
    }

    /** "shown/total" links, updated with every filter change. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** Ids of the links the chosen agreement stands behind (highlighted on the map). */
    public Set<String> highlightedLinkIds() {
        Agreement a = selectedAgreement.get();
        if (a == null || facts == null) {
            return Set.of();
        }
        return links.stream().filter(l -> facts.agreementsOf(l.id()).contains(a.id())).map(Link::id)
                .collect(Collectors.toSet());
    }

    public void clearSelection() {
        selectedLink.set(null);
        selectedAgreement.set(null);
    }

    public List<SearchHit> search(String query) {
        if (search == null && catalogue.get() != null) {
            search = new SearchIndex(catalogue.get()); // asked before the index built after the first frame came
        }
        return search == null ? List.of() : search.search(query, 12);
    }

    /**
     * Acts on a chosen search result: selects the link or agreement.
     *
     * @return what the map should show, as a lon/lat box {minLon, minLat, maxLon, maxLat}, if anything
     */
    public Optional<double[]> choose(SearchHit hit) {
        switch (hit.type()) {
            case LINK -> {
                Link l = linksById.get(hit.id());
                if (l == null) {
                    return Optional.empty();
                }
                if (!visiblePredicate.get().test(l)) {
                    filter.set(LinkFilter.all()); // a search result hidden by the filter would look like a failure
                }
                selectedLink.set(l);
                return Optional.of(box(List.of(l)));
            }
            case AGREEMENT -> {
                Agreement a = agreementsById.get(hit.id());
                selectedAgreement.set(a);
                List<Link> its = linksOf(a);
                return its.isEmpty() ? Optional.empty() : Optional.of(box(its));
            }
            default -> {
                Place p = places.get(hit.id());
                return p == null ? Optional.empty()
                        : Optional.of(new double[] {p.point().getX(), p.point().getY(), p.point().getX(), p.point().getY()});
            }
        }
    }

    private static double[] box(List<Link> links) {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        links.stream().filter(Link::located).forEach(l -> e.expandToInclude(l.geometry().getEnvelopeInternal()));
        return new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
    }

    public List<Link> linksOf(Agreement a) {
        return a == null ? List.of() : links.stream().filter(l -> facts.agreementsOf(l.id()).contains(a.id())).toList();
    }

    public String partyName(String id) {
        return partyName(id, false);
    }

    /** A party's name in English (where the catalogue has one) or Vietnamese. */
    public String partyName(String id, boolean english) {
        Party p = parties.get(id);
        if (p == null) {
            return id;
        }
        return english && p.nameEn() != null && !p.nameEn().isBlank() ? p.nameEn() : p.nameVi();
    }

    /** Every filter back to "all": all kinds and statuses, any province, agreement and year. */
    public void resetFilters() {
        filter.set(LinkFilter.all());
    }

    private LinkDetails detailsOf(Link link) {
        LocalDate today = LocalDate.now(clock);
        List<LinkDetails.CommitmentRow> rows = new ArrayList<>();
        for (Commitment c : facts.commitmentsOf(link.id())) {
            String actors = c.actorIds().stream().map(this::partyName).collect(Collectors.joining(", "));
            rows.add(new LinkDetails.CommitmentRow(c, actors, Deadlines.dueDate(c.deadline()).orElse(null),
                    facts.overdue(c, link, today)));
        }
        List<Agreement> agreements = facts.agreementsOf(link.id()).stream().map(agreementsById::get)
                .filter(java.util.Objects::nonNull).toList();
        double km = link.kind().isPointLike() || !link.located() ? 0 : GeodesicLength.metres(link.geometry()) / 1000.0;
        List<String> today2025 = link.provinces().stream().map(p -> facts.successors().getOrDefault(p, p)).distinct().toList();
        return new LinkDetails(link, today2025, km, agreements, rows);
    }

    public LinkFacts facts() {
        return facts;
    }
}
