package org.linkatlas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What would stop the window from opening, found before JavaFX starts: on Linux, no X display, or a shared
 * library that JavaFX's GTK glass needs ({@code ldd} on {@code libglassgtk3.so}: GTK 3 and libXtst) absent from
 * the dynamic linker's cache and search path. Each problem is one line naming what is missing and the Debian
 * package that brings it. Reads one small file; any thread.
 */
public final class WindowCheck {
    /** A library glass loads, and the Debian package that has it. */
    record Library(String soname, String debianPackage, String what) {
    }

    static final List<Library> LIBRARIES = List.of(
            new Library("libgtk-3.so.0", "libgtk-3-0", "the GTK 3 library"),
            new Library("libXtst.so.6", "libxtst6", "the X11 XTest library"));

    static final String INSTALL = "sudo apt-get install libgtk-3-0 libxtst6 libgl1 libxxf86vm1";

    private WindowCheck() {
    }

    /** The problem on this machine, if any. */
    public static Optional<String> problem() {
        return problem(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"),
                Path.of("/etc/ld.so.cache"));
    }

    /**
     * @param glassPlatform the {@code glass.platform} property: Monocle (the tests, headless) needs neither
     * @param linkerCache the dynamic linker's cache; when it cannot be read, libraries are not judged
     */
    static Optional<String> problem(String os, Map<String, String> env, String glassPlatform, Path linkerCache) {
        if (!os.toLowerCase(Locale.ROOT).contains("linux") || glassPlatform != null) {
            return Optional.empty();
        }
        String display = env.get("DISPLAY");
        if (display == null || display.isBlank()) {
            return Optional.of("Link Atlas cannot open its window: no display (DISPLAY is not set). Start it in a desktop"
                    + " session; the commands (--help lists them) need no window");
        }
        String cache;
        try {
            cache = new String(Files.readAllBytes(linkerCache), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return Optional.empty(); // not a glibc system we know: let JavaFX try
        }
        for (Library lib : LIBRARIES) {
            if (!cache.contains(lib.soname() + "\0") && !onSearchPath(lib.soname(), env.get("LD_LIBRARY_PATH"))) {
                return Optional.of("Link Atlas cannot open its window: " + lib.what() + " (" + lib.soname()
                        + ") is missing; on Debian or Ubuntu install the package " + lib.debianPackage() + ": " + INSTALL);
            }
        }
        return Optional.empty();
    }

    private static boolean onSearchPath(String soname, String ldLibraryPath) {
        List<String> dirs = new ArrayList<>(List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64"));
        if (ldLibraryPath != null) {
            dirs.addAll(List.of(ldLibraryPath.split(":")));
        }
        return dirs.stream().filter(d -> !d.isBlank()).anyMatch(d -> Files.exists(Path.of(d, soname)));
    }

    /** One line for a toolkit that failed to start anyway. */
    static String explain(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("DISPLAY")) {
            return "Link Atlas cannot open its window: the display " + System.getenv("DISPLAY") + " cannot be opened";
        }
        if (m.contains("GTK") || m.contains("glass")) {
            return "Link Atlas cannot open its window: JavaFX cannot load its GTK library (" + m.strip()
                    + "); on Debian or Ubuntu: " + INSTALL;
        }
        // a failure in the application's own start (JavaFX wraps it as "Exception in Application init method"):
        // its innermost cause says what went wrong
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause != e) {
            return "Link Atlas cannot open its window: " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage());
        }
        return "Link Atlas cannot open its window: " + m;
    }
}
