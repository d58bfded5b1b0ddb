package org.linkatlas;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.linkatlas.files.PartJournal;
import org.linkatlas.storage.NativeSqlite;
import org.linkatlas.ui.Settings;
import org.linkatlas.ui.StoreService;
import org.linkatlas.ui.explorer.ExplorerViewModel;

/**
 * What starts before the window: the settings read and the user's store opened and read, on threads of their
 * own while the JavaFX toolkit starts (about a second), instead of after it. {@link Launcher} begins it before
 * {@code Application.launch} (the toolkit does not wait for it), {@link App#init} takes it; without the launcher
 * (the tests) init begins it itself, later. A catalogue read is also prepared there for the map (projected,
 * looked up by id: {@link ExplorerViewModel#prepareForMap}), so the JavaFX thread only shows it; the list's order
 * and the search index wait until after the first frame ({@link App}). Never on the JavaFX thread.
 */
record StoreAhead(Settings settings, StoreService store, CompletableFuture<StoreService.Result> firstLoad,
                  CompletableFuture<ExplorerViewModel.Prepared> prepared) {
    private static volatile CompletableFuture<StoreAhead> begun;

    /** From the launcher's main thread: starts reading and returns at once. */
    static void begin() {
        begun = CompletableFuture.supplyAsync(StoreAhead::start, ownThread("link-atlas-preload"));
    }

    /** Runs each task it is given on a new daemon thread named {@code name}: for one-off start-up work. */
    static java.util.concurrent.Executor ownThread(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
        };
    }

    /** What {@link #begin} started (waiting for the settings, not for the store), or a start now; once. */
    static StoreAhead take() {
        CompletableFuture<StoreAhead> early = begun;
        begun = null;
        return early != null ? early.join() : start();
    }

    private static StoreAhead start() {
        Path home = AppPaths.userDataDir();
        NativeSqlite.useCacheIn(AppPaths.userCacheDir()); // sqlite's library unpacked once, not at every start
        PartJournal.keepIn(StoreService.partJournal(home)); // an export killed mid-write is cleaned up next start
        // every change is saved soon after it is made
        Settings settings = new Settings(home).load().saveOnChange();
        StoreService store = new StoreService(AppPaths.bundledStore(), home);
        CompletableFuture<StoreService.Result> load = store.load();
        // on the store's thread, right after the read; null when the store was not read (a dialog comes instead)
        CompletableFuture<ExplorerViewModel.Prepared> prepared = load.thenApply(r -> r instanceof StoreService.Loaded l
                ? ExplorerViewModel.prepareForMap(l.catalogue()) : null).exceptionally(e -> {
                    // the window then shows the catalogue as read, preparing it on its own thread
                    System.getLogger(StoreAhead.class.getName()).log(System.Logger.Level.WARNING,
                            "catalogue not prepared ahead: {0}", e.toString());
                    return null;
                });
        // the window's words in the saved language, read here while the store reads: the bundle is then cached for
        // the JavaFX thread, which would otherwise parse it (about 9 ms) before its first frame
        new org.linkatlas.i18n.Messages(org.linkatlas.i18n.Messages.localeOf(
                settings.text("language", org.linkatlas.i18n.Messages.defaultLocale().getLanguage())));
        return new StoreAhead(settings, store, load, prepared);
    }
}
