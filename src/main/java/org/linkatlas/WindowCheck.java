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
 * package that brings it. Looks for the libraries in the usual folders first (a few stat calls) and reads the
 * linker's cache only for what it did not find there; any thread.
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
                Path.of("/etc/ld.so.cache"), libraryDirs());
    }

    /**
     * @param glassPlatform the {@code glass.platform} property: Monocle (the tests, headless) needs neither
     * @param linkerCache the dynamic linker's cache; when it cannot be read, libraries not found in a folder are not judged
     * @param libraryDirs where to look for the libraries before that cache ({@code LD_LIBRARY_PATH}'s folders too)
     */
    static Optional<String> problem(String os, Map<String, String> env, String glassPlatform, Path linkerCache,
                                    List<Path> libraryDirs) {
        if (!os.toLowerCase(Locale.ROOT).contains("linux") || glassPlatform != null) {
            return Optional.empty();
        }
        String display = env.get("DISPLAY");
        if (display == null || display.isBlank()) {
            return Optional.of("Link Atlas cannot open its window: no display (DISPLAY is not set). Start it in a desktop"
                    + " session; the commands (--help lists them) need no window");
        }
        // where Debian and most others put them first (a few stat calls); the linker's cache only for what is not
        // there (reading and searching it takes about 12 ms before the toolkit may start)
        List<Library> notFound = new ArrayList<>();
        for (Library lib : LIBRARIES) {
            if (!onSearchPath(lib.soname(), libraryDirs, env.get("LD_LIBRARY_PATH"))) {
                notFound.add(lib);
            }
        }
        if (notFound.isEmpty()) {
            return Optional.empty();
        }
        String cache;
        try {
            cache = new String(Files.readAllBytes(linkerCache), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return Optional.empty(); // not a glibc system we know: let JavaFX try
        }
        for (Library lib : notFound) {
            if (!cache.contains(lib.soname() + "\0")) {
                return Optional.of("Link Atlas cannot open its window: " + lib.what() + " (" + lib.soname()
                        + ") is missing; on Debian or Ubuntu install the package " + lib.debianPackage() + ": " + INSTALL);
            }
        }
        return Optional.empty();
    }

    private static boolean onSearchPath(String soname, List<Path> libraryDirs, String ldLibraryPath) {
        List<Path> dirs = new ArrayList<>(libraryDirs);
        if (ldLibraryPath != null) {
            for (String d : ldLibraryPath.split(":")) {
                if (!d.isBlank()) {
                    dirs.add(Path.of(d));
                }
            }
        }
        for (Path d : dirs) { // plain loops: before the toolkit starts, a lambda's first use costs milliseconds
            if (Files.exists(d.resolve(soname))) {
                return true;
            }
        }
        return false;
    }

    /** The usual library folders: Debian's multiarch ones for this architecture first, then the generic ones. */
    static List<Path> libraryDirs() {
        List<Path> dirs = new ArrayList<>();
        String triplet = multiarch().orElse(null);
        if (triplet != null) {
            dirs.add(Path.of("/usr/lib", triplet));
            dirs.add(Path.of("/lib", triplet));
        }
        for (String d : List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64")) {
            dirs.add(Path.of(d));
        }
        return dirs;
    }

    /** Debian's multiarch folder name for this JVM's architecture ({@code x86_64-linux-gnu}), if it is a known one. */
    static Optional<String> multiarch() {
        return switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> Optional.of("x86_64-linux-gnu");
            case "aarch64" -> Optional.of("aarch64-linux-gnu");
            case "arm" -> Optional.of("arm-linux-gnueabihf");
            case "x86", "i386" -> Optional.of("i386-linux-gnu");
            default -> Optional.empty();
        };
    }

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
