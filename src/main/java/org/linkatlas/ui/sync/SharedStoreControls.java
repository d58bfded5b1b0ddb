package org.linkatlas.ui.sync;

import java.util.function.Supplier;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.ui.Attachments;
import org.linkatlas.ui.explorer.ExplorerView;
import org.linkatlas.ui.explorer.ExplorerViewModel;

/**
 * Puts the shared store into a window: File → Shared store… and File → Synchronise, a status-bar label saying
 * which store is in use (the local one, or the server and whether this user may edit there, and others' pushes
 * heard since), the offer to synchronise when others pushed, what the last sync did, and the conflict dialog when
 * a sync held a changeset of mine back. Installed again whenever the window's view is rebuilt (a language switch):
 * the view models outlive the view, so {@link #install} returns the call that takes this view's listeners and
 * bindings off them. JavaFX thread only.
 */
public final class SharedStoreControls {
    private SharedStoreControls() {
    }

    /** @return takes off what this put on {@code vm} and {@code sync} (call it before installing on a new view) */
    public static Subscription install(ExplorerView view, SharedStoreViewModel vm, SyncViewModel sync, Messages messages,
                                       Window owner, Supplier<Catalogue> shown) {
        Attachments attached = new Attachments();
        vm.setMessages(messages);
        sync.setMessages(messages);
        MenuItem open = new MenuItem(messages.get("menu.sharedStore"));
        open.setId("menu-shared-store");
        open.setOnAction(e -> new SharedStoreDialog(owner, vm, messages).show());
        view.addFileMenuItem(open);
        MenuItem synchronise = new MenuItem(messages.get("menu.synchronise"));
        synchronise.setId("menu-synchronise");
        synchronise.setAccelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        attached.bind(synchronise.disableProperty(), sync.canSyncProperty().not());
        synchronise.setOnAction(e -> sync.synchronise());
        open.getParentMenu().getItems().add(open.getParentMenu().getItems().indexOf(open) + 1, synchronise);

        Label status = new Label();
        status.setId("store-status");
        status.getStyleClass().add("status-bar");
        attached.bind(status.textProperty(), vm.storeStatusProperty());
        view.addStatus(status);
        Hyperlink offer = new Hyperlink(messages.get("sync.offer"));
        offer.setId("sync-offer");
        attached.bind(offer.visibleProperty(), sync.offeredProperty());
        offer.managedProperty().bind(offer.visibleProperty());
        offer.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the status bar is crowded: the others shorten first
        offer.setOnAction(e -> sync.synchronise());
        view.addStatus(offer);
        Label report = new Label();
        report.setId("sync-report");
        report.getStyleClass().add("status-bar");
        attached.bind(report.textProperty(), sync.reportProperty());
        report.setMaxWidth(420);
        view.addStatus(report);
        attached.listen(sync.outcomeProperty(), (old, now) -> {
            if (now != null && !sync.settleable().isEmpty()) { // an old view's handle has taken this off: one dialog
                new ConflictDialog(owner, sync, shown.get(), messages).show();
            }
        });
        return attached.handle();
    }

    /** Shows a catalogue a sync brought, the selected link staying selected. */
    public static void show(ExplorerViewModel explorer, Catalogue c) {
        explorer.showKeepingSelection(c);
    }
}
