package org.linkatlas;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Link Atlas finds its bundled store and keeps the user's files. System properties override every
 * location ({@code linkatlas.bundledStore}, {@code linkatlas.home}), which the tests use. Any thread.
 */
public final class AppPaths {
    public static final String STORE_FILE = "link-atlas.sqlite";

    private AppPaths() {
    }

    /**
     * The read-only store built from {@code data/}: beside the jar ({@code target/link-atlas.sqlite} for
     * {@code java -jar target/link-atlas.jar} and for {@code ./mvnw javafx:run}, which runs from target/classes).
     */
    public static Path bundledStore() {
        String override = System.getProperty("linkatlas.bundledStore");
        if (override != null) {
            return Path.of(override);
        }
        Path base = codeLocation();
        Path dir = base == null ? Path.of(".") : base.getParent();
        Path candidate = dir.resolve(STORE_FILE);
        if (!Files.exists(candidate) && Files.exists(dir.resolve("app").resolve(STORE_FILE))) {
            candidate = dir.resolve("app").resolve(STORE_FILE); // jpackage app-image layout
        }
        return candidate;
    }

    /**
     * The offline basemap's vector data: {@code basemap/} beside the jar (the build copies {@code data/basemap}
     * to {@code target/basemap}), else {@code data/basemap} under the working folder.
     */
    public static Path basemapDir() {
        String override = System.getProperty("linkatlas.basemap");
        if (override != null) {
            return Path.of(override);
        }
        Path base = codeLocation();
        if (base != null) {
            for (Path candidate : new Path[] {base.getParent().resolve("basemap"), base.getParent().resolve("app").resolve("basemap")}) {
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        return Path.of("data", "basemap");
    }

    /**
     * The bundled base road network ({@code data/network}): {@code network/} beside the basemap folder (the build
     * copies it to {@code target/network}; the packages put it beside {@code basemap/}).
     */
    public static Path networkDir() {
        String override = System.getProperty("linkatlas.network");
        if (override != null) {
            return Path.of(override);
        }
        Path basemap = basemapDir().toAbsolutePath();
        return basemap.getParent() == null ? Path.of("data", "network") : basemap.getParent().resolve("network");
    }

    /** The per-user cache folder (tiles): safe to delete at any time. */
    public static Path userCacheDir() {
        return perUser("linkatlas.cache", Path.of("LinkAtlas", "cache"), "LOCALAPPDATA",
                Path.of("Library", "Caches", "Link Atlas"), "XDG_CACHE_HOME", ".cache");
    }

    /** The per-user folder holding the user's working copy of the store. */
    public static Path userDataDir() {
        return perUser("linkatlas.home", Path.of("LinkAtlas"), "APPDATA",
                Path.of("Library", "Application Support", "Link Atlas"), "XDG_DATA_HOME", ".local/share");
    }

    /**
     * A per-user folder by each OS's convention: the system property first (tests), else Windows
     * {@code %winVar%\...}, macOS {@code ~/mac}, elsewhere {@code $xdgVar/link-atlas} or {@code ~/xdgDefault/link-atlas}.
     */
    private static Path perUser(String property, Path windows, String winVar, Path mac, String xdgVar, String xdgDefault) {
        String override = System.getProperty(property);
        if (override != null) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String base = System.getenv(winVar);
            return Path.of(base != null ? base : home).resolve(windows);
        }
        if (os.contains("mac")) {
            return Path.of(home).resolve(mac);
        }
        String xdg = System.getenv(xdgVar);
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/" + xdgDefault, "link-atlas");
    }

    private static Path codeLocation() {
        try {
            var src = AppPaths.class.getProtectionDomain().getCodeSource();
            return src == null ? null : Path.of(src.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
