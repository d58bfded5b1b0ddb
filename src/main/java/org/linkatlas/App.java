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
import org.linkatlas.ui.StoreService;
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
    private BasemapService basemaps;
    private CompletableFuture<StoreService.Result> firstLoad;
    private Settings settings;
    private Messages messages;
    private ExplorerViewModel viewModel;
    private ExplorerView view;
    private Stage stage;
    private String lastStatus = "";
    private final FileDialogs dialogs;
    private double width = 1400;
    private double height = 900;
    private RouteService routeService;
    private RouteViewModel routes;

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
        settings = new Settings(AppPaths.userDataDir()).load(); // init() runs on the launcher thread, not the FX one
        store = new StoreService(AppPaths.bundledStore(), AppPaths.userDataDir());
        firstLoad = store.load(); // starts before the window exists: opening the store overlaps building it
        routeService = new RouteService(AppPaths.networkDir(), Clock.systemDefaultZone(), RoutingNetwork.Options.DEFAULT);
        basemaps = new BasemapService(new RenderedTileCache(new OfflineTileSource(AppPaths.basemapDir()),
                AppPaths.userCacheDir().resolve("tiles"), "offline-" + AppVersion.get()),
                new OsmTileSource(settings.text("osm.url", OsmTileSource.DEFAULT_URL_TEMPLATE),
                        AppPaths.userCacheDir().resolve("tiles").resolve("openstreetmap"), 200L << 20,
                        OsmTileSource.userAgent()));
    }

    private static long sinceStart() {
        return ProcessHandle.current().info().startInstant()
                .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toMillis()).orElse(-1L);
    }

    @Override
    public void start(Stage primary) {
        System.getLogger(App.class.getName()).log(System.Logger.Level.DEBUG, "JavaFX started {0} ms after start", sinceStart());
        this.stage = primary;
        org.linkatlas.map.tiles.AtlasTileRetriever.useScreenScale(javafx.stage.Screen.getPrimary().getOutputScaleX());
        String language = settings.text("language", Messages.defaultLocale().getLanguage());
        messages = new Messages("vi".equals(language) ? Locale.forLanguageTag("vi") : Locale.ENGLISH);
        viewModel = new ExplorerViewModel(Clock.systemDefaultZone());
        routes = new RouteViewModel(routeService, messages);
        String network = settings.text("route.network", "");
        routes.setNetwork(network.isEmpty() ? null : java.nio.file.Path.of(network),
                f -> settings.put("route.network", f == null ? "" : f.toAbsolutePath().toString())); // saved at exit
        viewModel.catalogueProperty().addListener((o, old, c) -> routes.setCatalogue(c));
        // never larger than the screen (a small laptop, or a window remembered on a screen since unplugged)
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        width = Math.min(settings.number("window.width", 1400), screen.getWidth());
        height = Math.min(settings.number("window.height", 900), screen.getHeight());
        buildView(settings.number("map.lat", DEFAULT_LAT), settings.number("map.lon", DEFAULT_LON),
                settings.number("map.zoom", DEFAULT_ZOOM));
        stage.setTitle("Link Atlas");
        stage.setWidth(width);
        stage.setHeight(height);
        if (settings.text("window.x", null) != null) {
            stage.setX(Math.max(screen.getMinX(), Math.min(settings.number("window.x", 0), screen.getMaxX() - 100)));
            stage.setY(Math.max(screen.getMinY(), Math.min(settings.number("window.y", 0), screen.getMaxY() - 100)));
        }
        stage.setMaximized(Boolean.parseBoolean(settings.text("window.maximized", "false")));
        stage.show();
        setStatus(messages.get("status.opening", AppPaths.userDataDir()));
        restoreBasemap();
        // the status bar follows the network: OpenStreetMap may go offline and come back
        javafx.animation.Timeline status = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(3), e -> view.setBasemapStatus(basemapStatus())));
        status.setCycleCount(javafx.animation.Animation.INDEFINITE);
        status.play();
        firstLoad.thenAccept(r -> Platform.runLater(() -> handle(r)));
    }

    private void buildView(double lat, double lon, double zoom) {
        view = new ExplorerView(viewModel, routes, messages, new ExplorerView.Actions() {
            @Override
            public java.nio.file.Path save(String title, String initialName, String filterName, String... patterns) {
                return dialogs.save(stage, title, initialName, filterName, patterns);
            }

            @Override
            public String attribution() {
                return basemaps.attribution();
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
                stage.close();
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
        });
        view.setAttribution(basemaps.attribution());
        view.setBasemapStatus(basemapStatus());
        view.map().links().setOnFirstLinks(() -> ProcessHandle.current().info().startInstant().ifPresent(t ->
                System.getLogger(App.class.getName()).log(System.Logger.Level.INFO, "first map frame with links {0} ms after start",
                        java.time.Duration.between(t, java.time.Instant.now()).toMillis())));
        Scene scene = stage.getScene();
        if (scene == null) {
            // sized from the start: the panels' shares are fixed at the first layout, and the scene's preferred
            // size (wrapped labels ask for their whole text on one line) would be far wider than the window
            scene = new Scene(view.node(), width, height);
            scene.getStylesheets().add(App.class.getResource("ui/app.css").toExternalForm());
            stage.setScene(scene);
        } else {
            scene.setRoot(view.node());
        }
        view.show(lat, lon, zoom);
        view.setStatus(lastStatus);
    }

    private void useBasemap(BasemapService.Kind kind) {
        switch (kind) {
            case OFFLINE -> {
                basemaps.useOffline();
                rebuildKeepingView();
            }
            case OPENSTREETMAP -> {
                if (basemaps.online() == null) {
                    setStatus(messages.get("basemap.onlineUnavailable"));
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
                Platform.runLater(() -> setStatus(messages.get("basemap.cacheCleared", bytes / 1024)));
            } catch (IOException e) {
                Platform.runLater(() -> setStatus(messages.get("basemap.cacheClearFailed", e.getMessage())));
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
                            setStatus(problem);
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
        buildView(centre[0], centre[1], zoom);
        viewModel.selectedLinkProperty().set(selected);
    }

    private void setStatus(String text) {
        lastStatus = text;
        view.setStatus(text);
    }

    private void handle(StoreService.Result result) {
        System.getLogger(App.class.getName()).log(System.Logger.Level.DEBUG, "store read {0} ms after start", sinceStart());
        if (result instanceof StoreService.Loaded loaded) {
            viewModel.show(loaded.catalogue());
            setStatus(messages.get(loaded.copiedFromBundle() ? "status.loadedFresh" : "status.loaded", loaded.file()));
        } else if (result instanceof StoreService.Damaged damaged) {
            setStatus(messages.get("status.damaged", damaged.file()));
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
            setStatus(messages.get("status.failed", failed.message()));
            Alert alert = new Alert(Alert.AlertType.ERROR, failed.message());
            alert.initOwner(stage);
            alert.setHeaderText(messages.get("failed.header"));
            alert.show();
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
        CompletableFuture.runAsync(() -> {
            try {
                GeoJsonExport.write(c, file.toPath());
                Platform.runLater(() -> setStatus(messages.get("status.exported", c.links().size(), file)));
            } catch (IOException e) {
                Platform.runLater(() -> setStatus(messages.get("status.exportFailed", file, e.getMessage())));
            }
        });
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
        if (routeService != null) {
            routeService.close();
        }
        if (stage != null && view != null) {
            settings.put("window.maximized", stage.isMaximized());
            if (!stage.isMaximized()) {
                settings.put("window.x", stage.getX());
                settings.put("window.y", stage.getY());
                settings.put("window.width", stage.getWidth());
                settings.put("window.height", stage.getHeight());
            }
            var centre = view.center();
            settings.put("map.lat", centre[0]);
            settings.put("map.lon", centre[1]);
            settings.put("map.zoom", view.map().zoom());
            // the JVM waits for this non-daemon thread, so the file is written without blocking the FX thread
            Thread saver = new Thread(() -> {
                try {
                    settings.save();
                } catch (IOException e) {
                    System.getLogger(App.class.getName()).log(System.Logger.Level.WARNING,
                            "cannot save settings: {0}", e.getMessage());
                }
            }, "link-atlas-settings");
            saver.start();
        }
    }

    /** The route panel's state, for the window tests (a file chooser cannot be driven under Monocle). */
    public RouteViewModel routeViewModel() {
        return routes;
    }
}
