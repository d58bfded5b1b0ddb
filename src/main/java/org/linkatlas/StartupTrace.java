package org.linkatlas;

/**
 * Start-up phases with their time since the JVM started, printed to stderr when {@code -Dlinkatlas.startupTrace=true}
 * (how the figures in docs/notes/NOTES-startup.md were found); otherwise one boolean test per phase. Any thread.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("linkatlas.startupTrace");
    /** The JVM's start as a {@link System#nanoTime} value, fixed at the first mark. */
    private static volatile long startNanos = Long.MIN_VALUE;

    private StartupTrace() {
    }

    /** Prints {@code phase} with the milliseconds since the JVM started and the thread it ran on. */
    public static void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        if (startNanos == Long.MIN_VALUE) {
            startNanos = now - Math.max(0, FirstFrame.sinceStart()) * 1_000_000L;
        }
        System.err.printf("startup %6d ms [%s] %s%n", (now - startNanos) / 1_000_000L, Thread.currentThread().getName(), phase);
    }
}
