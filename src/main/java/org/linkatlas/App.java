package org.linkatlas;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.linkatlas.i18n.Messages;
import org.linkatlas.map.tiles.OfflineTileSource;
import org.linkatlas.map.tiles.OsmTileSource;
import org.linkatlas.map.tiles.RenderedTileCache;
import org.linkatlas.route.RoutingNetwork;
import org.linkatlas.storage.UserStore;
import org.linkatlas.ui.BasemapChoice;
import org.linkatlas.ui.BasemapService;
import org.linkatlas.ui.FileDialogs;
import org.linkatlas.ui.Settings;
import org.linkatlas.ui.StoreBanner;
import org.linkatlas.ui.StoreDialogs;
import org.linkatlas.ui.StoreService;
import org.linkatlas.ui.WindowPlacement;
import org.linkatlas.ui.explorer.ExplorerView;
import org.linkatlas.ui.explorer.ExplorerViewModel;
import org.linkatlas.ui.route.RouteService;
import org.linkatlas.ui.route.RouteViewModel;

/**
 * The window: wires the store service, view models and view (constructor injection, here only), takes the
 * user's store as read and prepared off the JavaFX thread ({@link StoreAhead}), shows the map with its links
 * first and fills the side panels and the features' controls ({@link WindowFeatures}) a step per pulse after
 * that frame (decision 0019), hands what cannot simply be opened to {@link StoreDialogs}, rebuilds the view when
 * the language or the basemap ({@link BasemapChoice}) changes, and remembers window ({@link WindowPlacement})
 * and map between runs. JavaFX thread, except {@link #init}.
 */
public class App extends Application {
    private static final double DEFAULT_LAT = 21.25;
    private static final double DEFAULT_LON = 106.6;
    private static final double DEFAULT_ZOOM = 9;
    private StoreService store;
    private BasemapService basemaps;
    private BasemapChoice basemap;
    private CompletableFuture<StoreService.Result> firstLoad;
    private CompletableFuture<ExplorerViewModel.Prepared> firstPrepared; // the first read, made ready for the view
    private Settings settings;
    private Messages messages;
    private ExplorerViewModel viewModel;
    private ExplorerView view;
    private WindowFeatures features;
    private WindowActions actions;
    private Stage stage;
    private WindowPlacement placement;
    private StoreDialogs storeDialogs;
    /** The status bar's message as key and arguments, so a language switch shows it in the new language. */
    private String statusKey;
    private boolean noStore; // no store could be opened (the header says so, not "Opening…")
    private Object[] statusArgs = {};
    private final FileDialogs dialogs;
    private RouteService routeService;
    private RouteViewModel routes;
    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane();
    private final StoreBanner banner = new StoreBanner();
    private final javafx.beans.property.ReadOnlyObjectWrapper<UserStore.ReadOnly> readOnly =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final FirstFrame firstFrame = new FirstFrame();

    /** The window with the system's file dialogs. */
    public App() {
        this(FileDialogs.system());
    }

    /** @param dialogs where save dialogs come from (tests give their own: no native dialog opens headless) */
    public App(FileDialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void init() {
        StartupTrace.mark("App.init");
        StoreAhead ahead = StoreAhead.take(); // init() runs on the launcher thread, not the FX one
        settings = ahead.settings();
        store = ahead.store();
        firstLoad = ahead.firstLoad();
        firstPrepared = ahead.prepared();
        routeService = new RouteService(AppPaths.networkDir(), Clock.systemDefaultZone(), RoutingNetwork.Options.DEFAULT);
        basemaps = new BasemapService(new RenderedTileCache(new OfflineTileSource(AppPaths.basemapDir()),
                AppPaths.userCacheDir().resolve("tiles"), "offline-2-" + AppVersion.get()), // 2: Vietnamese spellings of Hà Nội, Hải Phòng
                () -> new OsmTileSource(settings.text("osm.url", OsmTileSource.DEFAULT_URL_TEMPLATE),
                        AppPaths.userCacheDir().resolve("tiles").resolve("openstreetmap"), 200L << 20,
                        OsmTileSource.userAgent()));
        StartupTrace.mark("App.init done");
    }

    @Override
    public void start(Stage primary) {
        StartupTrace.mark("App.start");
        this.stage = primary;
        org.linkatlas.map.tiles.AtlasTileRetriever.useScreenScale(javafx.stage.Screen.getPrimary().getOutputScaleX());
        String language = settings.text("language", Messages.defaultLocale().getLanguage());
        // --lang vi|en on the command line: this start only; the saved choice changes only from the Language menu
        messages = new Messages(Launcher.window(getParameters() == null ? java.util.List.of() : getParameters().getRaw())
                .flatMap(Launcher.WindowStart::language)
                .orElse(Messages.localeOf(language)));
        basemap = new BasemapChoice(basemaps, settings, stage, () -> messages, this::setStatus, this::rebuildKeepingView, dialogs);
        basemap.restoreBeforeView();
        storeDialogs = new StoreDialogs(stage, () -> messages, store, this::handle);
        viewModel = new ExplorerViewModel(Clock.systemDefaultZone());
        routes = new RouteViewModel(routeService, messages);
        String network = settings.text("route.network", "");
        routes.setNetwork(network.isEmpty() ? null : java.nio.file.Path.of(network),
                f -> settings.put("route.network", f == null ? "" : f.toAbsolutePath().toString()));
        // the route planner (network, context roads: CPU for a second) is built once the whole window is in
        viewModel.catalogueProperty().addListener((o, old, c) -> firstFrame.then(() -> routes.setCatalogue(viewModel.catalogueProperty().get())));
        placement = new WindowPlacement(stage, settings);
        actions = new WindowActions(stage, dialogs, basemap, routes, () -> messages, () -> view, this::switchLanguage);
        buildView(settings.number("map.lat", DEFAULT_LAT), settings.number("map.lon", DEFAULT_LON),
                settings.number("map.zoom", DEFAULT_ZOOM));
        stage.setTitle("Link Atlas");
        placement.apply();
        StartupTrace.mark("view built");
        // the store is most often read and prepared by now (it started before the toolkit): shown before the
        // window is, the first frame already has the links
        StoreService.Result ready = firstLoad.getNow(null);
        boolean readyEarly = ready instanceof StoreService.Loaded && firstPrepared.isDone();
        if (readyEarly) {
            handle(ready);
        }
        stage.show();
        StartupTrace.mark("stage shown");
        // the side panels and the features' controls: a step per pulse after the first frame (decision 0019)
        ExplorerView shown = view;
        Scene scene = stage.getScene();
        java.util.function.Consumer<Runnable> afterPulse = r -> FirstFrame.afterNextPulse(scene, () -> {
            if (view == shown) { // not for a view a language switch has replaced meanwhile
                r.run();
            }
        });
        afterPulse.accept(() -> shown.complete(afterPulse, () -> {
            features.install(shown, messages);
            FirstFrame.afterNextPulse(scene, () -> { // laid out and on its way to the screen
                FirstFrame.windowComplete();
                firstFrame.drawn(); // what waits for the window (the route planner's network) may start now
            });
        }));
        placement.rememberAsItChanges(this::rememberMap);
        view.focusMap(); // the scene gives the first focus at show: to the map, so the search hint stays readable
        if (!readyEarly) {
            setStatus("status.opening");
        }
        basemap.restore();
        basemap.followNetwork(s -> view.setBasemapStatus(s)); // OpenStreetMap may go offline and come back
        if (!readyEarly) { // a dialog (damaged store, open elsewhere) needs the window shown first
            // the prepared view comes right after the read, on the store's thread
            firstPrepared.whenComplete((p, e) -> firstLoad.thenAccept(r -> Platform.runLater(() -> handle(r))));
        }
    }

    private void buildView(double lat, double lon, double zoom) {
        ExplorerView.PanelSizes panels = new ExplorerView.PanelSizes(
                settings.panelWidth(Settings.PANEL_LEFT, ExplorerView.PanelSizes.DEFAULT.leftWidth()),
                settings.panelShown(Settings.PANEL_LEFT),
                settings.panelWidth(Settings.PANEL_RIGHT, ExplorerView.PanelSizes.DEFAULT.rightWidth()),
                settings.panelShown(Settings.PANEL_RIGHT));
        if (view != null) {
            view.close(); // the old view: off the view models, its map's drawing thread stopped
        }
        view = new ExplorerView(viewModel, routes, messages, actions, panels, p -> {
            settings.putPanel(Settings.PANEL_LEFT, p.leftWidth(), p.leftShown());
            settings.putPanel(Settings.PANEL_RIGHT, p.rightWidth(), p.rightShown());
        });
        if (features == null) { // for the window's life: a language switch rebuilds the view, not the edit session
            features = new WindowFeatures(stage, store, settings, dialogs, viewModel, messages, () -> messages,
                    readOnly.getReadOnlyProperty());
        }
        features.reserveMenus(view, messages);
        if (stage.isShowing()) { // a rebuild (language, basemap): no first frame to wait for
            view.complete();
            features.install(view, messages);
            firstFrame.drawn();
        }
        view.setAttribution(basemap.attribution());

        view.setBasemapStatus(basemap.status());
        org.linkatlas.map.MapPane drawn = view.map();
        drawn.links().setOnFirstLinks(() -> FirstFrame.mark(() -> "map " + Math.round(drawn.getWidth()) + "x"
                + Math.round(drawn.getHeight()) + " in a window " + Math.round(stage.getWidth()) + "x"
                + Math.round(stage.getHeight())));
        root.setTop(banner.node());
        root.setCenter(view.node());
        Scene scene = stage.getScene();
        if (scene == null) {
            // sized from the start: the panels' shares are fixed at the first layout, and the scene's preferred
            // size (wrapped labels ask for their whole text on one line) would be far wider than the window
            scene = new Scene(root, placement.width(), placement.height());
            scene.getStylesheets().add(App.class.getResource("ui/app.css").toExternalForm());
            stage.setScene(scene);
        } else if (scene.getRoot() != root) {
            scene.setRoot(root); // a stage that showed another window before (the tests reuse one)
        }
        view.show(lat, lon, zoom);
        if (noStore) {
            view.showNoStore();
        }
        showStatus();
        view.focusMap(); // not the search box: its hint would never be seen
    }

    /** Gluon keeps the tiles it has loaded per map: a new map is the way to show another basemap. */
    private void rebuildKeepingView() {
        var centre = view.center();
        double zoom = view.map().zoom();
        var selected = viewModel.selectedLinkProperty().get();
        buildView(centre[0], centre[1], zoom);
        viewModel.selectedLinkProperty().set(selected);
    }

    private void switchLanguage(Locale locale) {
        var centre = view.center();
        double zoom = view.map().zoom();
        var selected = viewModel.selectedLinkProperty().get();
        messages = new Messages(locale);
        routes.setMessages(messages);
        settings.put("language", locale.getLanguage());
        banner.relabel(messages);
        if (readOnly.get() != null) {
            setStatus("status.readOnly", readOnly.get().shown());
        }
        buildView(centre[0], centre[1], zoom);
        viewModel.selectedLinkProperty().set(selected);
    }

    private void setStatus(String key, Object... args) {
        statusKey = key;
        statusArgs = args;
        showStatus();
    }

    private void showStatus() {
        view.setStatus(statusKey == null ? "" : messages.get(statusKey, statusArgs));
    }

    private void handle(StoreService.Result result) {
        StartupTrace.mark("store result on the FX thread");
        if (result instanceof StoreService.Loaded loaded) {
            noStore = false;
            ExplorerViewModel.Prepared prepared = firstPrepared == null ? null : firstPrepared.getNow(null);
            firstPrepared = null;
            if (prepared != null && prepared.catalogue() == loaded.catalogue()) {
                viewModel.show(prepared);
                if (prepared.ordered() == null) {
                    // after the pulse that draws the map with these links, before the side panels' steps
                    FirstFrame.afterNextPulse(stage.getScene(), () -> orderAfterFirstFrame(prepared.catalogue()));
                }
            } else {
                viewModel.show(loaded.catalogue());
            }
            StartupTrace.mark("catalogue shown in the view model");
            readOnly.set(loaded.readOnly());
            banner.show(loaded.readOnly(), messages);
            if (loaded.readOnly() != null) {
                setStatus("status.readOnly", loaded.file());
            } else {
                setStatus(loaded.copiedFromBundle() ? "status.loadedFresh" : "status.loaded");
            }
        } else if (result instanceof StoreService.OpenElsewhere elsewhere) {
            storeDialogs.offerReadOnly(elsewhere);
        } else if (result instanceof StoreService.Damaged damaged) {
            noStore();
            setStatus("status.damaged", damaged.file());
            if (damaged.restorable()) {
                storeDialogs.offerRestore(damaged);
            } else {
                storeDialogs.cannotRestore(damaged);
            }
        } else if (result instanceof StoreService.JournalUnreadable unreadable) {
            noStore();
            setStatus("status.journalUnreadable", unreadable.file());
            storeDialogs.journalUnreadable(unreadable);
        } else if (result instanceof StoreService.BundleMissing missing) {
            noStore();
            setStatus("status.bundleMissing", missing.bundled());
            storeDialogs.bundleMissing(missing);
        } else if (result instanceof StoreService.Failed failed) {
            noStore();
            setStatus("status.failed", failed.message());
            storeDialogs.failed(failed);
        }
    }

    /**
     * The list's order and the search index of the first catalogue, made on a thread of their own once the first
     * map frame is laid out (the store thread read the catalogue while the toolkit started: doing this there too
     * slowed the toolkit's start by about as much), then shown, before the list panel is built. JavaFX thread.
     */
    private void orderAfterFirstFrame(org.linkatlas.model.Catalogue c) {
        ExplorerViewModel vm = viewModel;
        CompletableFuture.supplyAsync(() -> ExplorerViewModel.order(c), StoreAhead.ownThread("link-atlas-order")).whenComplete((ordered, error) -> Platform.runLater(() -> {
            if (ordered != null) {
                vm.showOrdered(ordered);
                StartupTrace.mark("links ordered, search indexed");
            } else {
                // the list stays in the store's order; search builds its index at the first query
                System.getLogger(App.class.getName()).log(System.Logger.Level.WARNING, "links not ordered: {0}", error.toString());
            }
        }));
    }

    /** No store could be opened: the header says so, in this view and in one a language switch builds. */
    private void noStore() {
        noStore = true;
        view.showNoStore();
    }

    /** Null while the atlas can be changed; else why not (the file, its folder, the data folder, another window). */
    public javafx.beans.property.ReadOnlyObjectProperty<UserStore.ReadOnly> readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    private void rememberMap() {
        if (view != null) {
            var centre = view.center();
            settings.put("map.lat", centre[0]);
            settings.put("map.lon", centre[1]);
            settings.put("map.zoom", view.map().zoom());
        }
    }

    @Override
    public void stop() {
        firstFrame.close();
        if (store != null) {
            store.close();
        }
        if (routeService != null) {
            routeService.close();
        }
        if (view != null) {
            view.close();
        }
        if (features != null) {
            features.close();
        }
        if (placement != null && view != null) {
            placement.remember();
            rememberMap();
        }
        if (settings != null) {
            // the window is gone by now, so waiting (bounded) for the last write freezes nothing; without the wait
            // a write could still be under way when the user folder is removed or the next window starts
            try {
                settings.close().get(3, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                System.getLogger(App.class.getName()).log(System.Logger.Level.WARNING, "settings not saved at exit: {0}", e.toString());
            }
        }
        // the map's tile threads may still save rendered tiles to the cache; they must not journal them into this
        // user folder any more, which may be removed next (the tests' folders are)
        org.linkatlas.files.PartJournal.stop();
    }

    /** The route panel's state, for the window tests (a file chooser cannot be driven under Monocle). */
    public RouteViewModel routeViewModel() {
        return routes;
    }
}
