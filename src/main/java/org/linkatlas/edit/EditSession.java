package org.linkatlas.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;

/**
 * An edit session (QGIS's edit buffer): commands change the current snapshot, the saved one stays as the base
 * until a save succeeds; undo and redo walk the commands (at least 1,000 steps by default). A failed command or
 * save leaves the session as it was. Not thread-safe: one owner (the view model on the JavaFX thread, or a
 * command-line tool); the snapshots it hands out are immutable and may go to any thread.
 */
public final class EditSession {
    public static final int DEFAULT_UNDO_LIMIT = 1000;

    private Catalogue base;
    private Catalogue current;
    private final UndoRedoStack stack;
    private final LinkedHashSet<RecordRef> touched = new LinkedHashSet<>();

    public EditSession(Catalogue base) {
        this(base, DEFAULT_UNDO_LIMIT);
    }

    public EditSession(Catalogue base, int undoLimit) {
        this.base = base;
        this.current = base;
        this.stack = new UndoRedoStack(undoLimit);
    }

    public Catalogue base() {
        return base;
    }

    public Catalogue current() {
        return current;
    }

    /** Runs the command on the current snapshot; on failure nothing changes and the error is thrown. */
    public Catalogue execute(Command c) {
        current = c.execute(current);
        stack.done(c);
        touched.addAll(c.touched());
        return current;
    }

    public boolean canUndo() {
        return stack.undoSize() > 0;
    }

    public boolean canRedo() {
        return stack.redoSize() > 0;
    }

    public int undoSteps() {
        return stack.undoSize();
    }

    public Optional<String> nextUndoDescription() {
        return stack.nextUndo().map(Command::description);
    }

    public Optional<String> nextRedoDescription() {
        return stack.nextRedo().map(Command::description);
    }

    /** @return false when there is nothing to undo */
    public boolean undo() {
        Optional<Command> c = stack.popUndo();
        if (c.isEmpty()) {
            return false;
        }
        try {
            current = c.get().undo(current);
            touched.addAll(c.get().touched());
        } catch (RuntimeException e) {
            stack.restoreUndo(c.get());
            throw e;
        }
        return true;
    }

    public boolean redo() {
        Optional<Command> c = stack.popRedo();
        if (c.isEmpty()) {
            return false;
        }
        try {
            current = c.get().execute(current);
            touched.addAll(c.get().touched());
        } catch (RuntimeException e) {
            stack.restoreRedo(c.get());
            throw e;
        }
        return true;
    }

    /**
     * The records that differ from the base, field by field (what a save would write): each touched record looked
     * up in the two snapshots' indexes (the base's is the one the last save built).
     */
    public List<RecordChange> pendingChanges() {
        SnapshotIndex before = SnapshotIndex.of(base);
        SnapshotIndex after = SnapshotIndex.of(current);
        List<RecordChange> out = new ArrayList<>();
        for (RecordRef ref : touched) {
            RecordDiff.between(ref, before.record(ref.type(), ref.id()), after.record(ref.type(), ref.id())).ifPresent(out::add);
        }
        return out;
    }

    public boolean isDirty() {
        return !pendingChanges().isEmpty();
    }

    /** A save wrote the pending changes: they are the new base. Undo stays possible (it makes new changes). */
    public void saved(Catalogue savedSnapshot) {
        base = savedSnapshot;
        if (current == savedSnapshot) {
            touched.clear();
        }
    }

    /**
     * Puts newly imported sources into the base and the current snapshot alike (sources are not records: this is
     * no step to undo and no change to save; the store keeps the article itself).
     */
    public void addSources(java.util.function.UnaryOperator<Catalogue> withSources) {
        boolean clean = current == base;
        base = withSources.apply(base);
        current = clean ? base : withSources.apply(current);
    }

    /** Drops every change since the last save. */
    public void discard() {
        current = base;
        touched.clear();
        stack.clear();
    }
}
