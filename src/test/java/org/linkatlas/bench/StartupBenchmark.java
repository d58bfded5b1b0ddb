package org.linkatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.linkatlas.App;

/**
 * {@code ./mvnw -q test-compile exec:exec@bench-startup}: starts a bare JavaFX window with one label and Link
 * Atlas several times each, interleaved, in fresh JVMs on the same display (an Xvfb of its own when none is
 * set), and prints the time from starting the JVM to the first frame (the bare window) and to the first map
 * frame with links (the app, marked by {@link App} when {@code linkatlas.firstFrameFile} is set), both medians
 * and their ratio. The app starts as a returning user's would: its folder made by one unmeasured first start,
 * offline basemap. Prints, asserts nothing. Main thread.
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    /** Called in the child at its first frame: the wall-clock time into the marker file, off the JavaFX thread. */
    public static void mark() {
        long now = System.currentTimeMillis();
        Path file = Path.of(System.getProperty("linkatlas.firstFrameFile"));
        Thread t = new Thread(() -> {
            try {
                Path temp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.writeString(temp, Long.toString(now));
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.start();
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        Path work = Files.createTempDirectory("link-atlas-startup");
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            display = freeDisplay();
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
            waitForDisplay(display);
        }
        try {
            Path home = work.resolve("home");
            List<String> app = List.of("-Dlinkatlas.home=" + home, "-Dlinkatlas.cache=" + work.resolve("cache"),
                    "-Duser.home=" + work, "org.linkatlas.Launcher");
            List<String> bare = List.of("-Duser.home=" + work, BareWindow.Start.class.getName());
            System.out.println("start-up to first frame, " + runs + " runs each, interleaved, display " + display);
            time(display, work, app); // the first start copies the store and fills the tile cache: not counted
            time(display, work, bare);
            List<Long> bareTimes = new ArrayList<>();
            List<Long> appTimes = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                bareTimes.add(time(display, work, bare));
                appTimes.add(time(display, work, app));
                System.out.printf("  run %d: bare window %5d ms, Link Atlas first map frame with links %5d ms%n",
                        i + 1, bareTimes.get(i), appTimes.get(i));
            }
            long b = median(bareTimes);
            long a = median(appTimes);
            System.out.printf("median: bare window %d ms, Link Atlas %d ms, ratio %.2f× (target ≤ 1.20×)%n", b, a, (double) a / b);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static long time(String display, Path work, List<String> what) throws Exception {
        Path marker = work.resolve("first-frame.txt");
        Files.deleteIfExists(marker);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dlinkatlas.firstFrameFile=" + marker));
        for (String forwarded : List.of("linkatlas.bundledStore", "linkatlas.basemap")) {
            if (System.getProperty(forwarded) != null) {
                command.add("-D" + forwarded + "=" + System.getProperty(forwarded));
            }
        }
        command.addAll(what);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("child.log").toFile());
        Map<String, String> env = pb.environment();
        env.put("DISPLAY", display);
        long start = System.currentTimeMillis();
        Process p = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(marker) || Files.size(marker) == 0) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("no first frame from " + what.get(what.size() - 1) + "; its output: "
                            + Files.readString(work.resolve("child.log")));
                }
                Thread.onSpinWait();
                TimeUnit.MILLISECONDS.sleep(2);
            }
            return Long.parseLong(Files.readString(marker, StandardCharsets.US_ASCII).strip()) - start;
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String freeDisplay() {
        for (int n = 77; n < 200; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return ":" + n;
            }
        }
        throw new IllegalStateException("no free X display number");
    }

    private static void waitForDisplay(String display) throws IOException, InterruptedException {
        Path socket = Path.of("/tmp/.X11-unix/X" + display.substring(1));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(socket)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("Xvfb did not start on " + display);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }
}
