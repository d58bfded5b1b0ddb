package org.linkatlas.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the start-up time goes, stage by stage, for the bare window and the app side by side: from the traced
 * starts' phase lines ({@code startup N ms [thread] phase}, N counted from the benchmark's spawn of the JVM, so
 * both count alike), each stage's duration per start, then its median. The stages end at main, at the toolkit's
 * call of {@code init} (the toolkit is up), at {@code start}, and at the first frame (the app's: with links).
 * Also the median of each of the app's own phases. Main thread.
 */
final class StartupBudget {
    private static final Pattern LINE = Pattern.compile("^startup\\s+(-?\\d+) ms \\[([^\\]]*)\\] (.*)$");
    /** The phases that end each stage: the bare window's name, the app's name. */
    private static final String[][] ENDS = {
        {"main", "main"},
        {"Application.init", "App.init"},
        {"Application.start", "App.start"},
        {"first frame", "first map frame with links"},
    };
    private static final String[] STAGES = {
        "JVM spawned → main",
        "main → toolkit up (init)",
        "init → start",
        "start → first frame",
    };

    private final List<Map<String, Long>> bare = new ArrayList<>();
    private final List<Map<String, Long>> app = new ArrayList<>();

    /** The phases of one start: each phase's first time, in the order they came. */
    static Map<String, Long> phases(List<String> log) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String l : log) {
            Matcher m = LINE.matcher(l.strip());
            if (m.matches()) {
                out.putIfAbsent(m.group(3).strip(), Long.parseLong(m.group(1)));
            }
        }
        return out;
    }

    void addBare(List<String> log) {
        bare.add(phases(log));
    }

    void addApp(List<String> log) {
        app.add(phases(log));
    }

    /** Each stage's median duration, in ms; -1 where a start lacked one of its phases. */
    static long[] stages(List<Map<String, Long>> starts, int which) {
        long[] out = new long[STAGES.length + 1];
        for (int s = 0; s <= STAGES.length; s++) {
            List<Long> d = new ArrayList<>();
            for (Map<String, Long> p : starts) {
                Long from = s == 0 || s == STAGES.length ? Long.valueOf(0) : p.get(ENDS[s - 1][which]);
                Long to = p.get(ENDS[s == STAGES.length ? STAGES.length - 1 : s][which]);
                if (from == null || to == null) {
                    d = null;
                    break;
                }
                d.add(to - from);
            }
            out[s] = d == null || d.isEmpty() ? -1 : StartupBenchmark.median(d);
        }
        return out;
    }

    void print(String how) {
        System.out.println("where the time goes, " + how + " (" + bare.size() + " traced starts each, not counted;"
                + " medians of each stage, ms; the stages' medians need not add up to the whole's):");
        long[] b = stages(bare, 0);
        long[] a = stages(app, 1);
        System.out.printf("  %-34s %12s %12s %11s%n", "stage", "bare window", "Link Atlas", "difference");
        for (int s = 0; s <= STAGES.length; s++) {
            String name = s == STAGES.length ? "JVM spawned → first frame" : STAGES[s];
            System.out.printf("  %-34s %12s %12s %11s%n", name, ms(b[s]), ms(a[s]),
                    b[s] < 0 || a[s] < 0 ? "" : String.format("%+d", a[s] - b[s]));
        }
        if (!app.isEmpty()) {
            System.out.println("  the app's phases (median ms from spawning its JVM):");
            for (String phase : app.get(0).keySet()) {
                List<Long> t = app.stream().map(p -> p.get(phase)).filter(java.util.Objects::nonNull).toList();
                if (t.size() == app.size()) {
                    System.out.printf("    %6d ms %s%n", StartupBenchmark.median(new ArrayList<>(t)), phase);
                }
            }
        }
    }

    private static String ms(long v) {
        return v < 0 ? "?" : v + " ms";
    }
}
