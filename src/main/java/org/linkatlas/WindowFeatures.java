package org.linkatlas;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.linkatlas.i18n.Messages;
import org.linkatlas.ui.FileDialogs;
import org.linkatlas.ui.Settings;
import org.linkatlas.ui.StoreService;
import org.linkatlas.ui.edit.EditControls;
import org.linkatlas.ui.edit.EditViewModel;
import org.linkatlas.ui.edit.QuitGuard;
import org.linkatlas.ui.explorer.ExplorerView;
import org.linkatlas.ui.explorer.ExplorerViewModel;
import org.linkatlas.ui.geometry.GeometryControls;
import org.linkatlas.ui.sync.SharedStoreControls;
import org.linkatlas.ui.sync.SharedStoreService;
import org.linkatlas.ui.sync.SharedStoreViewModel;
import org.linkatlas.ui.sync.SyncViewModel;

/**
 * The window's features beyond exploring: the edit session (one for the window's life, asked about at quit),
 * the shared store and its sync, and the geometry tools. Their view models live as long as the window; their
 * controls (menus, status bar items) go into each view {@link App} builds, once its side panels are in
 * ({@link ExplorerView#complete}). JavaFX thread only.
 */
final class WindowFeatures {
    private final Stage stage;
    private final StoreService store;
    private final Settings settings;
    private final FileDialogs dialogs;
    private final ExplorerViewModel viewModel;
    private final EditViewModel edits;
    private final SharedStoreService sharedStoreService = new SharedStoreService();
    private final SharedStoreViewModel sharedStore;
    private final SyncViewModel sync;
    private Subscription installed = Subscription.EMPTY; // the current view's controls

    WindowFeatures(Stage stage, StoreService store, Settings settings, FileDialogs dialogs, ExplorerViewModel viewModel,
                   Messages messages, Supplier<Messages> current,
                   javafx.beans.value.ObservableValue<org.linkatlas.storage.UserStore.ReadOnly> readOnly) {
        this.stage = stage;
        this.store = store;
        this.settings = settings;
        this.dialogs = dialogs;
        this.viewModel = viewModel;
        this.edits = new EditViewModel(store, Platform::runLater, System.getProperty("user.name", ""));
        QuitGuard.install(stage, edits, current);
        this.sharedStore = new SharedStoreViewModel(sharedStoreService, settings, messages);
        sharedStore.localReadOnlyProperty().bind(readOnly); // the status bar says when the local store is read-only
        sharedStore.localOpenProperty().bind(viewModel.catalogueProperty().isNotNull()); // … or when none is open
        this.sync = new SyncViewModel(sharedStoreService, store, sharedStore, () -> edits.editingProperty().get(),
                c -> SharedStoreControls.show(viewModel, c), messages);
        edits.lockProperty().bind(sharedStore.editLockProperty());
    }

    /**
     * Puts the features' controls into {@code view}, once its side panels are in; once per view. The previous
     * view's controls are taken off the window-long view models first, so an old view neither reacts nor stays
     * reachable.
     */
    void install(ExplorerView view, Messages messages) {
        installed.unsubscribe();
        installed = Subscription.combine(
                SharedStoreControls.install(view, sharedStore, sync, messages, stage, () -> viewModel.catalogueProperty().get()),
                EditControls.install(view, viewModel, edits, store, messages, () -> stage),
                GeometryControls.install(view, viewModel, edits, store, messages, settings, dialogs, () -> stage));
    }

    /**
     * Keeps the places of the features' menus in {@code view}'s menu bar until {@link #install} puts them in, in
     * the order install gives them (each goes right after File): File, Geometry, Edit.
     */
    void reserveMenus(ExplorerView view, Messages messages) {
        view.reserveMenu("menu-edit", messages.get("menu.edit"));
        view.reserveMenu("menu-geometry", messages.get("menu.geometry"));
    }

    /** The shared store's connections and listener, at the window's end. */
    void close() {
        sharedStoreService.close();
    }
}
