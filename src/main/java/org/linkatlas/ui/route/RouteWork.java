package org.linkatlas.ui.route;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.linkatlas.report.Progress;

/**
 * The route panel's long work, one piece at a time: whether it is busy, how far the work is, what it is doing,
 * and Cancel. Split out of {@link RouteViewModel}, which says what the work is and what its outcome means; this
 * class only runs the busy / progress / done cycle. Futures complete on {@link RouteService}'s threads; their
 * outcome is handed to the JavaFX thread with {@code Platform.runLater}, and a worker's progress is coalesced
 * (one update queued at a time). JavaFX thread only, except {@link Progress#update} and
 * {@link Progress#cancelled} of the progress it hands out, which any thread may call.
 */
final class RouteWork {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private WorkProgress current;

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    boolean busy() {
        return busy.get();
    }

    /** 0..1, or -1 while the amount of work is not known. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** A progress for work about to start; its updates are shown only while that work is the one under way. */
    WorkProgress progress() {
        return new WorkProgress();
    }

    /**
     * Marks the panel busy with {@code what} until {@code future} completes, then, on the JavaFX thread,
     * gives its value to {@code done} or its failure (a {@link CompletionException} unwrapped) to
     * {@code failed}, and only then ends the busy state, so the outcome is already shown when the panel is
     * no longer busy.
     *
     * @param initial the progress shown at first: -1 (not known) or 0
     */
    <T> void run(String what, double initial, WorkProgress wp, CompletableFuture<T> future, Consumer<T> done,
            Consumer<Throwable> failed) {
        current = wp;
        busy.set(true);
        progress.set(initial);
        progressText.set(what);
        future.whenComplete((value, error) -> Platform.runLater(() -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause != null) {
                failed.accept(cause);
            } else {
                done.accept(value);
            }
            current = null;
            progress.set(0);
            progressText.set("");
            busy.set(false);
        }));
    }

    /** Asks the work under way to stop; it stops at its next step. */
    void cancel() {
        if (current != null) {
            current.cancelled.set(true);
        }
    }

    /** Progress from a worker thread, shown on the JavaFX one; cancelled from the JavaFX thread. */
    final class WorkProgress implements Progress {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean posted = new AtomicBoolean();
        private volatile double fraction;

        private WorkProgress() {
        }

        @Override
        public void update(double f, String step) {
            fraction = f;
            if (posted.compareAndSet(false, true)) { // at most one update queued: the worker never floods the FX thread
                Platform.runLater(() -> {
                    posted.set(false);
                    if (current == this) {
                        progress.set(fraction);
                    }
                });
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }
    }
}
