package org.linkatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.explore.LinkFilter;
import org.linkatlas.i18n.NameOrder;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.search.SearchHit;
import org.linkatlas.testing.Fixtures;

/**
 * The first catalogue is shown for the map before the list's order and the search index are made (they follow
 * after the first frame): the explorer's state while waiting for them and once they come.
 */
class ExplorerViewModelOrderTest {
    static Catalogue catalogue;

    @BeforeAll
    static void read() throws Exception {
        catalogue = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
    }

    private static List<String> names(List<Link> links) {
        return links.stream().map(Link::nameVi).toList();
    }

    private static List<String> vietnameseOrder() {
        return catalogue.links().stream().map(Link::nameVi).sorted(NameOrder.vietnamese()).toList();
    }

    @Test
    void shownForTheMapTheListHasTheStoresOrderThenTheVietnameseOne() {
        assertNotEquals(vietnameseOrder(), names(catalogue.links()), "the fixture's own order differs, or this test sees nothing");
        ExplorerViewModel vm = new ExplorerViewModel(Clock.systemUTC());
        ExplorerViewModel.Prepared forMap = ExplorerViewModel.prepareForMap(catalogue);
        assertNull(forMap.ordered());
        vm.show(forMap);
        assertEquals(names(catalogue.links()), names(vm.visibleLinks()));
        assertEquals(catalogue.links().stream().filter(Link::located).count(), vm.shapes().all().size(), "the map has every link");

        vm.showOrdered(ExplorerViewModel.order(catalogue));
        assertEquals(vietnameseOrder(), names(vm.visibleLinks()));
        assertEquals(names(ExplorerViewModel.prepare(catalogue).ordered().sorted()), names(vm.visibleLinks()),
                "as a catalogue prepared whole is shown");
    }

    @Test
    void searchWorksBeforeTheIndexComes() {
        ExplorerViewModel vm = new ExplorerViewModel(Clock.systemUTC());
        vm.show(ExplorerViewModel.prepareForMap(catalogue));
        List<SearchHit> early = vm.search("dong viet");
        assertFalse(early.isEmpty(), "the index is built at the first query");
        vm.showOrdered(ExplorerViewModel.order(catalogue));
        assertEquals(early, vm.search("dong viet"));
    }

    @Test
    void theSelectedLinkStaysSelectedAndAHiddenOneIsNotBroughtBack() {
        ExplorerViewModel vm = new ExplorerViewModel(Clock.systemUTC());
        vm.show(ExplorerViewModel.prepareForMap(catalogue));
        Link first = vm.visibleLinks().get(0);
        vm.selectedLinkProperty().set(first);
        vm.showOrdered(ExplorerViewModel.order(catalogue));
        assertSame(first, vm.selectedLinkProperty().get());
        assertEquals(catalogue.links().size() + "/" + catalogue.links().size(), vm.countTextProperty().get());

        ExplorerViewModel filtered = new ExplorerViewModel(Clock.systemUTC());
        filtered.show(ExplorerViewModel.prepareForMap(catalogue));
        Link picked = filtered.visibleLinks().get(0);
        filtered.selectedLinkProperty().set(picked);
        LinkFilter hiding = LinkFilter.all().withKinds(java.util.EnumSet.complementOf(java.util.EnumSet.of(picked.kind())));
        filtered.filterProperty().set(hiding);
        assertNull(filtered.selectedLinkProperty().get(), "the filter hid it");
        filtered.showOrdered(ExplorerViewModel.order(catalogue));
        assertNull(filtered.selectedLinkProperty().get(), "the order does not bring a hidden link back");
        assertTrue(filtered.visibleLinks().stream().noneMatch(l -> l.kind() == picked.kind()));
    }

    @Test
    void anOrderForACatalogueNoLongerShownChangesNothing() {
        ExplorerViewModel vm = new ExplorerViewModel(Clock.systemUTC());
        vm.show(ExplorerViewModel.prepareForMap(catalogue));
        ExplorerViewModel.Ordered stale = ExplorerViewModel.order(catalogue);
        Catalogue saved = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        vm.show(ExplorerViewModel.prepareForMap(saved));
        vm.showOrdered(stale);
        assertEquals(names(saved.links()), names(vm.visibleLinks()), "still the store's order of the catalogue on screen");
    }
}
