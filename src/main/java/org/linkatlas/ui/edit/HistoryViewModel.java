package org.linkatlas.ui.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.linkatlas.edit.EditStore;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.Link;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;
import org.linkatlas.ui.StoreService;

/**
 * The state of the History view: the user's changesets read from the store (on its thread), the records they
 * touched, the scope shown (every record, or one record with what lives inside it: a link with its
 * interventions and their events), and reverting a changeset, which the store does with a new changeset.
 * JavaFX thread only; the log is read and written on the store thread, results come back through
 * {@code fxExecutor}.
 */
public final class HistoryViewModel {
    private final StoreService store;
    private final Executor fxExecutor;
    private final String author;
    private final List<Changeset> all = new ArrayList<>();
    private final ObservableList<Changeset> shown = FXCollections.observableArrayList();
    private final ObservableList<RecordRef> touched = FXCollections.observableArrayList();
    /** Null: every record. */
    private final ReadOnlyObjectWrapper<Set<RecordRef>> scope = new ReadOnlyObjectWrapper<>();

    public HistoryViewModel(StoreService store, Executor fxExecutor, String author) {
        this.store = store;
        this.fxExecutor = fxExecutor;
        this.author = author;
    }

    /** Reads the log again; the future completes on the JavaFX side once the lists show it. */
    public CompletableFuture<Void> refresh() {
        return store.history(Optional.empty()).thenAcceptAsync(list -> {
            all.clear();
            all.addAll(list);
            Set<RecordRef> refs = new LinkedHashSet<>();
            list.forEach(cs -> cs.changes().forEach(rc -> refs.add(rc.ref())));
            touched.setAll(refs);
            apply();
        }, fxExecutor);
    }

    /** Shows only the changesets touching these records (null: all). */
    public void showOnly(Set<RecordRef> records) {
        scope.set(records == null ? null : Set.copyOf(records));
        apply();
    }

    /** A record and what lives inside it: for a link its interventions and their events. */
    public static Set<RecordRef> group(RecordRef ref, Catalogue c) {
        Set<RecordRef> out = new LinkedHashSet<>();
        out.add(ref);
        if (ref.type().equals("link") && c != null) {
            for (Link l : c.links()) {
                if (l.id().equals(ref.id())) {
                    l.interventions().forEach(iv -> {
                        out.add(new RecordRef("intervention", iv.id()));
                        iv.events().forEach(e -> out.add(new RecordRef("event", e.id())));
                    });
                }
            }
        }
        return out;
    }

    /** The record changes of {@code cs} within the scope shown. */
    public List<RecordChange> changesShown(Changeset cs) {
        Collection<RecordRef> s = scope.get();
        return cs.changes().stream().filter(rc -> s == null || s.contains(rc.ref())).toList();
    }

    /**
     * Reverts {@code cs} over {@code current} (the last saved catalogue) as a new changeset; the log is read again
     * after a revert that was written.
     */
    public CompletableFuture<EditStore.SaveResult> revert(Changeset cs, Catalogue current) {
        return store.revert(cs.id(), current, author).thenComposeAsync(r -> r instanceof EditStore.Saved
                ? refresh().thenApply(v -> r) : CompletableFuture.completedFuture(r), fxExecutor);
    }

    private void apply() {
        Collection<RecordRef> s = scope.get();
        List<Changeset> newestFirst = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Changeset cs = all.get(i);
            if (s == null || cs.changes().stream().anyMatch(rc -> s.contains(rc.ref()))) {
                newestFirst.add(cs);
            }
        }
        shown.setAll(newestFirst);
    }

    /** A changeset of the log read last, by its id. */
    public Optional<Changeset> byId(String id) {
        return all.stream().filter(cs -> cs.id().equals(id)).findFirst();
    }

    /** The changesets in scope, newest first. */
    public ObservableList<Changeset> changesets() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    /** Every record the log touches, in the order first touched. */
    public ObservableList<RecordRef> touchedRecords() {
        return FXCollections.unmodifiableObservableList(touched);
    }

    public ReadOnlyObjectProperty<Set<RecordRef>> scopeProperty() {
        return scope.getReadOnlyProperty();
    }
}
