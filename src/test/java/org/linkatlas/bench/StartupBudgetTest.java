package org.linkatlas.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupBudgetTest {
    @Test
    void phasesAreReadFromTheTraceLinesOnly() {
        Map<String, Long> p = StartupBudget.phases(List.of(
                "WARNING: Unsupported JavaFX configuration",
                "startup     58 ms [main] main",
                "startup 270 ms [JavaFX-Launcher] Application.init",
                "startup    300 ms [link-atlas-store] store: catalogue read",
                "startup    999 ms [main] main")); // a phase's first time counts
        assertEquals(Map.of("main", 58L, "Application.init", 270L, "store: catalogue read", 300L), p);
        assertEquals(List.of("main", "Application.init", "store: catalogue read"), List.copyOf(p.keySet()));
    }

    @Test
    void eachStageIsTheMedianOfItsDurations() {
        List<Map<String, Long>> starts = List.of(
                StartupBudget.phases(List.of("startup 50 ms [m] main", "startup 250 ms [l] Application.init",
                        "startup 252 ms [f] Application.start", "startup 352 ms [f] first frame")),
                StartupBudget.phases(List.of("startup 70 ms [m] main", "startup 300 ms [l] Application.init",
                        "startup 310 ms [f] Application.start", "startup 400 ms [f] first frame")),
                StartupBudget.phases(List.of("startup 60 ms [m] main", "startup 260 ms [l] Application.init",
                        "startup 265 ms [f] Application.start", "startup 500 ms [f] first frame")));
        // main; main → init (200, 230, 200); init → start (2, 10, 5); start → frame (100, 90, 235); whole
        assertArrayEquals(new long[] {60, 200, 5, 100, 400}, StartupBudget.stages(starts, 0));
    }

    @Test
    void aStartWithoutAPhaseLeavesItsStagesUnknown() {
        List<Map<String, Long>> starts = List.of(StartupBudget.phases(List.of("startup 50 ms [m] main",
                "startup 250 ms [l] App.init", "startup 400 ms [f] first map frame with links")));
        assertArrayEquals(new long[] {50, 200, -1, -1, 400}, StartupBudget.stages(starts, 1));
    }
}
