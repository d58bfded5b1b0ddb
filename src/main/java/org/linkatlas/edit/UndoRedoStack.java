package org.linkatlas.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo and redo stacks (JOSM's UndoRedoHandler): a new command clears the redo stack; beyond {@code limit}
 * steps the oldest is forgotten. Holds commands, not snapshots, so 1,000 steps cost 1,000 small objects. Not
 * thread-safe: owned by one {@link EditSession}.
 */
final class UndoRedoStack {
    private final int limit;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();

    UndoRedoStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
    }

    void done(Command c) {
        undo.push(c);
        redo.clear();
        while (undo.size() > limit) {
            undo.removeLast();
        }
    }

    Optional<Command> popUndo() {
        Command c = undo.poll();
        if (c != null) {
            redo.push(c);
        }
        return Optional.ofNullable(c);
    }

    Optional<Command> popRedo() {
        Command c = redo.poll();
        if (c != null) {
            undo.push(c);
        }
        return Optional.ofNullable(c);
    }

    /** Puts back a step whose undo or redo failed, so the stacks stay as they were. */
    void restoreUndo(Command c) {
        redo.remove(c);
        undo.push(c);
    }

    void restoreRedo(Command c) {
        undo.remove(c);
        redo.push(c);
    }

    int undoSize() {
        return undo.size();
    }

    int redoSize() {
        return redo.size();
    }

    Optional<Command> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    Optional<Command> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
