package org.linkatlas.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.linkatlas.files.AtomicFile;

/**
 * What the window remembers between runs (size, position, map view, language, panels), as a small properties
 * file in the user's folder. A missing or unreadable file means defaults, never an error. Every change is saved
 * soon after it is made ({@link #put} schedules a save a moment later, so a burst of changes is one write), so a
 * crash loses at most that moment. A save is read-modify-write under a lock on {@code settings.lock}: the file
 * as it is on disk now, with this window's changed keys over it, written atomically, so two windows never drop
 * each other's keys. {@code load} and the saves are file I/O: load in {@code Application.init()}; saves run on
 * their own thread ({@code link-atlas-settings}); {@code put} and the getters from any thread.
 */
public final class Settings {
    private static final System.Logger LOG = System.getLogger(Settings.class.getName());
    private static final long SAVE_DELAY_MS = 400;
    private final Path file;
    private final Properties values = new Properties();
    private final Set<String> changed = new HashSet<>();
    private final ScheduledExecutorService saver = saver();
    private boolean saveScheduled;
    private volatile boolean saveOnChange;

    /**
     * The settings thread. A save delayed by {@link #put} must not run after {@link #close}: close has saved
     * everything already, and a late save would write the file again after the user folder was removed.
     */
    private static ScheduledExecutorService saver() {
        var executor = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "link-atlas-settings");
            t.setDaemon(false); // the last save at exit must finish; close() ends the thread
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    public Settings(Path userDir) {
        this.file = userDir.resolve("settings.properties");
    }

    public Settings load() {
        Properties read = read(file);
        synchronized (this) {
            values.clear();
            values.putAll(read);
        }
        return this;
    }

    /** From now on, each {@link #put} is saved shortly after (the window turns it on; a test may not). */
    public Settings saveOnChange() {
        saveOnChange = true;
        return this;
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                p.clear(); // a damaged settings file costs the user only the window position
            }
        }
        return p;
    }

    /**
     * Writes this window's changed keys into the file as it is now on disk, keeping every key another window
     * wrote. Blocks on the lock: call it off the JavaFX thread.
     */
    public void save() throws IOException {
        Properties mine = new Properties();
        synchronized (this) {
            for (String key : changed) {
                mine.setProperty(key, values.getProperty(key));
            }
            changed.clear();
        }
        if (mine.isEmpty() && Files.exists(file)) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel channel = FileChannel.open(file.resolveSibling("settings.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            Properties merged = read(file);
            merged.putAll(mine);
            StringBuilder text = new StringBuilder();
            try (Writer w = new java.io.StringWriter()) {
                merged.store(w, "Link Atlas window and map settings");
                text.append(w);
            }
            AtomicFile.write(file, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
            synchronized (this) {
                for (String key : merged.stringPropertyNames()) {
                    if (!changed.contains(key)) {
                        values.setProperty(key, merged.getProperty(key)); // another window's keys, now ours to show
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                for (String key : mine.stringPropertyNames()) {
                    changed.add(key); // try again with the next save
                }
            }
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** Saves what is pending now, on the settings thread; the future completes when it is on disk. */
    public CompletableFuture<Void> flush() {
        return CompletableFuture.runAsync(this::saveLogged, saver);
    }

    /** Saves what is pending and stops the settings thread (at exit). */
    public CompletableFuture<Void> close() {
        CompletableFuture<Void> done = flush();
        saver.shutdown();
        return done;
    }

    /** After {@link #close}: waits until the settings thread has run all it still would (for tests). */
    boolean awaitClosed(long timeout, TimeUnit unit) throws InterruptedException {
        return saver.awaitTermination(timeout, unit);
    }

    private void saveLogged() {
        synchronized (this) {
            saveScheduled = false;
        }
        try {
            save();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save settings: {0}", e.getMessage());
        }
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

    public void put(String key, Object value) {
        String text = String.valueOf(value);
        synchronized (this) {
            if (text.equals(values.getProperty(key))) {
                return;
            }
            values.setProperty(key, text);
            changed.add(key);
            if (!saveOnChange || saveScheduled || saver.isShutdown()) {
                return;
            }
            saveScheduled = true;
        }
        saver.schedule(this::saveLogged, SAVE_DELAY_MS, TimeUnit.MILLISECONDS);
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
