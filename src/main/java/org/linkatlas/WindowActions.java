package org.linkatlas;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.print.PrinterJob;
import javafx.stage.Stage;
import org.linkatlas.catalogue.GeoJsonExport;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.report.RouteReport;
import org.linkatlas.report.ShownLinks;
import org.linkatlas.ui.BasemapChoice;
import org.linkatlas.ui.BasemapService;
import org.linkatlas.ui.FileDialogs;
import org.linkatlas.ui.edit.QuitGuard;
import org.linkatlas.ui.explorer.ExplorerActions;
import org.linkatlas.ui.explorer.ExplorerView;
import org.linkatlas.ui.explorer.ExplorerViewModel;
import org.linkatlas.ui.route.RoutePrinter;
import org.linkatlas.ui.route.RouteViewModel;

/**
 * What the explorer asks of the window: save dialogs, printing a route, the language, the basemap and its tile
 * cache, exporting the shown links as GeoJSON (written off the JavaFX thread), quitting (asked first when edits
 * are unsaved). One for the window's life; the view it prints from and the messages are the current ones.
 * JavaFX thread, except the export's writing.
 */
final class WindowActions implements ExplorerActions {
    private final Stage stage;
    private final FileDialogs dialogs;
    private final BasemapChoice basemap;
    private final RouteViewModel routes;
    private final ExplorerViewModel viewModel;
    private final Supplier<Messages> messages;
    private final Supplier<ExplorerView> view;
    private final Consumer<Locale> switchLanguage;
    private final BiConsumer<String, Object[]> status;

    WindowActions(Stage stage, FileDialogs dialogs, BasemapChoice basemap, RouteViewModel routes,
                  ExplorerViewModel viewModel, Supplier<Messages> messages, Supplier<ExplorerView> view,
                  Consumer<Locale> switchLanguage, BiConsumer<String, Object[]> status) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.basemap = basemap;
        this.routes = routes;
        this.viewModel = viewModel;
        this.messages = messages;
        this.view = view;
        this.switchLanguage = switchLanguage;
        this.status = status;
    }

    @Override
    public Path save(String title, String initialName, String filterName, String... patterns) {
        return dialogs.save(stage, title, initialName, filterName, patterns);
    }

    @Override
    public String attribution() {
        return basemap.attribution();
    }

    @Override
    public void print(RouteReport report, boolean landscape, Runnable offerPdf) {
        new RoutePrinter(stage, messages.get(), routes, PrinterJob::createPrinterJob)
                .print(report, landscape, view.get().routeMapInputs(), offerPdf);
    }

    @Override
    public void switchLanguage(Locale locale) {
        switchLanguage.accept(locale);
    }

    @Override
    public void exportGeoJson() {
        Catalogue c = viewModel.catalogueProperty().get();
        if (c == null) {
            return;
        }
        Path path = dialogs.save(stage, messages.get().get("menu.exportGeoJson"), "link-atlas-links.geojson",
                "GeoJSON", "*.geojson", "*.json");
        if (path == null) {
            return;
        }
        var filter = viewModel.filterProperty().get();
        CompletableFuture.runAsync(() -> {
            try {
                // what is shown: the filters in force (issue 11)
                Catalogue shown = new ShownLinks(c, filter).asCatalogue();
                GeoJsonExport.write(shown, path);
                Platform.runLater(() -> status.accept("status.exported", new Object[] {shown.links().size(), path.toFile()}));
            } catch (IOException e) {
                Platform.runLater(() -> status.accept("status.exportFailed", new Object[] {path.toFile(), e.getMessage()}));
            }
        });
    }

    @Override
    public void quit() {
        QuitGuard.requestClose(stage);
    }

    @Override
    public BasemapService.Kind basemap() {
        return basemap.kind();
    }

    @Override
    public void useBasemap(BasemapService.Kind kind) {
        basemap.use(kind);
    }

    @Override
    public void clearTileCache() {
        basemap.clearTileCache();
    }

    @Override
    public CompletableFuture<Long> tileCacheBytes() {
        return basemap.tileCacheBytes();
    }
}
