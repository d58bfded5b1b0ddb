package org.linkatlas.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.linkatlas.i18n.Messages;

/**
 * What the window asks when the user's store cannot simply be opened: a damaged store (restore the bundled
 * copy, or quit; only quit when it cannot be restored), a failure, journal files beside the store that cannot be
 * read (said, nothing offered that could lose them), and a second window on the same folder (open
 * read-only, or quit). A choice that loads again hands the new result back to {@code handle} on the JavaFX
 * thread; quitting exits the application. JavaFX thread.
 */
public final class StoreDialogs {
    private final Window owner;
    private final Supplier<Messages> messages;
    private final StoreService store;
    private final Consumer<StoreService.Result> handle;

    /**
     * @param messages the window's language as it is when a dialog opens
     * @param handle   what the window does with a store result (it may call back here)
     */
    public StoreDialogs(Window owner, Supplier<Messages> messages, StoreService store, Consumer<StoreService.Result> handle) {
        this.owner = owner;
        this.messages = messages;
        this.store = store;
        this.handle = handle;
    }

    /** The damaged store cannot be put right here (its folder cannot be written): says why, then quits. */
    public void cannotRestore(StoreService.Damaged damaged) {
        Messages m = messages.get();
        Alert alert = alert(Alert.AlertType.ERROR, "Link Atlas", m.get("damaged.header"),
                m.get("damaged.cannotRestore", damaged.file(), reason(damaged, m)));
        alert.getButtonTypes().setAll(new ButtonType(m.get("damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.showAndWait();
        Platform.exit();
    }

    /** Offers to put the bundled copy in the damaged store's place (the damaged file is kept aside), or to quit. */
    public void offerRestore(StoreService.Damaged damaged) {
        Messages m = messages.get();
        Alert alert = alert(Alert.AlertType.ERROR, "Link Atlas", m.get("damaged.header"),
                m.get("damaged.body", damaged.file(), reason(damaged, m)));
        ButtonType restore = new ButtonType(m.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(m.get("damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(restore, quit);
        alert.showAndWait().filter(restore::equals).ifPresentOrElse(
                b -> handleLater(store.restoreBundledAndLoad()), Platform::exit);
    }

    /** The store could not be read at all: the message, the window stays. */
    /** The catalogue that comes with the program is missing: where it was looked for, and what to do. */
    public void bundleMissing(StoreService.BundleMissing missing) {
        Messages m = messages.get();
        Alert alert = alert(Alert.AlertType.ERROR, "Link Atlas", m.get("failed.header"), m.get("bundle.missing", missing.bundled()));
        alert.getDialogPane().setId("bundle-missing");
        alert.show();
    }

    public void failed(StoreService.Failed failed) {
        Alert alert = DialogPlacement.overOwner(new Alert(Alert.AlertType.ERROR, failed.message()));
        alert.initOwner(owner);
        alert.setHeaderText(messages.get().get("failed.header"));
        alert.show();
    }

    /**
     * The store's journal files beside it cannot be read by this account (another account's): names them, says
     * nothing was changed and what to do; the window stays, with nothing open.
     */
    public void journalUnreadable(StoreService.JournalUnreadable unreadable) {
        Messages m = messages.get();
        Alert alert = alert(Alert.AlertType.ERROR, "Link Atlas", m.get("failed.header"),
                m.get("journal.unreadable", unreadable.file(), String.join(", ", unreadable.journals()),
                        unreadable.journals().size()));
        alert.getDialogPane().setId("journal-unreadable");
        alert.getButtonTypes().setAll(new ButtonType(m.get("journal.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.show();
    }

    /** A second window on the same folder: say so, and open read-only or quit. */
    public void offerReadOnly(StoreService.OpenElsewhere elsewhere) {
        Messages m = messages.get();
        Alert alert = alert(Alert.AlertType.WARNING, m.get("elsewhere.title"), m.get("elsewhere.header"),
                m.get("elsewhere.body", elsewhere.folder()));
        alert.getDialogPane().setId("open-elsewhere");
        ButtonType open = new ButtonType(m.get("elsewhere.readOnly"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(m.get("elsewhere.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(open, quit);
        alert.showAndWait().filter(open::equals).ifPresentOrElse(b -> handleLater(store.loadReadOnly()), Platform::exit);
    }

    /** What is wrong, in the window's language when it is known (empty, not SQLite), else as SQLite said it. */
    private static String reason(StoreService.Damaged damaged, Messages m) {
        return damaged.kind() == org.linkatlas.storage.UserStore.DamageKind.OTHER ? damaged.reason()
                : m.get("damaged.reason." + damaged.kind().name());
    }

    private void handleLater(CompletableFuture<StoreService.Result> result) {
        result.thenAccept(r -> Platform.runLater(() -> handle.accept(r)));
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content) {
        Alert alert = DialogPlacement.overOwner(new Alert(type));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(content);
        return alert;
    }
}
