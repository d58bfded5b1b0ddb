package org.linkatlas;

/**
 * Start-up phases with their time since the process started, printed to stderr when
 * {@code -Dlinkatlas.startupTrace=true} (how the figures in docs/notes/NOTES-startup.md were found); otherwise one
 * boolean test per phase. The time counts from {@code -Dlinkatlas.startupTrace.zero} (wall-clock milliseconds: the
 * start-up benchmark gives the moment it spawned the JVM, so this and its bare window count alike), else from the
 * process's start ({@link ProcessAge}). Lines are built without {@code String.format}, whose first use would
 * load its classes into the phase being timed. Any thread.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("linkatlas.startupTrace");
    /** The zero as a {@link System#currentTimeMillis} value, fixed at the first mark. */
    private static volatile long zero = Long.MIN_VALUE;

    private StartupTrace() {
    }

    /** Prints {@code phase} with the milliseconds since the start and the thread it ran on. */
    public static void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = System.currentTimeMillis();
        if (zero == Long.MIN_VALUE) {
            Long given = Long.getLong("linkatlas.startupTrace.zero");
            zero = given != null ? given : now - Math.max(0, ProcessAge.millis());
        }
        String ms = Long.toString(now - zero);
        // startup   1234 ms [thread] phase: what bench/StartupBenchmark reads (its bare window prints the same)
        System.err.println("startup " + " ".repeat(Math.max(0, 6 - ms.length())) + ms + " ms ["
                + Thread.currentThread().getName() + "] " + phase);
    }
}
