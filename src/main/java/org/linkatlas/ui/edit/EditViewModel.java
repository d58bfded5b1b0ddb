package org.linkatlas.ui.edit;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.linkatlas.edit.Command;
import org.linkatlas.edit.EditSession;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.ValidationReport;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordChange;
import org.linkatlas.ui.StoreService;

/**
 * The state of the window's edit session, for the Edit menu and forms to bind to: editing, dirty, undo/redo
 * availability, the current snapshot, a save under way and the last validation report. Saves run on the store
 * thread ({@link StoreService}); their outcome comes back through {@code fxExecutor} (Platform::runLater in the
 * window). JavaFX thread only.
 */
public final class EditViewModel {
    private final javafx.beans.property.StringProperty lock = new javafx.beans.property.SimpleStringProperty();
    private final StoreService store;
    private final Executor fxExecutor;
    private final String author;
    private EditSession session;

    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Catalogue> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ValidationReport> report = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyLongWrapper logVersion = new javafx.beans.property.ReadOnlyLongWrapper();

    public EditViewModel(StoreService store, Executor fxExecutor, String author) {
        this.store = store;
        this.fxExecutor = fxExecutor;
        this.author = author;
    }

    /** Edit (Ctrl+E): starts a session on the catalogue the window shows. */
    public void start(Catalogue current) {
        session = new EditSession(current);
        editing.set(true);
        refresh();
    }

    /** Runs one command; a refused one (bad input) throws and changes nothing. */
    public void execute(Command c) {
        requireSession().execute(c);
        refresh();
    }

    public void undo() {
        requireSession().undo();
        refresh();
    }

    public void redo() {
        requireSession().redo();
        refresh();
    }

    /**
     * Save (Ctrl+S): validates and writes on the store thread. Errors keep the session as it is and show in
     * {@link #reportProperty()}; with warnings only, save again with {@code acceptWarnings}.
     */
    public CompletableFuture<EditStore.SaveResult> save(String comment, boolean acceptWarnings) {
        EditSession s = requireSession();
        Catalogue current = s.current();
        List<RecordChange> changes = s.pendingChanges();
        saving.set(true);
        CompletableFuture<EditStore.SaveResult> done = new CompletableFuture<>();
        store.save(current, changes, author, comment, acceptWarnings).whenCompleteAsync((result, failure) -> {
            saving.set(false);
            if (failure != null) {
                done.completeExceptionally(failure);
                return;
            }
            if (result instanceof EditStore.Saved saved) {
                s.saved(current);
                report.set(saved.report());
                logChanged();
            } else if (result instanceof EditStore.Blocked blocked) {
                report.set(blocked.report());
            } else if (result instanceof EditStore.NeedsConfirmation ask) {
                report.set(ask.report());
            } else {
                report.set(null);
            }
            refresh();
            done.complete(result);
        }, fxExecutor);
        return done;
    }

    /** An article was imported: the open session can quote it at once. */
    public void addSource(org.linkatlas.model.SourceDocument d) {
        if (session != null) {
            session.addSources(c -> EditStore.withDocuments(c, List.of(d)));
            refresh();
        }
    }

    /** Discard: drops every unsaved change and ends the session. */
    public void discard() {
        requireSession().discard();
        session = null;
        editing.set(false);
        refresh();
    }

    /** Who the changesets of this window are by. */
    public String author() {
        return author;
    }

    /** Whether quitting should ask first. */
    public boolean hasUnsavedChanges() {
        return session != null && session.isDirty();
    }

    private EditSession requireSession() {
        if (session == null) {
            throw new IllegalStateException("no edit session: start one with Edit");
        }
        return session;
    }

    private void refresh() {
        dirty.set(session != null && session.isDirty());
        canUndo.set(session != null && session.canUndo());
        canRedo.set(session != null && session.canRedo());
        snapshot.set(session == null ? null : session.current());
    }

    /**
     * Why editing is refused, or null: set by whoever knows (the shared store, connected as a viewer). Start
     * editing and Record progress say it instead of starting.
     */
    public javafx.beans.property.StringProperty lockProperty() {
        return lock;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Catalogue> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /**
     * Goes up whenever the store's changeset log may have grown: a save of this window, and changes that came in
     * from outside a session (Import changes…, a synchronisation); the History view reads the log again on it.
     */
    public javafx.beans.property.ReadOnlyLongProperty logVersionProperty() {
        return logVersion.getReadOnlyProperty();
    }

    /** Says the log may have changed outside a save of this window (JavaFX thread). */
    public void logChanged() {
        logVersion.set(logVersion.get() + 1);
    }

    private Catalogue reloaded;

    /**
     * Says the catalogue {@code c} was read again outside a session (an import, a synchronisation); once per
     * catalogue, however many views (one per language switch) report the same reload (JavaFX thread).
     */
    public void reloadedOutsideSession(Catalogue c) {
        if (c != reloaded) {
            reloaded = c;
            logChanged();
        }
    }

    public ReadOnlyObjectProperty<ValidationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }
}
