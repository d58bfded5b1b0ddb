package org.linkatlas.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the window remembers between runs (size, position, map view, language), as a small properties file
 * in the user's folder. A missing or unreadable file means defaults, never an error. Reads and writes are file
 * I/O: {@code load} runs in {@code Application.init()}, {@code save} on a background thread.
 */
public final class Settings {
    private final Path file;
    private final Properties values = new Properties();

    public Settings(Path userDir) {
        this.file = userDir.resolve("settings.properties");
    }

    public Settings load() {
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                values.clear(); // a damaged settings file costs the user only the window position
            }
        }
        return this;
    }

    public synchronized void save() throws IOException {
        org.linkatlas.files.AtomicFile.write(file, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(w, "Link Atlas window and map settings");
            }
        });
    }

    public synchronized double number(String key, double fallback) {
        try {
            String v = values.getProperty(key);
            double d = v == null ? fallback : Double.parseDouble(v);
            return Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public synchronized String text(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public synchronized void put(String key, Object value) {
        values.setProperty(key, String.valueOf(value));
    }

    /** The window's side panels: {@code side} is "left" or "right". */
    public static final String PANEL_LEFT = "left";
    public static final String PANEL_RIGHT = "right";

    /** A side panel's width in pixels as last left by the user ({@code panel.<side>.width}). */
    public synchronized double panelWidth(String side, double fallback) {
        return number("panel." + side + ".width", fallback);
    }

    /** Whether a side panel was shown ({@code panel.<side>.shown}); anything but "false" means shown. */
    public synchronized boolean panelShown(String side) {
        return !"false".equals(values.getProperty("panel." + side + ".shown"));
    }

    public synchronized void putPanel(String side, double width, boolean shown) {
        put("panel." + side + ".width", Math.round(width));
        put("panel." + side + ".shown", shown);
    }
}
