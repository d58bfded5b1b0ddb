package org.linkatlas.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.linkatlas.files.AtomicFile;
import org.linkatlas.files.InstanceLock;
import org.linkatlas.files.PartJournal;

/**
 * A second process for tests that need one (another window's lock, a write killed half-way). Started with
 * {@link #start}; it prints "ready" when it holds what it was asked to, then waits until killed or its input ends.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "lock" -> {
                var attempt = InstanceLock.tryAcquire(Path.of(args[1]));
                System.out.println(attempt.state() == InstanceLock.State.ACQUIRED ? "ready" : "not locked: " + attempt.state());
                waitForEnd();
            }
            case "part" -> {
                PartJournal.keepIn(Path.of(args[1]));
                AtomicFile.write(Path.of(args[2]), temp -> {
                    Files.writeString(temp, "half a PDF");
                    System.out.println("ready");
                    waitForEnd();
                });
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void waitForEnd() throws java.io.IOException {
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }

    /** Starts a child JVM on the test class path and waits for its "ready". */
    public static Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ChildJvm.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (!"ready".equals(line)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the child process said: " + line);
        }
        return p;
    }
}
