package org.linkatlas.ui.explorer;

import java.util.List;
import org.linkatlas.i18n.Messages;
import org.linkatlas.ui.route.RouteViewModel;

/**
 * What fills the explorer's side panels once the first frame is on the screen ({@link ExplorerView#complete}): the
 * filters and legend, the list of links, the details and the route panel, each put in its tab, and the keyboard's
 * way round them. Built once per view, a panel per step, so a start can give each step a pulse of its own (the
 * window keeps painting, an expose is answered, between them); they bind to the view models, so they show what
 * those already hold. JavaFX thread only.
 */
final class SidePanels {
    private final ExplorerView view;
    private final ExplorerViewModel vm;
    private final RouteViewModel routes;
    private final Messages messages;
    private final ExplorerActions actions;
    private final ExplorerView.Tabs tabs;
    private LinkList list;
    private RouteSide route;
    private PanelFocus keyboard;

    SidePanels(ExplorerView view, ExplorerViewModel vm, RouteViewModel routes, Messages messages, ExplorerActions actions) {
        this.view = view;
        this.vm = vm;
        this.routes = routes;
        this.messages = messages;
        this.actions = actions;
        this.tabs = view.tabs();
    }

    /**
     * Builds the panels in order (filters, list, details, route), the first step now and each next one handed
     * to {@code next}; then {@code done}.
     */
    void build(java.util.function.Consumer<Runnable> next, Runnable done) {
        List<Runnable> steps = List.of(this::buildFilters, this::buildList, this::buildDetails, this::buildRoute, done);
        runFrom(steps, 0, next);
    }

    private static void runFrom(List<Runnable> steps, int i, java.util.function.Consumer<Runnable> next) {
        steps.get(i).run();
        if (i + 1 < steps.size()) {
            next.accept(() -> runFrom(steps, i + 1, next));
        }
    }

    private void buildFilters() {
        tabs.filters().setContent(new FiltersPanel(vm, messages, view.attached()).node());
    }

    private void buildList() {
        list = new LinkList(vm, messages, view::reveal, view.attached());
        tabs.list().setContent(list.node());
        keyboard = new PanelFocus(tabs.search().field(), tabs.left(), tabs.list(), list.node(), tabs.map(),
                tabs.right(), view.panels());
    }

    private void buildDetails() {
        tabs.details().setContent(new DetailsPanel(vm, messages, view.format(), view::openSource,
                () -> view.outputs().agreementSheet(), view.attached()).node());
    }

    private void buildRoute() {
        route = new RouteSide(routes, tabs.map(), messages, tabs.right(), tabs.route(), actions, view::routeMapInputs,
                s -> view.openSource(List.of(s)), view.attached());
    }

    /** Null until its step has run. */
    RouteSide route() {
        return route;
    }

    /** Null until the list's step has run. */
    PanelFocus keyboard() {
        return keyboard;
    }
}
