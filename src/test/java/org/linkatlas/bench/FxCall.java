package org.linkatlas.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * Runs work on the JavaFX thread and waits for it without a time limit (a benchmark's step may be long), handing
 * back its result or its exception. For the benchmarks that start the toolkit themselves. Any thread but the
 * JavaFX one.
 */
final class FxCall {
    private FxCall() {
    }

    static <T> T await(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                error.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }
}
