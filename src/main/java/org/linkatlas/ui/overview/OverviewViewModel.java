package org.linkatlas.ui.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Link;
import org.linkatlas.model.Party;
import org.linkatlas.model.Province;

/**
 * State of the overview window: the catalogue shown, its links, the selected link and its details. Holds no
 * nodes. JavaFX thread only (it owns observable state the view binds to).
 */
public final class OverviewViewModel {
    private final ReadOnlyObjectWrapper<Catalogue> catalogue = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final ObjectProperty<Link> selectedLink = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LinkDetails> details = new ReadOnlyObjectWrapper<>();
    private Map<String, Agreement> agreementsById = Map.of();
    private Map<String, String> successors = Map.of();
    private Map<String, String> partyNames = Map.of();

    public OverviewViewModel() {
        selectedLink.addListener((obs, old, link) -> details.set(link == null ? null : detailsOf(link)));
    }

    public void show(Catalogue c) {
        agreementsById = c.agreements().stream().collect(Collectors.toMap(Agreement::id, Function.identity()));
        successors = c.provinces().stream().collect(Collectors.toMap(Province::name, Province::successor));
        partyNames = c.parties().stream().collect(Collectors.toMap(Party::id, Party::nameVi));
        catalogue.set(c);
        selectedLink.set(null);
        links.setAll(c.links().stream().sorted(Comparator.comparing(Link::nameVi)).toList());
    }

    public ReadOnlyObjectProperty<Catalogue> catalogueProperty() {
        return catalogue.getReadOnlyProperty();
    }

    public ObservableList<Link> links() {
        return links;
    }

    public ObjectProperty<Link> selectedLinkProperty() {
        return selectedLink;
    }

    public ReadOnlyObjectProperty<LinkDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Who acts, by name ("Tỉnh Bắc Giang"), in the order the commitment gives. */
    public String actorNames(Commitment c) {
        return c.actorIds().stream().map(id -> partyNames.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }

    public List<String> provincesToday(Link link) {
        return link.provinces().stream().map(p -> successors.getOrDefault(p, p)).distinct().toList();
    }

    private LinkDetails detailsOf(Link link) {
        List<Commitment> commitments = catalogue.get().commitments().stream()
                .filter(c -> c.linkIds().contains(link.id())).toList();
        Set<String> agreementIds = new LinkedHashSet<>(link.agreementIds());
        commitments.forEach(c -> agreementIds.add(c.agreementId()));
        List<Agreement> agreements = new ArrayList<>();
        agreementIds.forEach(id -> {
            Agreement a = agreementsById.get(id);
            if (a != null) {
                agreements.add(a);
            }
        });
        double km = link.kind().isPointLike() ? 0 : GeodesicLength.metres(link.geometry()) / 1000.0;
        return new LinkDetails(link, provincesToday(link), km, agreements, commitments);
    }
}
