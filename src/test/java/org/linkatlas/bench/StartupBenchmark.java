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
 * and their ratio, first with the JDK's default class-data sharing only, then with each given an AppCDS archive of
 * its own (made in the same run, as the installed app has one). The app starts as a returning user's would: its
 * folder made and its basemap tiles cached by one unmeasured first start, offline basemap. After the last
 * measurement as many more starts of each (not counted) have their phases traced ({@code -Dlinkatlas.startupTrace=true})
 * and it prints where the time goes, stage by stage, for both ({@link StartupBudget}).
 * Prints, asserts nothing. Main thread.
 */
public final class StartupBenchmark {
    /**
     * {@code -Dbench.jvmOptions="-XX:A -XX:B"}: options given to both starts, the bare window's and the app's, to
     * compare JVM settings (the JIT's, the collector's) on the same footing.
     */
    private static final List<String> JVM_OPTIONS = List.of(System.getProperty("bench.jvmOptions", "").strip().split("\\s+"))
            .stream().filter(o -> !o.isEmpty()).toList();

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
            // both from jars as the installed app is (class-data sharing archives only classes from jars): the
            // built link-atlas.jar with its lib/, and the bare window's classes put in a jar beside JavaFX's
            Path jar = Path.of(System.getProperty("bench.jar", "target/link-atlas.jar"));
            boolean jars = Files.isRegularFile(jar);
            String appCp = jars ? jar.toString() : System.getProperty("java.class.path");
            String bareCp = jars ? bareJar(work, jar.resolveSibling("lib")) : System.getProperty("java.class.path");
            if (!jars) {
                System.out.println("(no " + jar + ": from the class path, without AppCDS; run ./mvnw -q -DskipTests package first)");
            }
            List<String> app = List.of("-cp", appCp, "-Dlinkatlas.home=" + home, "-Dlinkatlas.cache=" + work.resolve("cache"),
                    "-Duser.home=" + work, "org.linkatlas.Launcher");
            List<String> bare = List.of("-cp", bareCp, "-Duser.home=" + work, BareWindow.Start.class.getName());
            System.out.println("start-up to first frame, " + runs + " runs each, interleaved, display " + display
                + (JVM_OPTIONS.isEmpty() ? "" : ", both with " + String.join(" ", JVM_OPTIONS)));
            // the first start copies the store and fills the tile cache, as a returning user's have been: not counted,
            // and left running until the basemap's tiles are on disk (killed at its first frame, none were)
            warmUp(display, work, app, work.resolve("cache").resolve("tiles"));
            time(display, work, bare, List.of(), false);
            measure("no class-data archive of their own (the JDK's default CDS only)", display, work, runs, bare, app,
                    List.of(), List.of());
            // as the installed app starts (packaging/cds-archive.sh): each with an archive of the classes it loads
            // up to its first frame, made here by one unmeasured run that exits normally after that frame
            if (!jars) {
                budget("without AppCDS", display, work, runs, bare, app, List.of(), List.of());
                return;
            }
            Path bareArchive = work.resolve("bare.jsa");
            Path appArchive = work.resolve("app.jsa");
            time(display, work, bare, List.of("-XX:ArchiveClassesAtExit=" + bareArchive), true);
            time(display, work, app, List.of("-XX:ArchiveClassesAtExit=" + appArchive), true);
            if (Files.isRegularFile(bareArchive) && Files.isRegularFile(appArchive)) {
                measure("each with its own AppCDS archive (dynamic, made in this run)", display, work, runs, bare, app,
                        List.of("-XX:SharedArchiveFile=" + bareArchive), List.of("-XX:SharedArchiveFile=" + appArchive));
                // as the installed app starts: its archive and its launcher's JVM options (packaging/image.args),
                // the bare window given the same options
                List<String> installed = installedJvmOptions(Path.of("packaging", "image.args"));
                if (!installed.isEmpty()) {
                    List<String> bareInstalled = new ArrayList<>(installed);
                    bareInstalled.add("-XX:SharedArchiveFile=" + bareArchive);
                    List<String> appInstalled = new ArrayList<>(installed);
                    appInstalled.add("-XX:SharedArchiveFile=" + appArchive);
                    measure("as installed: AppCDS and the launcher's options " + String.join(" ", installed) + " (both)",
                            display, work, runs, bare, app, bareInstalled, appInstalled);
                    budget("as installed", display, work, runs, bare, app, bareInstalled, appInstalled);
                } else {
                    budget("with AppCDS", display, work, runs, bare, app, List.of("-XX:SharedArchiveFile=" + bareArchive),
                            List.of("-XX:SharedArchiveFile=" + appArchive));
                }
            } else {
                System.out.println("no AppCDS archive was written (this JVM cannot dump one): AppCDS not measured");
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Where the time goes: {@code runs} more starts of each, interleaved and not counted, with their phases traced
     * ({@code StartupTrace}; the bare window prints its own), printed stage by stage side by side.
     */
    private static void budget(String how, String display, Path work, int runs, List<String> bare, List<String> app,
                               List<String> bareOptions, List<String> appOptions) throws Exception {
        StartupBudget budget = new StartupBudget();
        for (int i = 0; i < runs; i++) {
            time(display, work, bare, traced(bareOptions), false);
            budget.addBare(Files.readAllLines(work.resolve("child.log")));
            time(display, work, app, traced(appOptions), false);
            budget.addApp(Files.readAllLines(work.resolve("child.log")));
        }
        budget.print(how);
    }

    private static List<String> traced(List<String> options) {
        List<String> out = new ArrayList<>(options);
        out.add("-Dlinkatlas.startupTrace=true");
        return out;
    }

    /** The {@code -XX:} options that {@code --java-options} lines of jpackage's arguments file give the launcher. */
    static List<String> installedJvmOptions(Path imageArgs) throws IOException {
        if (!Files.isRegularFile(imageArgs)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(imageArgs)) {
            String l = line.strip();
            if (l.startsWith("--java-options")) {
                String value = l.substring("--java-options".length()).strip().replace("\"", "");
                for (String o : value.split("\\s+")) {
                    if (o.startsWith("-XX:")) {
                        out.add(o);
                    }
                }
            }
        }
        return out;
    }

    private static void measure(String how, String display, Path work, int runs, List<String> bare, List<String> app,
                                List<String> bareOptions, List<String> appOptions) throws Exception {
        System.out.println(how + ":");
        List<Long> bareTimes = new ArrayList<>();
        List<Long> appTimes = new ArrayList<>();
        List<Long> bareCpu = new ArrayList<>();
        List<Long> appCpu = new ArrayList<>();
        List<Long> appComplete = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            bareTimes.add(time(display, work, bare, bareOptions, false));
            bareCpu.add(lastCpuMs);
            appTimes.add(time(display, work, app, appOptions, false));
            appCpu.add(lastCpuMs);
            appComplete.add(lastCompleteMs);
            System.out.printf("  run %d: bare window %5d ms, Link Atlas first map frame with links %5d ms"
                    + " (window complete %5d ms)%n", i + 1, bareTimes.get(i), appTimes.get(i), lastCompleteMs);
        }
        long b = median(bareTimes);
        long a = median(appTimes);
        System.out.printf("  median: bare window %d ms, Link Atlas %d ms, ratio %.2f× (target ≤ 1.20×)%n", b, a, (double) a / b);
        if (!appComplete.contains(-1L)) {
            // the side panels come after the first frame (decision 0019): when the whole window was in
            long c = median(appComplete);
            System.out.printf("  window complete (side panels, menus, controls in), median: %d ms, %.2f× the bare window%n",
                    c, (double) c / b);
        }
        if (!bareCpu.contains(-1L) && !appCpu.contains(-1L)) {
            // the CPU both used up to their first frame (all threads): steadier than wall time on a busy machine
            long bc = median(bareCpu);
            long ac = median(appCpu);
            System.out.printf("  CPU to the first frame (user + system, median): bare window %d ms, Link Atlas %d ms, ratio %.2f×%n",
                    bc, ac, (double) ac / bc);
        }
    }

    /**
     * One start, timed to its first frame. {@code options} go to the child JVM; {@code exitNormally} ends it with
     * SIGTERM and waits (a dynamic CDS archive is written at a normal exit), else it is killed.
     */
    private static long time(String display, Path work, List<String> what, List<String> options, boolean exitNormally)
            throws Exception {
        Path marker = work.resolve("first-frame.txt");
        Files.deleteIfExists(marker);
        Files.deleteIfExists(work.resolve("first-frame.txt.complete"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlinkatlas.firstFrameFile=" + marker));
        command.addAll(JVM_OPTIONS);
        command.addAll(options);
        for (String forwarded : List.of("linkatlas.bundledStore", "linkatlas.basemap")) {
            if (System.getProperty(forwarded) != null) {
                command.add("-D" + forwarded + "=" + System.getProperty(forwarded));
            }
        }
        command.addAll(what);
        long start = System.currentTimeMillis();
        // a traced start counts its phases from here, as this method counts its first frame
        command.add(1, "-Dlinkatlas.startupTrace.zero=" + start);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("child.log").toFile());
        Map<String, String> env = pb.environment();
        env.put("DISPLAY", display);
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
            lastCpuMs = cpuMs(p.pid());
            long first = Long.parseLong(Files.readString(marker, StandardCharsets.US_ASCII).strip()) - start;
            lastCompleteMs = -1;
            Path complete = work.resolve("first-frame.txt.complete");
            // -Dbench.complete=false for a build older than decision 0019, whose first frame was the whole window
            if (what.contains("org.linkatlas.Launcher") && Boolean.parseBoolean(System.getProperty("bench.complete", "true"))) {
                // the app also says when the whole window is in; the bare window has nothing more to come
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while ((!Files.exists(complete) || Files.size(complete) == 0) && p.isAlive() && System.nanoTime() < until) {
                    TimeUnit.MILLISECONDS.sleep(2);
                }
                if (Files.exists(complete) && Files.size(complete) > 0) {
                    lastCompleteMs = Long.parseLong(Files.readString(complete, StandardCharsets.US_ASCII).strip()) - start;
                }
            }
            return first;
        } finally {
            if (exitNormally) {
                p.destroy();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } else {
                p.destroyForcibly();
            }
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * The unmeasured first start: to its first frame, then until the tile cache under {@code tiles} has stopped
     * growing (its file count unchanged for a second, at most 60 s), then a normal exit.
     */
    private static void warmUp(String display, Path work, List<String> app, Path tiles) throws Exception {
        Path marker = work.resolve("first-frame.txt");
        Files.deleteIfExists(marker);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlinkatlas.firstFrameFile=" + marker));
        command.addAll(JVM_OPTIONS); // as the measured starts have them (its tiles do not depend on them)
        for (String forwarded : List.of("linkatlas.bundledStore", "linkatlas.basemap")) {
            if (System.getProperty(forwarded) != null) {
                command.add("-D" + forwarded + "=" + System.getProperty(forwarded));
            }
        }
        command.addAll(app);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("child.log").toFile());
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            long count = -1;
            long stableSince = System.nanoTime();
            while (System.nanoTime() < deadline && p.isAlive()) {
                long now = tileCount(tiles);
                if (now != count) {
                    count = now;
                    stableSince = System.nanoTime();
                } else if (count > 0 && Files.exists(marker) && System.nanoTime() - stableSince > TimeUnit.SECONDS.toNanos(1)) {
                    break;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
            System.out.println("(first start, not counted: " + count + " basemap tiles cached)");
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static long tileCount(Path tiles) throws IOException {
        for (int attempt = 1; ; attempt++) {
            if (!Files.isDirectory(tiles)) {
                return 0;
            }
            try (var files = Files.walk(tiles)) {
                return files.filter(f -> f.toString().endsWith(".png")).count();
            } catch (java.io.UncheckedIOException e) {
                // the app moved a tile's temporary file into place between the listing and its reading: count again
                if (!(e.getCause() instanceof java.nio.file.NoSuchFileException) || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** CPU time of the last timed start at its first frame (read just after the marker appeared), or -1. */
    private static long lastCpuMs = -1;
    /** When the last app start had its whole window in (ms from its launch), or -1. */
    private static long lastCompleteMs = -1;

    /** User + system CPU of a process so far from /proc (Linux; 100 ticks a second), or -1 elsewhere. */
    private static long cpuMs(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime, stime (fields 14, 15)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The bare window's classes (and this one's, which it calls) in a jar, then JavaFX's jars from {@code lib}. */
    private static String bareJar(Path work, Path lib) throws IOException {
        Path jar = work.resolve("bare.jar");
        Path classes;
        try {
            classes = Path.of(BareWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        Path pkg = classes.resolve("org/linkatlas/bench");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var files = Files.list(pkg)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("(BareWindow|StartupBenchmark).*\\.class")).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        List<String> cp = new ArrayList<>(List.of(jar.toString()));
        try (var files = Files.list(lib)) {
            files.filter(f -> f.getFileName().toString().startsWith("javafx-")).sorted().forEach(f -> cp.add(f.toString()));
        }
        return String.join(java.io.File.pathSeparator, cp);
    }

    static long median(List<Long> values) {
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
