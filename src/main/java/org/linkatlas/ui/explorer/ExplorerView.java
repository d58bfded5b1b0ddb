package org.linkatlas.ui.explorer;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.linkatlas.map.LinkRenderer;
import org.linkatlas.map.tiles.TileSources;
import org.linkatlas.report.PdfExport;
import org.linkatlas.report.ReportFormat;
import org.linkatlas.report.RouteReport;
import org.linkatlas.ui.route.RouteViewModel;
import org.linkatlas.map.MapPane;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Link;
import org.linkatlas.model.Seed;
import org.linkatlas.model.Source;
import org.linkatlas.search.SearchHit;
import org.linkatlas.i18n.Messages;

/**
 * The main window's content: menus, overview and search in one row on top; the map in the middle taking
 * all the room the side panels leave; on the left the filters and legend, and the sortable list of links, as
 * tabs; on the right the details and the route; a status bar below. Side panels keep their pixel width,
 * can be hidden (View menu, Ctrl+1 / Ctrl+2) and are remembered ({@link PanelLayout}). Binds to an
 * {@link ExplorerViewModel}; map and list selection stay in step through it; the route tab and the route on the
 * map are {@link RouteSide}'s. JavaFX thread only.
 */
public final class ExplorerView {
    private final ExplorerViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final MapPane map = new MapPane();
    private final OverviewHeader header;
    private final Label status = new Label();
    private final Label basemapStatus = new Label();
    private final SearchBox search;
    private final ExplorerActions actions;
    private final RouteViewModel routes;
    private final javafx.scene.control.TabPane side = new javafx.scene.control.TabPane();
    private final Tab detailsTab = new Tab();
    private final TabPane left = new TabPane();
    private final Tab filtersTab = new Tab();
    private final Tab listTab = new Tab();
    private final Tab routeTab = new Tab();
    private final ReportFormat format;
    private OutputActions outputs; // made when first needed (JavaFX thread)
    private final PanelLayout panels;
    private SidePanels parts; // the side panels' contents: null until complete() begins
    private final org.linkatlas.ui.Attachments attached = new org.linkatlas.ui.Attachments();
    private final javafx.beans.property.ReadOnlyBooleanWrapper complete = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private TopRow top; // menus, overview, search: filled by complete(); features add to its menus
    private HBox statusBar;

    /**
     * @param panels    the side panels' widths and visibility to start with
     * @param onPanels  told when the user resizes, hides or shows a side panel (to remember it)
     */
    public ExplorerView(ExplorerViewModel vm, RouteViewModel routes, Messages messages, ExplorerActions actions,
                        PanelSizes panels, java.util.function.Consumer<PanelSizes> onPanels) {
        this.vm = vm;
        this.routes = routes;
        this.messages = messages;
        this.header = new OverviewHeader(messages);
        this.actions = actions;
        this.format = new ReportFormat("vi".equals(messages.locale().getLanguage()) ? "vi" : "en");
        this.search = new SearchBox(vm, messages, this::choose);
        detailsTab.setText(messages.get("tab.details"));
        detailsTab.setId("tab-details");
        this.panels = new PanelLayout(left, map, side, new PanelLayout.State(panels.leftWidth(), panels.leftShown(),
                panels.rightWidth(), panels.rightShown()), s -> onPanels.accept(
                new PanelSizes(s.leftWidth(), s.leftShown(), s.rightWidth(), s.rightShown())));
        build();
    }

    /**
     * Fills the side panels (filters, list, details, route) and the keyboard's way round them, all at once (a view
     * rebuilt for another language or basemap). Does nothing once begun.
     */
    public void complete() {
        complete(Runnable::run, () -> { });
    }

    /**
     * Fills the side panels a step at a time: each step after the first is handed to {@code next} (a start runs
     * it after the next pulse, so the frame before it reaches the screen), then {@code done} runs. The window's
     * first frame has the map with its links, the status bar, the top row at its height and the panels' tabs at
     * their widths, but empty: the panels' controls, the menus and search are most of the scene's CSS and layout
     * (decisions 0019, 0023). The menus, overview and search come in the first step. Does nothing once begun.
     */
    public void complete(java.util.function.Consumer<Runnable> next, Runnable done) {
        if (parts != null) {
            return;
        }
        // the menus (a button and a popup each) and the search field were a third of the first frame's CSS pass
        top.fill(header.node(), search.field());
        tooltips();
        parts = new SidePanels(this, vm, routes, messages, actions);
        parts.build(next, () -> {
            complete.set(true);
            done.run();
        });
    }

    /** The first frame's controls' tooltips (a popup window each): with the panels, as nobody hovers before. */
    private void tooltips() {
        search.field().setTooltip(new Tooltip(messages.get("tooltip.search")));
        routeTab.setTooltip(new Tooltip(messages.get("tooltip.tabRoute")));
        filtersTab.setTooltip(new Tooltip(messages.get("tooltip.tabFilters")));
        listTab.setTooltip(new Tooltip(messages.get("tooltip.tabList")));
        detailsTab.setTooltip(new Tooltip(messages.get("tooltip.tabDetails")));
        map.setZoomTips(messages.get("tooltip.zoomIn"), messages.get("tooltip.zoomOut"));
        header.addTooltip();
    }

    /** Whether {@link #complete} has filled the side panels. */
    public javafx.beans.property.ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /** The side panels' widths in pixels and whether each is shown, as remembered between runs. */
    public record PanelSizes(double leftWidth, boolean leftShown, double rightWidth, boolean rightShown) {
        public static final PanelSizes DEFAULT = new PanelSizes(PanelLayout.State.DEFAULT.leftWidth(), true,
                PanelLayout.State.DEFAULT.rightWidth(), true);
    }

    public Parent node() {
        return root;
    }

    public MapPane map() {
        return map;
    }

    public void setStatus(String text) {
        status.setText(text);
    }

    /** Which source serves the basemap, and whether the network is missing. */
    public void setBasemapStatus(String text) {
        basemapStatus.setText(text);
    }

    /** No store could be opened (damaged, unreadable journals, failed): the header says so, not "Opening…". */
    public void showNoStore() {
        header.showNoStore();
    }

    public void setAttribution(String text) {
        map.setAttribution(text);
    }

    private void build() {
        root.setId("explorer");
        top = new TopRow(new ExplorerMenus(this, actions, messages).bar());
        root.setTop(top.node());

        routeTab.setText(messages.get("tab.route"));
        routeTab.setId("tab-route");
        side.getTabs().addAll(detailsTab, routeTab);
        side.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("side");
        attached.listen(vm.selectedLinkProperty(), (old, l) -> {
            if (l != null && !routes.pickingProperty().get()) {
                side.getSelectionModel().select(detailsTab);
            }
        });
        filtersTab.setText(messages.get("tab.filters"));
        filtersTab.setId("tab-filters");
        listTab.setId("tab-list");
        listTab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("tab.list", vm.countTextProperty().get()), vm.countTextProperty()));
        left.getTabs().addAll(filtersTab, listTab);
        left.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        left.setId("left");
        root.setCenter(panels.node());
        status.setId("status");
        status.getStyleClass().add("status-bar");
        basemapStatus.setId("basemap-status");
        basemapStatus.getStyleClass().add("status-bar");
        HBox bottom = new HBox(12, status, spacer(), basemapStatus);
        bottom.setPadding(new Insets(2, 10, 2, 10));
        root.setBottom(bottom);
        statusBar = bottom;

        attached.listen(vm.catalogueProperty(), (old, c) -> onCatalogue(c));
        attached.listen(vm.visiblePredicateProperty(), (old, p) -> map.links().setVisiblePredicate(p));
        attached.listen(vm.selectedLinkProperty(), (old, l) -> emphasise());
        attached.listen(vm.hoveredLinkProperty(), (old, l) -> emphasise());
        attached.listen(vm.selectedAgreementProperty(), (old, a) -> emphasise());
        map.setOnLinkClicked(l -> {
            vm.selectedLinkProperty().set(l);
            routes.linkClicked(l);
        });
        map.setLinkDescription(this::describe);
        map.setOnLinkHovered(vm.hoveredLinkProperty()::set);
        // a view rebuilt for another language starts from the state the view model already holds
        if (vm.catalogueProperty().get() != null) {
            onCatalogue(vm.catalogueProperty().get());
            map.links().setVisiblePredicate(vm.visiblePredicateProperty().get());
            emphasise();
        }
    }

    /** What the map's tooltip says about a link: name, kind and stage. */
    private String describe(Link l) {
        return l.nameVi() + "\n" + messages.get("kind." + Codes.of(l.kind())) + " · "
                + messages.get("status." + Codes.of(l.status()));
    }

    /** What a printed map of the route is drawn from: the basemap in use, the links and the filter as shown. */
    public PdfExport.MapInputs routeMapInputs() {
        return new PdfExport.MapInputs(TileSources.chain(), map.links().shapes(), vm.visiblePredicateProperty().get(),
                actions.attribution());
    }

    /** Shows the route panel with the cursor in "From". */
    public void showRoutePanel() {
        if (parts != null && parts.route() != null) {
            parts.route().show();
        }
    }

    private void onCatalogue(org.linkatlas.model.Catalogue c) {
        header.show(c);
        map.links().setShapes(vm.shapes()); // projected when the catalogue was prepared, maybe off this thread
    }

    private void emphasise() {
        Link s = vm.selectedLinkProperty().get();
        Link h = vm.hoveredLinkProperty().get();
        map.links().setEmphasis(new LinkRenderer.Emphasis(s == null ? null : s.id(), h == null ? null : h.id(),
                vm.highlightedLinkIds()));
    }

    PanelLayout panels() {
        return panels;
    }

    /** Where this view and its parts note what they attach to the window-long view models. */
    org.linkatlas.ui.Attachments attached() {
        return attached;
    }

    /**
     * This view is being replaced (a language or basemap switch) or the window closes: its listeners come off the
     * view models, so it neither reacts nor stays reachable, and the map's drawing thread stops.
     */
    public void close() {
        attached.handle().unsubscribe();
        map.roadNetwork().close();
    }

    /** The tabs {@link SidePanels} fills: filters, list, details, route; and the search box and map it links. */
    record Tabs(TabPane left, Tab filters, Tab list, TabPane right, Tab details, Tab route, SearchBox search,
                MapPane map) {
    }

    Tabs tabs() {
        return new Tabs(left, filtersTab, listTab, side, detailsTab, routeTab, search, map);
    }

    ReportFormat format() {
        return format;
    }

    void printRoute() {
        if (parts != null && parts.route() != null) {
            parts.route().print();
        }
    }

    void exportRoutePdf() {
        if (parts != null && parts.route() != null) {
            parts.route().exportPdf();
        }
    }

    void resetFilters() {
        vm.resetFilters();
    }

    void clearSelection() {
        vm.clearSelection();
    }

    void focusSearch() {
        search.focus();
    }

    /** Shows the list (its panel and tab) and puts the keyboard in it. */
    void focusList() {
        if (parts != null && parts.keyboard() != null) {
            parts.keyboard().focusList();
        }
    }

    /** Puts the keyboard on the map (arrows pan, + and - zoom). */
    public void focusMap() {
        map.requestFocus();
    }

    /** F6 / Shift+F6: the keyboard to the next (previous) panel. */
    void cyclePanels(int step) {
        if (parts != null && parts.keyboard() != null) {
            parts.keyboard().cycle(step);
        }
    }

    /** Brings a link chosen in the list into view: the map moves only when the link is not already in it. */
    void reveal(Link l) {
        if (l.geometry() == null) {
            return; // location unknown: listed, not drawn
        }
        var e = l.geometry().getEnvelopeInternal();
        map.reveal(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    /** A feature outside the explorer (ui/sync) adds its item to the File menu, above Quit. */
    public void addFileMenuItem(javafx.scene.control.MenuItem item) {
        top.addFileMenuItem(item);
    }

    /** A feature outside the explorer (ui/edit) adds a whole menu, after File or where one was reserved for it. */
    public void addMenu(javafx.scene.control.Menu menu) {
        top.addMenu(menu);
    }

    /** Keeps the place of a feature's menu that comes after the first frame: the bar does not shift then. */
    public void reserveMenu(String id, String title) {
        top.reserveMenu(id, title);
    }

    /** … and its label to the status bar, left of the basemap's. */
    public void addStatus(javafx.scene.Node node) {
        statusBar.getChildren().add(statusBar.getChildren().size() - 1, node);
    }

    /** The six provinces of the agreements in one view. */
    public void showRegion() {
        map.show(21.25, 106.6, 9);
    }

    public void show(double lat, double lon, double zoom) {
        map.show(lat, lon, zoom);
    }

    /** {lat, lon} of the map's centre. */
    public double[] center() {
        return map.center();
    }

    private void choose(SearchHit hit) {
        vm.choose(hit).ifPresent(b -> map.fit(b[0], b[1], b[2], b[3], 13));
    }

    /** Opens the seed of {@code quotes} (all from one seed) with every quote highlighted. */
    void openSource(java.util.List<Source> quotes) {
        var c = vm.catalogueProperty().get();
        String file = quotes.get(0).seed();
        Seed seed = c.seeds().stream().filter(x -> x.fileName().equals(file)).findFirst().orElse(null);
        if (seed != null) {
            SourceViewer.show(root.getScene().getWindow(), seed, quotes, messages);
        }
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** The outputs of what is shown (map view, shown links, agreement sheets): the File menu's and the details'. */
    OutputActions outputs() {
        if (outputs == null) {
            outputs = OutputActions.forView(vm, map, messages, actions, this::setStatus,
                    () -> root.getScene() == null ? null : root.getScene().getWindow());
        }
        return outputs;
    }
}
