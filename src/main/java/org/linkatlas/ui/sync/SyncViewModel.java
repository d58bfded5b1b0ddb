package org.linkatlas.ui.sync;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.storage.StorageException;
import org.linkatlas.sync.StoreSync;
import org.linkatlas.ui.StoreService;

/**
 * File → Synchronise and its offer in the status bar: runs {@link StoreSync} through the connected
 * {@link SharedStoreService} with the user's store on its own thread, then shows the pulled catalogue in the window
 * (the {@code show} callback), says what went each way, and keeps the conflicts that held a changeset back for the
 * conflict dialog. Refused while an edit session has unsaved changes (a sync replays the saved log). JavaFX
 * thread only; the work's answers hop back with {@code Platform.runLater}.
 */
public final class SyncViewModel {
    private final SharedStoreService service;
    private final StoreService store;
    private final SharedStoreViewModel shared;
    private final BooleanSupplier unsavedEdits;
    private final Consumer<Catalogue> show;
    private Messages messages;
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StoreSync.Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSync;
    private final BooleanBinding offered;

    public SyncViewModel(SharedStoreService service, StoreService store, SharedStoreViewModel shared,
                         BooleanSupplier unsavedEdits, Consumer<Catalogue> show, Messages messages) {
        this.service = service;
        this.store = store;
        this.shared = shared;
        this.unsavedEdits = unsavedEdits;
        this.show = show;
        this.messages = messages;
        canSync = Bindings.createBooleanBinding(() -> shared.stateProperty().get() == SharedStoreViewModel.State.CONNECTED
                && !syncing.get(), shared.stateProperty(), syncing);
        offered = canSync.and(shared.othersPushedProperty().greaterThan(0));
    }

    public void setMessages(Messages messages) {
        this.messages = messages;
    }

    /** Pushes mine and pulls the others'; the outcome arrives in {@link #outcomeProperty()}. */
    public void synchronise() {
        requireFxThread();
        if (!canSync.get()) {
            return;
        }
        if (unsavedEdits.getAsBoolean()) {
            report.set(messages.get("sync.unsaved"));
            outcome.set(null);
            return;
        }
        syncing.set(true);
        report.set(messages.get("sync.running"));
        service.synchronise(store).whenComplete((o, e) -> Platform.runLater(() -> done(o, e)));
    }

    /**
     * Records the user's choice for each conflict ({@code keepMine}: my value is sent over theirs; else theirs
     * stands and my field is dropped), then synchronises again.
     */
    public void settle(List<StoreSync.FieldConflict> conflicts, List<Boolean> keepMine) {
        requireFxThread();
        syncing.set(true);
        store.withEdits(edits -> {
            for (int i = 0; i < conflicts.size(); i++) {
                // the replay's conflict is the pulled changeset's: its "theirs" is the value found here, mine
                edits.choose(conflicts.get(i).replay(), keepMine.get(i) ? "theirs" : "mine");
            }
            return null;
        }).whenComplete((v, e) -> Platform.runLater(() -> {
            syncing.set(false);
            if (e != null) {
                done(null, e);
            } else {
                synchronise();
            }
        }));
    }

    private void done(StoreSync.Outcome o, Throwable e) {
        syncing.set(false);
        if (e != null) {
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            report.set(messages.get("sync.failed", cause instanceof StorageException s
                    ? failureText(s) : String.valueOf(cause.getMessage())));
            outcome.set(null);
            return;
        }
        shared.synchronised();
        if (!o.pulled().isEmpty() || !o.pushed().isEmpty()) {
            show.accept(o.catalogue());
        }
        StringBuilder b = new StringBuilder(o.nothingHappened() && o.held().isEmpty() && o.notAllowed().isEmpty()
                ? messages.get("sync.inStep") : messages.get("sync.done", o.pushed().size(), o.pulled().size()));
        if (!o.held().isEmpty()) {
            b.append('\n').append(messages.get("sync.held", o.held().size()));
        }
        if (!o.notAllowed().isEmpty()) {
            b.append('\n').append(messages.get("sync.notAllowed", o.notAllowed().size()));
        }
        if (!o.skipped().isEmpty()) {
            b.append('\n').append(messages.get("sync.skipped", o.skipped().size()));
        }
        if (!o.tablesBehind().isEmpty()) {
            b.append('\n').append(messages.get("sync.tablesBehind", o.tablesBehind().size()));
        }
        report.set(b.toString());
        outcome.set(o);
    }

    private String failureText(StorageException s) {
        return switch (org.linkatlas.storage.pg.PgStore.reason(s)) {
            case UNREACHABLE, ENDED -> messages.get("sync.failed.gone");
            case NOT_ALLOWED -> messages.get("shared.error.notAllowed", shared.userProperty().get());
            default -> String.valueOf(s.getMessage());
        };
    }

    /** The conflicts of the last sync that held my changesets back and that a choice can settle. */
    public List<StoreSync.FieldConflict> settleable() {
        StoreSync.Outcome o = outcome.get();
        return o == null ? List.of() : o.held().stream().flatMap(h -> h.conflicts().stream())
                .filter(c -> c.replay() != null).toList();
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("SyncViewModel is used on the JavaFX thread only");
        }
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    /** What the last sync did, in the user's language. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StoreSync.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Connected and not synchronising. */
    public BooleanBinding canSyncProperty() {
        return canSync;
    }

    /** Others pushed since: the status bar offers to synchronise. */
    public BooleanBinding offeredProperty() {
        return offered;
    }
}
