package org.linkatlas;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.linkatlas.catalogue.GeoJsonExport;
import org.linkatlas.map.tiles.OfflineTileSource;
import org.linkatlas.map.tiles.OsmTileSource;
import org.linkatlas.map.tiles.RenderedTileCache;
import org.linkatlas.model.Catalogue;
import org.linkatlas.route.RoutingNetwork;
import org.linkatlas.ui.BasemapService;
import org.linkatlas.ui.FileDialogs;
import org.linkatlas.i18n.Messages;
import org.linkatlas.ui.Settings;
import org.linkatlas.ui.StoreBanner;
import org.linkatlas.ui.StoreService;
import org.linkatlas.files.PartJournal;
import org.linkatlas.storage.UserStore;
import org.linkatlas.ui.explorer.ExplorerView;
import org.linkatlas.ui.explorer.ExplorerViewModel;
import org.linkatlas.ui.route.RoutePrinter;
import org.linkatlas.ui.route.RouteService;
import org.linkatlas.ui.route.RouteViewModel;

/**
 * The window: wires the store service, view model and view (constructor injection, here only), loads the
 * user's store off the JavaFX thread, asks before restoring a damaged store, rebuilds the view when the
 * language changes, and remembers window and map between runs.
 */
public class App extends Application {
    private static final double DEFAULT_LAT = 21.25;
    private static final double DEFAULT_LON = 106.6;
    private static final double DEFAULT_ZOOM = 9;
    private StoreService store;
    private org.linkatlas.ui.edit.EditViewModel edits;
    private BasemapService basemaps;
    private CompletableFuture<StoreService.Result> firstLoad;
    private Settings settings;
    private Messages messages;
    private ExplorerViewModel viewModel;
    private ExplorerView view;
    private org.linkatlas.ui.sync.SharedStoreService sharedStoreService;
    private org.linkatlas.ui.sync.SharedStoreViewModel sharedStore;
    private org.linkatlas.ui.sync.SyncViewModel sync;
    private Stage stage;
    /** The status bar's message as key and arguments, so a language switch shows it in the new language. */
    private String statusKey;
    private Object[] statusArgs = {};
    /** Smaller than this the map and both panels no longer fit; a remembered size below it is ignored. */
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;
    private final FileDialogs dialogs;
    private double width = 1400;
    private double height = 900;
    private RouteService routeService;
    private RouteViewModel routes;
    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane();
    private final StoreBanner banner = new StoreBanner();
    private final javafx.beans.property.ReadOnlyObjectWrapper<UserStore.ReadOnly> readOnly =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

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
        Preload p = preloaded != null ? preloaded : startLoading();
        preloaded = null;
        settings = p.settings();
        store = p.store();
        firstLoad = p.firstLoad();
        routeService = new RouteService(AppPaths.networkDir(), Clock.systemDefaultZone(), RoutingNetwork.Options.DEFAULT);
        basemaps = new BasemapService(new RenderedTileCache(new OfflineTileSource(AppPaths.basemapDir()),
                AppPaths.userCacheDir().resolve("tiles"), "offline-2-" + AppVersion.get()), // 2: Vietnamese spellings of Hà Nội, Hải Phòng
                () -> new OsmTileSource(settings.text("osm.url", OsmTileSource.DEFAULT_URL_TEMPLATE),
                        AppPaths.userCacheDir().resolve("tiles").resolve("openstreetmap"), 200L << 20,
                        OsmTileSource.userAgent()));
    }

    /** What starts before the window: the settings and the store, read while JavaFX itself starts. */
    private record Preload(Settings settings, StoreService store, CompletableFuture<StoreService.Result> firstLoad) {
    }

    private static volatile Preload preloaded;

    /**
     * Called by {@link Launcher} before {@code Application.launch}: the store is opened and read on its thread
     * while the toolkit starts (about a second), instead of after it. Without it (the tests) {@link #init} does
     * the same, later. Main thread.
     */
    static void preload() {
        preloaded = startLoading();
    }

    private static Preload startLoading() {
        java.nio.file.Path home = AppPaths.userDataDir();
        PartJournal.keepIn(StoreService.partJournal(home)); // an export killed mid-write is cleaned up next start
        // not on the FX thread (the launcher's main or init()); every change is saved soon after it is made
        Settings settings = new Settings(home).load().saveOnChange();
        StoreService store = new StoreService(AppPaths.bundledStore(), home);
        return new Preload(settings, store, store.load());
    }

    private final FirstFrame firstFrame = new FirstFrame();

    @Override
    public void start(Stage primary) {
        System.getLogger(App.class.getName()).log(System.Logger.Level.DEBUG, "JavaFX started {0} ms after start", FirstFrame.sinceStart());
        this.stage = primary;
        org.linkatlas.map.tiles.AtlasTileRetriever.useScreenScale(javafx.stage.Screen.getPrimary().getOutputScaleX());
        String language = settings.text("language", Messages.defaultLocale().getLanguage());
        messages = new Messages("vi".equals(language) ? Locale.forLanguageTag("vi") : Locale.ENGLISH);
        viewModel = new ExplorerViewModel(Clock.systemDefaultZone());
        routes = new RouteViewModel(routeService, messages);
        String network = settings.text("route.network", "");
        routes.setNetwork(network.isEmpty() ? null : java.nio.file.Path.of(network),
                f -> settings.put("route.network", f == null ? "" : f.toAbsolutePath().toString()));
        // the route planner (network, context roads: CPU for a second) is built after the first frame, not beside it
        viewModel.catalogueProperty().addListener((o, old, c) -> firstFrame.then(() -> routes.setCatalogue(viewModel.catalogueProperty().get())));
        // never larger than the screen (a small laptop, or a window remembered on a screen since unplugged)
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // a remembered size below the minimum (JavaFX 21 under openbox opened at ~198x175 px and kept it) is
        // not a size anyone chose: start at the default instead
        double w = settings.number("window.width", 1400);
        double h = settings.number("window.height", 900);
        if (w < MIN_WIDTH || h < MIN_HEIGHT) {
            w = 1400;
            h = 900;
        }
        width = Math.min(w, screen.getWidth());
        height = Math.min(h, screen.getHeight());
        buildView(settings.number("map.lat", DEFAULT_LAT), settings.number("map.lon", DEFAULT_LON),
                settings.number("map.zoom", DEFAULT_ZOOM));
        stage.setTitle("Link Atlas");
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setWidth(width);
        stage.setHeight(height);
        if (settings.text("window.x", null) != null) {
            stage.setX(Math.max(screen.getMinX(), Math.min(settings.number("window.x", 0), screen.getMaxX() - 100)));
            stage.setY(Math.max(screen.getMinY(), Math.min(settings.number("window.y", 0), screen.getMaxY() - 100)));
        }
        // a first start on a screen no bigger than the default size (1400×900 itself): the window manager's frame
        // would push the status bar off the screen, so take the whole screen the way the window manager does it
        boolean fills = settings.text("window.width", null) == null
                && (1400 > screen.getWidth() - 20 || 900 > screen.getHeight() - 40);
        stage.setMaximized(fills || Boolean.parseBoolean(settings.text("window.maximized", "false")));
        stage.show();
        rememberWindowAndMapAsTheyChange();
        view.focusMap(); // the scene gives the first focus at show: to the map, so the search hint stays readable
        setStatus("status.opening");
        restoreBasemap();
        // the status bar follows the network: OpenStreetMap may go offline and come back
        javafx.animation.Timeline status = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(3), e -> view.setBasemapStatus(basemapStatus())));
        status.setCycleCount(javafx.animation.Animation.INDEFINITE);
        status.play();
        firstLoad.thenAccept(r -> Platform.runLater(() -> handle(r)));
    }

    private void buildView(double lat, double lon, double zoom) {
        ExplorerView.PanelSizes panels = new ExplorerView.PanelSizes(
                settings.panelWidth(Settings.PANEL_LEFT, ExplorerView.PanelSizes.DEFAULT.leftWidth()),
                settings.panelShown(Settings.PANEL_LEFT),
                settings.panelWidth(Settings.PANEL_RIGHT, ExplorerView.PanelSizes.DEFAULT.rightWidth()),
                settings.panelShown(Settings.PANEL_RIGHT));
        if (view != null) {
            view.map().roadNetwork().close(); // the old map's drawing thread
        }
        view = new ExplorerView(viewModel, routes, messages, new ExplorerView.Actions() {
            @Override
            public java.nio.file.Path save(String title, String initialName, String filterName, String... patterns) {
                return dialogs.save(stage, title, initialName, filterName, patterns);
            }

            @Override
            public String attribution() {
                return App.this.attribution();
            }

            @Override
            public void print(org.linkatlas.report.RouteReport report, boolean landscape, Runnable offerPdf) {
                new RoutePrinter(stage, messages, routes, javafx.print.PrinterJob::createPrinterJob)
                        .print(report, landscape, view.routeMapInputs(), offerPdf);
            }

            @Override
            public void switchLanguage(Locale locale) {
                App.this.switchLanguage(locale);
            }

            @Override
            public void exportGeoJson() {
                App.this.exportGeoJson();
            }

            @Override
            public void quit() {
                org.linkatlas.ui.edit.QuitGuard.requestClose(stage); // asks first when edits are unsaved
            }

            @Override
            public BasemapService.Kind basemap() {
                return basemaps.kind();
            }

            @Override
            public void useBasemap(BasemapService.Kind kind) {
                App.this.useBasemap(kind);
            }

            @Override
            public void clearTileCache() {
                App.this.clearTileCache();
            }

            @Override
            public CompletableFuture<Long> tileCacheBytes() {
                return CompletableFuture.supplyAsync(basemaps::cacheBytes);
            }
        }, panels, p -> {
            settings.putPanel(Settings.PANEL_LEFT, p.leftWidth(), p.leftShown());
            settings.putPanel(Settings.PANEL_RIGHT, p.rightWidth(), p.rightShown());
        });
        if (edits == null) { // one session for the window's life: a language switch rebuilds the view, not the session
            edits = new org.linkatlas.ui.edit.EditViewModel(store, Platform::runLater, System.getProperty("user.name", ""));
            org.linkatlas.ui.edit.QuitGuard.install(stage, edits, () -> messages);
        }
        if (sharedStore == null) {
            sharedStoreService = new org.linkatlas.ui.sync.SharedStoreService();
            sharedStore = new org.linkatlas.ui.sync.SharedStoreViewModel(sharedStoreService, settings, messages);
            sync = new org.linkatlas.ui.sync.SyncViewModel(sharedStoreService, store, sharedStore, () -> edits.editingProperty().get(),
                    c -> org.linkatlas.ui.sync.SharedStoreControls.show(viewModel, c), messages);
            edits.lockProperty().bind(sharedStore.editLockProperty());
        }
        org.linkatlas.ui.sync.SharedStoreControls.install(view, sharedStore, sync, messages, stage, () -> viewModel.catalogueProperty().get());
        org.linkatlas.ui.edit.EditControls.install(view, viewModel, edits, store, messages, () -> stage);
        org.linkatlas.ui.geometry.GeometryControls.install(view, viewModel, edits, store, messages, settings, dialogs, () -> stage);
        view.setAttribution(attribution());

        view.setBasemapStatus(basemapStatus());
        view.map().links().setOnFirstLinks(() -> {
            FirstFrame.mark("map " + Math.round(view.map().getWidth()) + "x" + Math.round(view.map().getHeight())
                    + " in a window " + Math.round(stage.getWidth()) + "x" + Math.round(stage.getHeight()));
            firstFrame.drawn();
        });
        Scene scene = stage.getScene();
        if (scene == null) {
            // sized from the start: the panels' shares are fixed at the first layout, and the scene's preferred
            // size (wrapped labels ask for their whole text on one line) would be far wider than the window
            root.setTop(banner.node());
            root.setCenter(view.node());
            scene = new Scene(root, width, height);
            scene.getStylesheets().add(App.class.getResource("ui/app.css").toExternalForm());
            stage.setScene(scene);
        } else {
            root.setTop(banner.node());
            root.setCenter(view.node());
            if (scene.getRoot() != root) {
                scene.setRoot(root); // a stage that showed another window before (the tests reuse one)
            }
        }
        view.show(lat, lon, zoom);
        showStatus();
        view.focusMap(); // not the search box: its hint would never be seen
    }

    private void useBasemap(BasemapService.Kind kind) {
        switch (kind) {
            case OFFLINE -> {
                basemaps.useOffline();
                rebuildKeepingView();
            }
            case OPENSTREETMAP -> {
                if (basemaps.online() == null) {
                    setStatus("basemap.onlineUnavailable");
                    rebuildKeepingView();
                    return;
                }
                basemaps.useOpenStreetMap();
                rebuildKeepingView();
            }
            case MBTILES -> {
                FileChooser chooser = new FileChooser();
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MBTiles", "*.mbtiles"));
                var file = chooser.showOpenDialog(stage);
                if (file == null) {
                    rebuildKeepingView(); // puts the tick back where it was
                    return;
                }
                basemaps.useMbtiles(file.toPath()).thenAccept(problem -> Platform.runLater(() -> {
                    if (problem != null) {
                        Alert alert = new Alert(Alert.AlertType.ERROR, problem);
                        alert.initOwner(stage);
                        alert.setHeaderText(messages.get("basemap.mbtilesBroken"));
                        alert.show();
                    } else {
                        settings.put("basemap.mbtiles", file.getAbsolutePath());
                    }
                    rebuildKeepingView();
                }));
            }
        }
    }

    private void clearTileCache() {
        CompletableFuture.runAsync(() -> {
            long bytes = basemaps.cacheBytes();
            try {
                basemaps.clearCaches();
                Platform.runLater(() -> setStatus("basemap.cacheCleared", bytes / 1024));
            } catch (IOException e) {
                Platform.runLater(() -> setStatus("basemap.cacheClearFailed", e.getMessage()));
            }
        });
    }

    /** Gluon keeps the tiles it has loaded per map: a new map is the way to show another basemap. */
    private void rebuildKeepingView() {
        var centre = view.center();
        double zoom = view.map().zoom();
        var selected = viewModel.selectedLinkProperty().get();
        buildView(centre[0], centre[1], zoom);
        viewModel.selectedLinkProperty().set(selected);
        settings.put("basemap", basemaps.kind().name());
    }

    /** The sources on screen, the offline map's in the window's language (the sources' names stay as they are). */
    private String attribution() {
        return org.linkatlas.report.MapAttribution.localised(basemaps.attribution(), messages);
    }

    private String basemapStatus() {
        String name = basemaps.kind() == BasemapService.Kind.MBTILES && basemaps.mbtilesName() != null
                ? basemaps.mbtilesName() : messages.get("basemap." + basemaps.kind().name().toLowerCase(Locale.ROOT));
        return messages.get(basemaps.onlineButOffline() ? "basemap.statusOffline" : "basemap.status", name);
    }

    /** Puts back the basemap chosen last time; a file that has gone or broken leaves the offline map. */
    private void restoreBasemap() {
        String chosen = settings.text("basemap", "OFFLINE");
        if ("OPENSTREETMAP".equals(chosen) && basemaps.online() != null) {
            basemaps.useOpenStreetMap();
            rebuildKeepingView();
        } else if ("MBTILES".equals(chosen) && settings.text("basemap.mbtiles", null) != null) {
            basemaps.useMbtiles(java.nio.file.Path.of(settings.text("basemap.mbtiles", ""))).thenAccept(problem ->
                    Platform.runLater(() -> {
                        if (problem != null) {
                            setStatus("basemap.problem", problem);
                        }
                        rebuildKeepingView();
                    }));
        }
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
        System.getLogger(App.class.getName()).log(System.Logger.Level.DEBUG, "store read {0} ms after start", FirstFrame.sinceStart());
        if (result instanceof StoreService.Loaded loaded) {
            viewModel.show(loaded.catalogue());
            readOnly.set(loaded.readOnly());
            banner.show(loaded.readOnly(), messages);
            if (loaded.readOnly() != null) {
                setStatus("status.readOnly", loaded.file());
            } else {
                setStatus(loaded.copiedFromBundle() ? "status.loadedFresh" : "status.loaded");
            }
        } else if (result instanceof StoreService.OpenElsewhere elsewhere) {
            offerReadOnly(elsewhere);
        } else if (result instanceof StoreService.Damaged damaged && !damaged.restorable()) {
            setStatus("status.damaged", damaged.file());
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(stage);
            alert.setTitle("Link Atlas");
            alert.setHeaderText(messages.get("damaged.header"));
            alert.setContentText(messages.get("damaged.cannotRestore", damaged.file(), damaged.reason()));
            alert.getButtonTypes().setAll(new ButtonType(messages.get("damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE));
            alert.showAndWait();
            Platform.exit();
        } else if (result instanceof StoreService.Damaged damaged) {
            setStatus("status.damaged", damaged.file());
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(stage);
            alert.setTitle("Link Atlas");
            alert.setHeaderText(messages.get("damaged.header"));
            alert.setContentText(messages.get("damaged.body", damaged.file(), damaged.reason()));
            ButtonType restore = new ButtonType(messages.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
            ButtonType quit = new ButtonType(messages.get("damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
            alert.getButtonTypes().setAll(restore, quit);
            alert.showAndWait().filter(restore::equals).ifPresentOrElse(
                    b -> store.restoreBundledAndLoad().thenAccept(r -> Platform.runLater(() -> handle(r))),
                    Platform::exit);
        } else if (result instanceof StoreService.Failed failed) {
            setStatus("status.failed", failed.message());
            Alert alert = new Alert(Alert.AlertType.ERROR, failed.message());
            alert.initOwner(stage);
            alert.setHeaderText(messages.get("failed.header"));
            alert.show();
        }
    }

    /** A second window on the same folder: say so, and open read-only or quit. */
    private void offerReadOnly(StoreService.OpenElsewhere elsewhere) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle(messages.get("elsewhere.title"));
        alert.setHeaderText(messages.get("elsewhere.header"));
        alert.setContentText(messages.get("elsewhere.body", elsewhere.folder()));
        alert.getDialogPane().setId("open-elsewhere");
        ButtonType open = new ButtonType(messages.get("elsewhere.readOnly"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("elsewhere.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(open, quit);
        alert.showAndWait().filter(open::equals).ifPresentOrElse(
                b -> store.loadReadOnly().thenAccept(r -> Platform.runLater(() -> handle(r))),
                Platform::exit);
    }

    /** Null while the atlas can be changed; else why not (the file, its folder, the data folder, another window). */
    public javafx.beans.property.ReadOnlyObjectProperty<UserStore.ReadOnly> readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /**
     * Settings are saved as they change, not only on a clean quit: the window's size and place when they
     * change, the map view when the user has moved it (a mouse button, a wheel or a key let go).
     */
    private void rememberWindowAndMapAsTheyChange() {
        javafx.beans.InvalidationListener window = o -> rememberWindow();
        stage.xProperty().addListener(window);
        stage.yProperty().addListener(window);
        stage.widthProperty().addListener(window);
        stage.heightProperty().addListener(window);
        stage.maximizedProperty().addListener(window);
        javafx.event.EventHandler<javafx.event.Event> map = e -> Platform.runLater(this::rememberMap);
        stage.getScene().addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, map);
        stage.getScene().addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, map);
        stage.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, map);
    }

    private void rememberWindow() {
        settings.put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
            settings.put("window.width", stage.getWidth());
            settings.put("window.height", stage.getHeight());
        }
    }

    private void rememberMap() {
        if (view != null) {
            var centre = view.center();
            settings.put("map.lat", centre[0]);
            settings.put("map.lon", centre[1]);
            settings.put("map.zoom", view.map().zoom());
        }
    }

    private void exportGeoJson() {
        Catalogue c = viewModel.catalogueProperty().get();
        if (c == null) {
            return;
        }
        java.nio.file.Path path = dialogs.save(stage, messages.get("menu.exportGeoJson"), "link-atlas-links.geojson",
                "GeoJSON", "*.geojson", "*.json");
        if (path == null) {
            return;
        }
        var file = path.toFile();
        var filter = viewModel.filterProperty().get();
        CompletableFuture.runAsync(() -> {
            try {
                // what is shown: the filters in force (issue 11)
                Catalogue shown = new org.linkatlas.report.ShownLinks(c, filter).asCatalogue();
                GeoJsonExport.write(shown, file.toPath());
                Platform.runLater(() -> setStatus("status.exported", shown.links().size(), file));
            } catch (IOException e) {
                Platform.runLater(() -> setStatus("status.exportFailed", file, e.getMessage()));
            }
        });
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
            view.map().roadNetwork().close();
        }
        if (sharedStoreService != null) {
            sharedStoreService.close();
        }
        if (stage != null && view != null) {
            rememberWindow();
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
    }

    /** The route panel's state, for the window tests (a file chooser cannot be driven under Monocle). */
    public RouteViewModel routeViewModel() {
        return routes;
    }
}
