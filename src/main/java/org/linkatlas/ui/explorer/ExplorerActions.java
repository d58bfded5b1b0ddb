package org.linkatlas.ui.explorer;

import org.linkatlas.report.RouteReport;

/**
 * What the window does for the explorer beyond its view: switch language, quit, the basemap and its tile
 * cache, save dialogs, printing. Called on the JavaFX thread.
 */
public interface ExplorerActions {
    void switchLanguage(java.util.Locale locale);

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
