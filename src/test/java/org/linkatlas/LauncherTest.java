package org.linkatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher in a JVM of its own, as a user starts it: commands, help and version never open a window
 * (no display needed) and print no stack trace; the window without a display is one line and exit 1.
 */
class LauncherTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + dir, "-Dlinkatlas.home=" + dir.resolve("home"),
                "org.linkatlas.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not end: " + String.join(" ", args));
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static void noStackTrace(Run r) {
        assertFalse((r.out() + r.err()).matches("(?s).*(Exception|\\tat |\\.java:\\d+).*"), r.out() + r.err());
    }

    @Test
    void versionHelpAndTyposNeverStartTheWindow() throws Exception {
        Run version = launch(Map.of(), "--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("Link Atlas "), version.out());
        Run help = launch(Map.of(), "-h");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().startsWith("usage: "), help.out());
        Run typo = launch(Map.of(), "sumary");
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("unknown command: sumary (did you mean summary?)"), typo.err());
        for (Run r : List.of(version, help, typo)) {
            noStackTrace(r);
        }
    }

    @Test
    void onlyLangWithALanguageStartsTheWindowInIt() {
        assertEquals(Optional.of(new Launcher.WindowStart(Optional.empty())), Launcher.window(List.of()));
        assertEquals(Optional.of(java.util.Locale.forLanguageTag("vi")),
                Launcher.window(List.of("--lang", "vi")).flatMap(Launcher.WindowStart::language));
        assertEquals(Optional.of(java.util.Locale.ENGLISH),
                Launcher.window(List.of("--lang", "en")).flatMap(Launcher.WindowStart::language));
        // a mistake or a command: the commands' dispatch answers (usage error, exit 2; or the command)
        for (List<String> args : List.of(List.of("--lang", "xx"), List.of("--lang"), List.of("--lang", "vi", "--lang", "en"),
                List.of("summary", "--lang", "vi"), List.of("--lang", "vi", "check"), List.of("vi", "--lang"))) {
            assertEquals(Optional.empty(), Launcher.window(args), args.toString());
        }
    }

    @Test
    void langAloneGoesToTheWindowAndAnUnknownLanguageIsAUsageError() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"));
        // without a display, a start of the window is the one line naming what is missing (exit 1), not the usage
        Run window = launch(Map.of(), "--lang", "vi");
        assertEquals(1, window.code(), window.err());
        assertTrue(window.err().contains("no display (DISPLAY is not set)"), window.err());
        assertFalse(window.err().contains("usage:"), window.err());
        Run unknown = launch(Map.of(), "--lang", "xx");
        assertEquals(2, unknown.code(), unknown.err());
        assertTrue(unknown.err().contains("--lang is vi or en, not xx"), unknown.err());
        assertTrue(unknown.err().contains("usage: "), unknown.err());
        assertFalse(unknown.err().contains("no display"), "no window was tried: " + unknown.err());
        noStackTrace(window);
        noStackTrace(unknown);
    }

    @Test
    void theWindowWithoutADisplayIsOneLineAndExitOne() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"));
        Run r = launch(Map.of());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no display (DISPLAY is not set)"), r.err());
        noStackTrace(r);
    }

    @Test
    void aMissingGtkLibraryIsNamedWithItsDebianPackage() throws Exception {
        // a real linker cache, made by ldconfig for an empty root: it lists no library at all
        Path root = dir.resolve("root");
        Files.createDirectories(root.resolve("etc"));
        Files.createDirectories(root.resolve("opt/empty"));
        Files.writeString(root.resolve("etc/ld.so.conf"), "/opt/empty\n");
        Process p;
        try {
            p = new ProcessBuilder("/sbin/ldconfig", "-r", root.toString(), "-C", "/etc/ld.so.cache", "-f", "/etc/ld.so.conf")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no ldconfig here");
            return;
        }
        p.waitFor(30, TimeUnit.SECONDS);
        Path cache = root.resolve("etc/ld.so.cache");
        assumeTrue(Files.isRegularFile(cache), "ldconfig wrote no cache");
        // no folder to look in first: the cache alone decides
        Optional<String> problem = WindowCheck.problem("Linux", Map.of("DISPLAY", ":0"), null, cache, List.of());
        assertTrue(problem.isPresent());
        assertEquals("Link Atlas cannot open its window: the GTK 3 library (libgtk-3.so.0) is missing; on Debian or Ubuntu"
                + " install the package libgtk-3-0: " + WindowCheck.INSTALL, problem.get());
    }

    @Test
    void theRealLinkerCacheWithGtkPassesAndMonocleNeedsNothing() throws Exception {
        Path real = Path.of("/etc/ld.so.cache");
        assumeTrue(Files.isRegularFile(real) && new String(Files.readAllBytes(real), StandardCharsets.ISO_8859_1).contains("libgtk-3.so.0"),
                "GTK is not installed on this machine");
        assertEquals(Optional.empty(), WindowCheck.problem("Linux", Map.of("DISPLAY", ":0"), null, real, List.of()));
        assertEquals(Optional.empty(), WindowCheck.problem("Linux", Map.of(), "Monocle", real, List.of()));
        assertEquals(Optional.empty(), WindowCheck.problem("Windows 11", Map.of(), null, real, List.of()));
    }

    @Test
    void theUsualFoldersFindTheRealLibrariesWithoutTheCache(@TempDir Path dir) throws Exception {
        String triplet = WindowCheck.multiarch().orElse(null);
        assumeTrue(triplet != null && WindowCheck.LIBRARIES.stream()
                .allMatch(l -> Files.exists(Path.of("/usr/lib", triplet, l.soname())) || Files.exists(Path.of("/lib", triplet, l.soname()))),
                "GTK and XTest are not in this machine's multiarch folder");
        // a cache that has neither: only the folders can find them
        Path cache = Files.writeString(dir.resolve("ld.so.cache"), "libc.so.6\0/lib/libc.so.6\0");
        assertEquals(Optional.empty(), WindowCheck.problem("Linux", Map.of("DISPLAY", ":0"), null, cache, WindowCheck.libraryDirs()));
        assertTrue(WindowCheck.problem("Linux", Map.of("DISPLAY", ":0"), null, cache, List.of()).isPresent(),
                "without the folders that cache names nothing");
    }

    @Test
    void librariesFoundInAFolderNeedNoLinkerCache(@TempDir Path dir) throws Exception {
        Path libs = Files.createDirectories(dir.resolve("lib"));
        for (WindowCheck.Library lib : WindowCheck.LIBRARIES) {
            Files.createFile(libs.resolve(lib.soname()));
        }
        // a readable cache that has neither: the folder alone finds them
        Path cache = Files.writeString(dir.resolve("ld.so.cache"), "libc.so.6\0/lib/libc.so.6\0");
        assertEquals(Optional.empty(), WindowCheck.problem("Linux", Map.of("DISPLAY", ":0"), null, cache, List.of(libs)));
        // one of them not there and the cache without it: that one is named
        Files.delete(libs.resolve("libXtst.so.6"));
        Optional<String> problem = WindowCheck.problem("Linux", Map.of("DISPLAY", ":0"), null, cache, List.of(libs));
        assertTrue(problem.orElseThrow().contains("libXtst.so.6"), problem.toString());
        // … also when it is on LD_LIBRARY_PATH instead
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.createFile(other.resolve("libXtst.so.6"));
        assertEquals(Optional.empty(), WindowCheck.problem("Linux", Map.of("DISPLAY", ":0", "LD_LIBRARY_PATH", other.toString()),
                null, cache, List.of(libs)));
    }

    @Test
    void aFailureInTheAppsOwnStartIsExplainedByItsCause() {
        RuntimeException wrapped = new RuntimeException("Exception in Application init method",
                new java.util.concurrent.CompletionException(new IllegalStateException("the user folder /x cannot be made")));
        assertEquals("Link Atlas cannot open its window: the user folder /x cannot be made", WindowCheck.explain(wrapped));
        assertEquals("Link Atlas cannot open its window: no such thing", WindowCheck.explain(new RuntimeException("no such thing")));
    }
}
