package org.linkatlas.ui.explorer;

import org.linkatlas.i18n.Messages;
import org.linkatlas.ui.route.RouteViewModel;

/**
 * What fills the explorer's side panels once the first frame is on the screen ({@link ExplorerView#complete}): the
 * filters and legend, the list of links, the details and the route panel, each put in its tab, and the keyboard's
 * way round them. Built once per view; they bind to the view models, so they show what those already hold.
 * JavaFX thread only.
 */
final class SidePanels {
    private final RouteSide route;
    private final PanelFocus keyboard;

    SidePanels(ExplorerView view, ExplorerViewModel vm, RouteViewModel routes, Messages messages, ExplorerView.Actions actions) {
        ExplorerView.Tabs tabs = view.tabs();
        FiltersPanel filters = new FiltersPanel(vm, messages);
        DetailsPanel details = new DetailsPanel(vm, messages, view.format(), view::openSource,
                () -> view.outputs().agreementSheet());
        LinkList list = new LinkList(vm, messages, view::reveal);
        this.route = new RouteSide(routes, tabs.map(), messages, tabs.right(), tabs.route(), actions, view::routeMapInputs,
                s -> view.openSource(java.util.List.of(s)));
        tabs.filters().setContent(filters.node());
        tabs.list().setContent(list.node());
        tabs.details().setContent(details.node());
        this.keyboard = new PanelFocus(tabs.search().field(), tabs.left(), tabs.list(), list.node(), tabs.map(),
                tabs.right(), view.panels());
    }

    RouteSide route() {
        return route;
    }

    PanelFocus keyboard() {
        return keyboard;
    }
}
