package org.linkatlas.cli;

import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.linkatlas.AppPaths;
import org.linkatlas.AppVersion;
import org.linkatlas.basemap.OfflineBasemapRenderer;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;

/**
 * {@code --self-check}: what an installer's smoke test and IT staff run, headless and offline: opens the
 * bundled store, renders one offline tile, prints the versions (app, Java, JavaFX, SQLite), exits 0 — or 1
 * with the reason.
 */
final class SelfCheckCommand {
    private final CliText text;
    private final PrintStream out;
    private final PrintStream err;

    SelfCheckCommand(CliText text, PrintStream out, PrintStream err) {
        this.text = text;
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        new Args(argv, 1, java.util.Set.of()).noPositional();
        Path store = AppPaths.bundledStore();
        String sqlite;
        try (Database db = Database.openReadOnly(store)) {
            var problems = db.integrityProblems();
            if (!problems.isEmpty()) {
                err.println("self-check: " + text.get("self.damaged", store.toString(), problems.get(0)));
                return 1;
            }
            int links = new CatalogueStore(db).links().findAll().size();
            if (links == 0) {
                err.println("self-check: " + text.get("self.noLinks", store.toString()));
                return 1;
            }
            sqlite = db.sqliteVersion();
            out.println(text.get("self.store", store.toString(), links, String.valueOf(db.schemaVersion())));
        } catch (StorageException e) {
            err.println("self-check: " + e.getMessage());
            return 1;
        }
        Path basemap = AppPaths.basemapDir();
        try {
            OfflineBasemapRenderer renderer = OfflineBasemapRenderer.load(basemap);
            if (!renderer.data().problems().isEmpty()) {
                err.println("self-check: " + text.get("self.basemapData", basemap.toString(),
                        renderer.data().problems().get(0).getMessage()));
                return 1;
            }
            BufferedImage tile = renderer.render(9, 407, 226, 256); // Bắc Giang – Hải Dương
            if (colours(tile) < 3) {
                err.println("self-check: " + text.get("self.emptyTile", basemap.toString()));
                return 1;
            }
            out.println(text.get("self.basemap", basemap.toString(), "9/407/226"));
        } catch (RuntimeException e) {
            err.println("self-check: " + text.get("self.cannotRender", basemap.toString(), e.getMessage()));
            return 1;
        }
        out.println("Link Atlas " + AppVersion.get());
        out.println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
        out.println("JavaFX " + javafxVersion());
        out.println("SQLite " + sqlite);
        out.println(text.get("self.ok"));
        return 0;
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 8) {
            for (int x = 0; x < img.getWidth(); x += 8) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    /** From the JavaFX jar or module, without starting the toolkit (the check runs headless). */
    static String javafxVersion() {
        try {
            Class<?> platform = Class.forName("javafx.application.Platform");
            var descriptor = platform.getModule().getDescriptor();
            if (descriptor != null && descriptor.rawVersion().isPresent()) {
                return descriptor.rawVersion().get();
            }
            String v = platform.getPackage().getImplementationVersion();
            if (v != null) {
                return v;
            }
            var props = platform.getResourceAsStream("/javafx.properties");
            if (props != null) {
                var p = new java.util.Properties();
                try (props) {
                    p.load(props);
                }
                return p.getProperty("javafx.runtime.version", "unknown");
            }
            return "unknown";
        } catch (ClassNotFoundException | java.io.IOException e) {
            return "missing";
        }
    }
}
