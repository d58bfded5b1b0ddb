package org.linkatlas;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.print.PrinterJob;
import javafx.stage.Stage;
import org.linkatlas.i18n.Messages;
import org.linkatlas.report.RouteReport;
import org.linkatlas.ui.BasemapChoice;
import org.linkatlas.ui.BasemapService;
import org.linkatlas.ui.FileDialogs;
import org.linkatlas.ui.edit.QuitGuard;
import org.linkatlas.ui.explorer.ExplorerActions;
import org.linkatlas.ui.explorer.ExplorerView;
import org.linkatlas.ui.route.RoutePrinter;
import org.linkatlas.ui.route.RouteViewModel;

/**
 * What the explorer asks of the window: save dialogs, printing a route, the language, the basemap and its tile
 * cache, quitting (asked first when edits are unsaved). One for the window's life; the view it prints from and the
 * messages are the current ones. JavaFX thread.
 */
final class WindowActions implements ExplorerActions {
    private final Stage stage;
    private final FileDialogs dialogs;
    private final BasemapChoice basemap;
    private final RouteViewModel routes;
    private final Supplier<Messages> messages;
    private final Supplier<ExplorerView> view;
    private final Consumer<Locale> switchLanguage;

    WindowActions(Stage stage, FileDialogs dialogs, BasemapChoice basemap, RouteViewModel routes,
                  Supplier<Messages> messages, Supplier<ExplorerView> view, Consumer<Locale> switchLanguage) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.basemap = basemap;
        this.routes = routes;
        this.messages = messages;
        this.view = view;
        this.switchLanguage = switchLanguage;
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
