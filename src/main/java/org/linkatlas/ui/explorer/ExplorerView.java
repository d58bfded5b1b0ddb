package org.linkatlas.ui.explorer;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.linkatlas.map.LinkRenderer;
import org.linkatlas.map.LinkStyle;
import org.linkatlas.map.RouteLayer;
import org.linkatlas.map.tiles.TileSources;
import org.linkatlas.report.PdfExport;
import org.linkatlas.report.RouteReport;
import org.linkatlas.ui.route.RoutePanel;
import org.linkatlas.ui.route.RouteViewModel;
import org.linkatlas.map.LinkShapes;
import org.linkatlas.map.MapPane;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Link;
import org.linkatlas.model.Seed;
import org.linkatlas.model.Source;
import org.linkatlas.search.SearchHit;
import org.linkatlas.i18n.Messages;

/**
 * The main window's content: menus and search on top, filters and legend on the left, the map over the
 * sortable list of links in the middle, the details on the right, a status bar below. Binds to an
 * {@link ExplorerViewModel}; map and list selection stay in step through it. JavaFX thread only.
 */
public final class ExplorerView {
    private final ExplorerViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final MapPane map = new MapPane();
    private final TableView<Link> table = new TableView<>();
    private final Label header = new Label();
    private final Label status = new Label();
    private final Label basemapStatus = new Label();
    private final SearchBox search;
    private final Actions actions;
    private final RouteViewModel routes;
    private final javafx.scene.control.TabPane side = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab routeTab = new javafx.scene.control.Tab();
    private RoutePanel routePanel;

    /** What the window does beyond this view: switch language, export, quit. */
    public interface Actions {
        void switchLanguage(java.util.Locale locale);

        void exportGeoJson();

        void quit();

        /** The basemap in use, to tick in the Basemap menu. */
        org.linkatlas.ui.BasemapService.Kind basemap();

        void useBasemap(org.linkatlas.ui.BasemapService.Kind kind);

        void clearTileCache();

        /** Completes off the JavaFX thread with the bytes the tile caches hold. */
        java.util.concurrent.CompletableFuture<Long> tileCacheBytes();

        /** Asks where to save a file; null when cancelled. */
        java.nio.file.Path save(String title, String initialName, String filterName, String... patterns);

        /** The attribution of every source the basemap may draw from. */
        String attribution();

        /** Prints a route summary: page setup and printer, or a message offering the PDF when there is none. */
        void print(RouteReport report, boolean landscape, Runnable offerPdf);
    }

    public ExplorerView(ExplorerViewModel vm, RouteViewModel routes, Messages messages, Actions actions) {
        this.vm = vm;
        this.routes = routes;
        this.messages = messages;
        this.actions = actions;
        this.search = new SearchBox(vm, messages, this::choose);
        build();
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

    public void setAttribution(String text) {
        map.setAttribution(text);
    }

    private void build() {
        root.setId("explorer");
        HBox top = new HBox(12, header, spacer(), search.field());
        top.setPadding(new Insets(6, 10, 6, 10));
        header.setId("header");
        header.getStyleClass().add("header");
        header.setText(messages.get("overview.loading"));
        root.setTop(new javafx.scene.layout.VBox(menus(), top));

        buildTable();
        SplitPane centre = new SplitPane(map, table);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.68);
        DetailsPanel details = new DetailsPanel(vm, messages, this::openSource);
        FiltersPanel filters = new FiltersPanel(vm, messages);
        routePanel = new RoutePanel(routes, messages, routeHost());
        javafx.scene.control.Tab detailsTab = new javafx.scene.control.Tab(messages.get("tab.details"), details.node());
        detailsTab.setId("tab-details");
        routeTab.setText(messages.get("tab.route"));
        routeTab.setContent(routePanel.node());
        routeTab.setId("tab-route");
        side.getTabs().addAll(detailsTab, routeTab);
        side.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("side");
        vm.selectedLinkProperty().addListener((o, old, l) -> {
            if (l != null && !routes.pickingProperty().get()) {
                side.getSelectionModel().select(detailsTab);
            }
        });
        SplitPane main = new SplitPane(filters.node(), centre, side);
        main.setDividerPositions(0.21, 0.67);
        SplitPane.setResizableWithParent(filters.node(), false);
        root.setCenter(main);
        status.setId("status");
        status.getStyleClass().add("status-bar");
        basemapStatus.setId("basemap-status");
        basemapStatus.getStyleClass().add("status-bar");
        HBox bottom = new HBox(12, status, spacer(), basemapStatus);
        bottom.setPadding(new Insets(3, 10, 3, 10));
        root.setBottom(bottom);

        vm.catalogueProperty().addListener((o, old, c) -> onCatalogue(c));
        vm.visiblePredicateProperty().addListener((o, old, p) -> map.links().setVisiblePredicate(p));
        vm.selectedLinkProperty().addListener((o, old, l) -> emphasise());
        vm.hoveredLinkProperty().addListener((o, old, l) -> emphasise());
        vm.selectedAgreementProperty().addListener((o, old, a) -> emphasise());
        map.setOnLinkClicked(l -> {
            vm.selectedLinkProperty().set(l);
            routes.linkClicked(l);
        });
        routes.reportProperty().addListener((o, old, r) -> showRoute(r, true));
        map.setOnLinkHovered(vm.hoveredLinkProperty()::set);
        // a view rebuilt for another language starts from the state the view model already holds
        if (vm.catalogueProperty().get() != null) {
            onCatalogue(vm.catalogueProperty().get());
            map.links().setVisiblePredicate(vm.visiblePredicateProperty().get());
            emphasise();
        }
        showRoute(routes.reportProperty().get(), false);
    }

    /** The route on the map: today's course in blue, with the planned links in magenta (dashed), the ends as dots. */
    private void showRoute(RouteReport r, boolean fit) {
        java.util.List<RouteLayer.Course> courses = new java.util.ArrayList<>();
        java.util.List<org.locationtech.jts.geom.Coordinate> ends = new java.util.ArrayList<>();
        org.locationtech.jts.geom.Envelope box = new org.locationtech.jts.geom.Envelope();
        if (r != null) {
            if (r.withPlanned() != null && r.withPlanned().connected()) {
                courses.add(new RouteLayer.Course(r.withPlanned().line(), LinkStyle.ROUTE_WITH_PLANNED, true));
            }
            if (r.existing().connected()) {
                courses.add(new RouteLayer.Course(r.existing().line(), LinkStyle.ROUTE_EXISTING, false));
            }
            for (RouteLayer.Course c : courses) {
                box.expandToInclude(c.lonLat().getEnvelopeInternal());
                var cs = c.lonLat().getCoordinates();
                if (ends.isEmpty() && cs.length > 0 && r.kind() == RouteReport.Kind.ROUTE) {
                    ends.add(cs[0]);
                    ends.add(cs[cs.length - 1]);
                }
            }
        }
        map.route().show(courses, ends);
        if (fit && !box.isNull()) {
            map.fit(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), 13);
        }
    }

    private RoutePanel.Host routeHost() {
        return new RoutePanel.Host() {
            @Override
            public java.nio.file.Path save(String title, String initialName, String filterName, String... patterns) {
                return actions.save(title, initialName, filterName, patterns);
            }

            @Override
            public PdfExport.MapInputs mapInputs() {
                return routeMapInputs();
            }

            @Override
            public void openSource(Source s) {
                ExplorerView.this.openSource(s);
            }

            @Override
            public void print(RouteReport report, boolean landscape) {
                actions.print(report, landscape, () -> routePanel.exportPdf());
            }
        };
    }

    /** What a printed map of the route is drawn from: the basemap in use, the links and the filter as shown. */
    public PdfExport.MapInputs routeMapInputs() {
        return new PdfExport.MapInputs(TileSources.chain(), map.links().shapes(), vm.visiblePredicateProperty().get(),
                actions.attribution());
    }

    /** Shows the route panel with the cursor in "From". */
    public void showRoutePanel() {
        side.getSelectionModel().select(routeTab);
        javafx.application.Platform.runLater(routePanel::focusFrom);
    }

    private void onCatalogue(org.linkatlas.model.Catalogue c) {
        header.setText(c == null ? "" : messages.get("overview.header", c.links().size(), c.agreements().size(),
                c.commitments().size(), c.seeds().size()));
        map.links().setShapes(new LinkShapes(c == null ? java.util.List.of() : c.links()));
    }

    private void emphasise() {
        Link s = vm.selectedLinkProperty().get();
        Link h = vm.hoveredLinkProperty().get();
        map.links().setEmphasis(new LinkRenderer.Emphasis(s == null ? null : s.id(), h == null ? null : h.id(),
                vm.highlightedLinkIds()));
    }

    private void buildTable() {
        table.setId("links");
        javafx.collections.transformation.SortedList<Link> sorted = new javafx.collections.transformation.SortedList<>(vm.visibleLinks());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(messages.get("overview.noLinks")));
        table.getColumns().add(column("links.name", 280, Link::nameVi));
        table.getColumns().add(column("links.kind", 100, l -> messages.get("kind." + Codes.of(l.kind()))));
        table.getColumns().add(column("links.status", 130, l -> messages.get("status." + Codes.of(l.status()))));
        table.getColumns().add(column("links.provinces", 180, l -> String.join(", ", l.provinces())));
        table.getColumns().add(column("links.accuracy", 110, l -> messages.get("accuracy." + Codes.of(l.accuracy()))));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, l) -> {
            if (l != null && l != vm.selectedLinkProperty().get()) {
                vm.selectedLinkProperty().set(l);
            }
        });
        vm.selectedLinkProperty().addListener((o, old, l) -> {
            if (l == null) {
                table.getSelectionModel().clearSelection();
            } else if (l != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(l);
                table.scrollTo(l);
            }
        });
    }

    private TableColumn<Link, String> column(String key, double width, java.util.function.Function<Link, String> value) {
        TableColumn<Link, String> c = new TableColumn<>(messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private MenuBar menus() {
        Menu file = new Menu(messages.get("menu.file"));
        file.setId("menu-file");
        MenuItem printRoute = item("menu.printRoute", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> {
            if (routes.reportProperty().get() != null) {
                actions.print(routes.reportIn(routes.lang()), false, () -> routePanel.exportPdf());
            } else {
                showRoutePanel();
            }
        });
        MenuItem pdfRoute = item("menu.exportRoutePdf", null, () -> {
            if (routes.reportProperty().get() != null) {
                routePanel.exportPdf();
            } else {
                showRoutePanel();
            }
        });
        pdfRoute.setId("menu-export-route-pdf");
        file.getItems().addAll(item("menu.exportGeoJson", null, actions::exportGeoJson), new SeparatorMenuItem(),
                printRoute, pdfRoute, new SeparatorMenuItem(),
                item("menu.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), actions::quit));
        file.getItems().addAll(1, outputs().menuItems()); // issue 11: print and export what is shown
        Menu view = new Menu(messages.get("menu.view"));
        view.getItems().addAll(
                item("menu.find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::focus),
                item("menu.route", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::showRoutePanel),
                item("menu.zoomIn", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> map.zoomBy(1)),
                item("menu.zoomOut", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> map.zoomBy(-1)),
                item("menu.clearSelection", new KeyCodeCombination(KeyCode.ESCAPE), vm::clearSelection),
                item("menu.region", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), this::showRegion));
        Menu language = new Menu(messages.get("menu.language"));
        language.setId("menu-language");
        MenuItem en = item("menu.english", null, () -> actions.switchLanguage(java.util.Locale.ENGLISH));
        en.setId("language-en");
        MenuItem vi = item("menu.vietnamese", null, () -> actions.switchLanguage(java.util.Locale.forLanguageTag("vi")));
        vi.setId("language-vi");
        language.getItems().addAll(en, vi);
        Menu basemap = new Menu(messages.get("menu.basemap"));
        basemap.setId("menu-basemap");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (var kind : org.linkatlas.ui.BasemapService.Kind.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(
                    messages.get("basemap." + kind.name().toLowerCase(java.util.Locale.ROOT)));
            item.setId("basemap-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(kind == actions.basemap());
            item.setOnAction(e -> actions.useBasemap(kind));
            basemap.getItems().add(item);
        }
        MenuItem clear = item("menu.clearCache", null, actions::clearTileCache);
        clear.setId("clear-cache");
        basemap.getItems().addAll(new SeparatorMenuItem(), clear);
        basemap.setOnShowing(e -> actions.tileCacheBytes().thenAccept(bytes -> javafx.application.Platform.runLater(() ->
                clear.setText(messages.get("menu.clearCacheSize", String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0))))));
        MenuBar bar = new MenuBar(file, view, basemap, language);
        bar.setId("menubar");
        return bar;
    }

    /** The File menu's outputs of what is shown (map view, shown links, agreement sheets). */
    private OutputActions outputs() {
        return new OutputActions(vm, map, messages, new OutputActions.Host() {
            @Override
            public java.nio.file.Path save(String title, String initialName, String filterName, String... patterns) {
                return actions.save(title, initialName, filterName, patterns);
            }

            @Override
            public String attribution() {
                return actions.attribution();
            }

            @Override
            public void status(String text) {
                setStatus(text);
            }

            @Override
            public javafx.stage.Window window() {
                return root.getScene() == null ? null : root.getScene().getWindow();
            }
        }, javafx.print.PrinterJob::createPrinterJob, java.time.Clock.systemDefaultZone());
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem i = new MenuItem(messages.get(key));
        if (accelerator != null) {
            i.setAccelerator(accelerator);
        }
        i.setOnAction(e -> action.run());
        return i;
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

    private void openSource(Source s) {
        var c = vm.catalogueProperty().get();
        Seed seed = c.seeds().stream().filter(x -> x.fileName().equals(s.seed())).findFirst().orElse(null);
        if (seed != null) {
            SourceViewer.show(root.getScene().getWindow(), seed, s, messages);
        }
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

}
