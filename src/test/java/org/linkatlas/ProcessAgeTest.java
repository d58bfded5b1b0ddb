package org.linkatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ProcessAgeTest {
    /** A stat line whose command holds spaces and parentheses; its field 22 (start time) is 123456 ticks. */
    private static final String STAT = "4711 (Java (FX) thread) S 1 4711 4711 0 -1 4194560 100 0 0 0 5 3 0 0 20 0 "
            + "30 0 123456 3000000000 20000 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0";

    @Test
    void theAgeIsTheUptimeLessTheStartInTicks() {
        // 1,240.50 s since boot, started 1,234.56 s after it
        assertEquals(5_940, ProcessAge.age("1240.50 2000.00", STAT));
    }

    @Test
    void whatDoesNotParseGivesMinusOne() {
        assertEquals(-1, ProcessAge.age("", STAT));
        assertEquals(-1, ProcessAge.age("abc 1", STAT));
        assertEquals(-1, ProcessAge.age("1240.50 2000.00", "4711 (java) S 1 2 3"));
        assertEquals(-1, ProcessAge.age("1240.50 2000.00", "no parenthesis at all"));
        assertEquals(-1, ProcessAge.age("1240.50 2000.00", STAT.replace("123456", "x")));
        // a start after the uptime (a stat from another boot): not an age
        assertEquals(-1, ProcessAge.age("1000.00 2000.00", STAT));
    }

    @Test
    void missingFilesGiveMinusOne(@TempDir Path dir) throws Exception {
        assertEquals(-1, ProcessAge.fromProc(dir));
        Files.writeString(dir.resolve("uptime"), "1240.50 2000.00\n");
        assertEquals(-1, ProcessAge.fromProc(dir));
        Files.createDirectory(dir.resolve("self"));
        Files.writeString(dir.resolve("self").resolve("stat"), STAT + "\n");
        assertEquals(5_940, ProcessAge.fromProc(dir));
    }

    /**
     * The JVM's own uptime (kept from its creation to the millisecond) and this process's age differ by the
     * milliseconds between exec and the JVM's creation, not by the boot time's rounding (ProcessHandle's start
     * is built from the boot time in whole seconds: up to a second off, 0.46 s on the machine this was written on).
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxTheAgeIsTheJvmsUptimeWithinTheTicksGrain() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ProcessAge.fromProc(Path.of("/proc")) >= 0,
                "this /proc gives no age (virtualised uptime): the process handle's start is used");
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long age = ProcessAge.millis();
        // the process started before its JVM was created (the launcher's own work, longer on a busy machine);
        // both are read to 10 ms ticks
        assertTrue(age >= uptime - 30 && age <= uptime + 300, "process age " + age + " ms, JVM uptime " + uptime + " ms");
    }
}
