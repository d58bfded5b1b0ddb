package org.linkatlas.report;

import java.util.concurrent.CancellationException;

/**
 * Where long work (a map for print, a PDF) reports how far it is and learns that the user cancelled it.
 * Called from the worker thread; implementations hop to the JavaFX thread themselves. Any thread.
 */
public interface Progress {
    /** Nothing listens and nothing cancels: for the command line and tests. */
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String step) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** @param fraction 0..1 of the whole work; @param step what is being done, for the user */
    void update(double fraction, String step);

    boolean cancelled();

    /** Throws {@link CancellationException} when the user cancelled; work calls it between steps. */
    default void checkCancelled() {
        if (cancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled");
        }
    }
}
