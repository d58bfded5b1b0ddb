package org.linkatlas.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Files another account owns, as the test's child processes meet them: {@link #make} takes every permission off
 * (chmod 000) and {@link #java} starts a JVM that cannot read such a file. As an ordinary user that JVM is just a
 * child; as root (CI runs as root) permissions do not stop reads, so the child runs without the two capabilities
 * that let root read past them ({@code setpriv --bounding-set=-dac_override,-dac_read_search}): it is still root,
 * owner of the test's files, and reads everything else (the class path, the other files) by their owner bits.
 * Where neither works the test is skipped (an assumption). The test's thread.
 */
public final class UnreadableFiles {
    private static final List<String> NO_DAC_OVERRIDE = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search");
    /** What the child JVM needs from the test's own: the headless toolkit and where the app's data lies. */
    private static final List<String> FORWARDED = List.of("testfx.robot", "testfx.headless", "prism.order", "glass.platform",
            "monocle.platform", "headless.geometry", "prism.text", "java.awt.headless", "file.encoding",
            "linkatlas.basemap", "linkatlas.network", "linkatlas.cache", "linkatlas.data", "linkatlas.seeds");

    private UnreadableFiles() {
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    public static void make(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    }

    /** Read-only for everyone, the owner too (chmod 444): another account's file that this one may only read. */
    public static void makeUnwritable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
    }

    public static void undo(Path p) throws IOException {
        if (Files.exists(p)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** A child's output and exit code. */
    public record Run(int code, String output) {
    }

    /**
     * Runs {@code mainClass} on the test class path in a JVM that cannot read {@code unreadable} (made with
     * {@link #make}), first checking that it indeed cannot; its output and standard error together.
     */
    public static Run java(Path unreadable, String mainClass, String... args) throws Exception {
        return java(unreadable, List.of(), mainClass, args);
    }

    /** {@link #java(Path, String, String...)} with JVM options of its own ({@code -Dname=value}). */
    public static Run java(Path unreadable, List<String> options, String mainClass, String... args) throws Exception {
        return java(unreadable, "-r", options, mainClass, args);
    }

    /** {@link #java(Path, String, String...)} in a JVM that can read {@code unwritable} but not write it. */
    public static Run javaThatCannotWrite(Path unwritable, String mainClass, String... args) throws Exception {
        return java(unwritable, "-w", List.of(), mainClass, args);
    }

    /** @param denied {@code test}'s flag for what the child must not be able to do: -r read, -w write */
    private static Run java(Path unreadable, String denied, List<String> options, String mainClass, String... args)
            throws Exception {
        List<String> prefix = root() ? NO_DAC_OVERRIDE : List.of();
        Run probe = run(prefix, List.of("test", denied, unreadable.toString()));
        assumeTrue(probe.code() != 0, "a child process could still " + (denied.equals("-r") ? "read " : "write ")
                + unreadable.getFileName() + (root() ? " (setpriv missing or refused)" : ""));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String name : FORWARDED) {
            if (System.getProperty(name) != null) {
                command.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        command.add("-Duser.home=" + unreadable.getParent());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return run(prefix, command);
    }

    private static Run run(List<String> prefix, List<String> command) throws Exception {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(command);
        Process p;
        try {
            p = new ProcessBuilder(all).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "cannot start " + all.get(0) + ": " + e.getMessage());
            throw e;
        }
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes(); // until the child ends (it exits by itself)
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child did not end: " + String.join(" ", all));
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
