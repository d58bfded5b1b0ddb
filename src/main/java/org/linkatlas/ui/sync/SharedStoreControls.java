package org.linkatlas.ui.sync;

import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.linkatlas.i18n.Messages;
import org.linkatlas.ui.explorer.ExplorerView;

/**
 * Puts the shared store into a window: File → Shared store… and a status-bar label saying which store is in
 * use (the local one, or the server and whether this user may edit there, and others' pushes heard since).
 * Installed again whenever the window's view is rebuilt (a language switch). JavaFX thread only.
 */
public final class SharedStoreControls {
    private SharedStoreControls() {
    }

    public static void install(ExplorerView view, SharedStoreViewModel vm, Messages messages, Window owner) {
        vm.setMessages(messages);
        MenuItem open = new MenuItem(messages.get("menu.sharedStore"));
        open.setId("menu-shared-store");
        open.setOnAction(e -> new SharedStoreDialog(owner, vm, messages).show());
        view.addFileMenuItem(open);
        Label status = new Label();
        status.setId("store-status");
        status.getStyleClass().add("status-bar");
        status.textProperty().bind(vm.storeStatusProperty());
        view.addStatus(status);
    }
}
