package org.linkatlas.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The records that differ from the base, field by field (what a save would write). */
    public List<RecordChange> pendingChanges() {
        Map<String, java.util.Set<String>> touchedIds = new HashMap<>();
        for (RecordRef ref : touched) {
            touchedIds.computeIfAbsent(ref.type(), n -> new java.util.HashSet<>()).add(ref.id());
        }
        Map<String, Map<String, Object>> baseIndex = new HashMap<>();
        Map<String, Map<String, Object>> currentIndex = new HashMap<>();
        List<RecordChange> out = new ArrayList<>();
        for (RecordRef ref : touched) {
            Set<String> ids = touchedIds.get(ref.type());
            Object before = index(baseIndex, base, ref.type(), ids).get(ref.id());
            Object after = index(currentIndex, current, ref.type(), ids).get(ref.id());
            RecordDiff.between(ref, before, after).ifPresent(out::add);
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

    /** The touched records of a type by id: one pass over its list, keeping only those (not a map of 50,000). */
    private static Map<String, Object> index(Map<String, Map<String, Object>> cache, Catalogue c, String typeName,
                                             Set<String> ids) {
        return cache.computeIfAbsent(typeName, n -> {
            RecordType<Object> type = RecordTypes.typed(n);
            Map<String, Object> byId = new HashMap<>();
            for (Object r : type.all(c)) {
                String id = type.id(r);
                if (ids.contains(id)) {
                    byId.put(id, r);
                }
            }
            return byId;
        });
    }
}
