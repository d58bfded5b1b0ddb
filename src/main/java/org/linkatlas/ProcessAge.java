package org.linkatlas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * How long ago this process started, in milliseconds, for the start-up log lines and {@link StartupTrace}.
 * On Linux {@link ProcessHandle.Info#startInstant()} is built from the boot time in whole seconds
 * ({@code btime} in {@code /proc/stat}), so it is up to a second early (about 0.46 s on the machine the
 * start-up figures come from); there the age comes from {@code /proc/uptime} and the process's start in clock
 * ticks ({@code /proc/self/stat}, field 22), both relative to the boot, which is good to about 20 ms. Elsewhere,
 * or when those files cannot be read, the process handle's start. -1 when neither is known. Any thread.
 */
final class ProcessAge {
    /** The kernel's unit for times in /proc ({@code USER_HZ}): 100 on every architecture the JDK runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessAge() {
    }

    static long millis() {
        long linux = fromProc(Path.of("/proc"));
        if (linux >= 0) {
            return linux;
        }
        return ProcessHandle.current().info().startInstant()
                .map(t -> Duration.between(t, Instant.now()).toMillis()).orElse(-1L);
    }

    /** The age from {@code proc}'s {@code uptime} and {@code self/stat}, or -1 when they cannot be read. */
    static long fromProc(Path proc) {
        try {
            String uptime = Files.readString(proc.resolve("uptime"), StandardCharsets.US_ASCII).strip();
            String stat = Files.readString(proc.resolve("self").resolve("stat"), StandardCharsets.US_ASCII);
            return age(uptime, stat);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The age from the text of {@code /proc/uptime} (seconds since boot, then idle seconds) and of
     * {@code /proc/PID/stat} (whose second field, the command in parentheses, may hold spaces and parentheses:
     * the fields are counted from the last ')'), or -1 when either does not parse.
     */
    static long age(String uptime, String stat) {
        int close = stat.lastIndexOf(')');
        String[] head = uptime.split("\\s+");
        if (close < 0 || head.length == 0) {
            return -1;
        }
        // after ") " come field 3 (state) onwards; the start time is field 22
        String[] fields = stat.substring(close + 1).strip().split("\\s+");
        if (fields.length < 20) {
            return -1;
        }
        try {
            long upMillis = Math.round(Double.parseDouble(head[0]) * 1000);
            long startMillis = Long.parseLong(fields[19]) * 1000 / TICKS_PER_SECOND;
            long age = upMillis - startMillis;
            return age >= 0 ? age : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
