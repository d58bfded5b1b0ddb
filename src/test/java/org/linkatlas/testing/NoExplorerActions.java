package org.linkatlas.testing;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.linkatlas.report.RouteReport;
import org.linkatlas.ui.BasemapService;
import org.linkatlas.ui.explorer.ExplorerActions;

/**
 * The window's side of an explorer view built by a test without the window: nothing the test does asks for it
 * (no dialog, no printer, the offline basemap). JavaFX thread, as the view calls it.
 */
public final class NoExplorerActions implements ExplorerActions {
    @Override
    public void switchLanguage(Locale locale) {
    }

    @Override
    public void quit() {
    }

    @Override
    public BasemapService.Kind basemap() {
        return BasemapService.Kind.OFFLINE;
    }

    @Override
    public void useBasemap(BasemapService.Kind kind) {
    }

    @Override
    public void clearTileCache() {
    }

    @Override
    public CompletableFuture<Long> tileCacheBytes() {
        return CompletableFuture.completedFuture(0L);
    }

    @Override
    public Path save(String title, String initialName, String filterName, String... patterns) {
        return null;
    }

    @Override
    public String attribution() {
        return "";
    }

    @Override
    public void print(RouteReport report, boolean landscape, Runnable offerPdf) {
    }
}
