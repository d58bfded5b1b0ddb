package org.linkatlas.ui;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import javafx.util.Duration;
import org.linkatlas.i18n.Messages;

/**
 * The window's basemap as the user chooses it (Basemap menu): offline, OpenStreetMap, or an MBTiles file; put
 * back at the next start; its name and network state for the status bar; its attribution in the window's
 * language; the tile caches' clearing. Gluon keeps the tiles it has loaded per map, so every change asks the
 * window for a new map ({@code rebuild}) and remembers the choice. File work runs off the JavaFX thread, the rest
 * on it.
 */
public final class BasemapChoice {
    private final BasemapService basemaps;
    private final Settings settings;
    private final Window owner;
    private final Supplier<Messages> messages;
    private final BiConsumer<String, Object[]> status;
    private final Runnable rebuild;
    private final FileDialogs dialogs;

    /** As below, with the system's file chooser. */
    public BasemapChoice(BasemapService basemaps, Settings settings, Window owner, Supplier<Messages> messages,
                         BiConsumer<String, Object[]> status, Runnable rebuild) {
        this(basemaps, settings, owner, messages, status, rebuild, FileDialogs.system());
    }

    /**
     * @param status  shows a status-bar message (key and arguments: it follows a language switch)
     * @param rebuild builds a new map keeping the view (centre, zoom, selection)
     * @param dialogs asks which MBTiles file to open (the window's; tests give their own)
     */
    public BasemapChoice(BasemapService basemaps, Settings settings, Window owner, Supplier<Messages> messages,
                         BiConsumer<String, Object[]> status, Runnable rebuild, FileDialogs dialogs) {
        this.dialogs = dialogs;
        this.basemaps = basemaps;
        this.settings = settings;
        this.owner = owner;
        this.messages = messages;
        this.status = status;
        this.rebuild = rebuild;
    }

    public BasemapService.Kind kind() {
        return basemaps.kind();
    }

    public void use(BasemapService.Kind kind) {
        switch (kind) {
            case OFFLINE -> {
                basemaps.useOffline();
                rebuild();
            }
            case OPENSTREETMAP -> {
                if (basemaps.online() == null) {
                    status.accept("basemap.onlineUnavailable", new Object[0]);
                    rebuild();
                    return;
                }
                basemaps.useOpenStreetMap();
                rebuild();
            }
            case MBTILES -> {
                java.nio.file.Path file = dialogs.open(owner, messages.get().get("basemap.mbtiles"), "MBTiles", "*.mbtiles");
                if (file == null) {
                    rebuild(); // puts the tick back where it was
                    return;
                }
                basemaps.useMbtiles(file).thenAccept(problem -> Platform.runLater(() -> {
                    if (problem != null) {
                        Alert alert = DialogPlacement.overOwner(new Alert(Alert.AlertType.ERROR, problem));
                        alert.initOwner(owner);
                        alert.setHeaderText(messages.get().get("basemap.mbtilesBroken"));
                        alert.show();
                    } else {
                        settings.put("basemap.mbtiles", file.toAbsolutePath().toString());
                    }
                    rebuild();
                }));
            }
        }
    }

    /**
     * Puts back OpenStreetMap when it was chosen last time, before the first view is built, so that view draws on
     * it (instead of a second whole view built for it before the first frame).
     */
    public void restoreBeforeView() {
        if ("OPENSTREETMAP".equals(settings.text("basemap", "OFFLINE")) && basemaps.online() != null) {
            basemaps.useOpenStreetMap();
        }
    }

    /** Puts back an MBTiles basemap chosen last time (opened in the background); one gone or broken leaves the offline map. */
    public void restore() {
        String chosen = settings.text("basemap", "OFFLINE");
        if ("MBTILES".equals(chosen) && settings.text("basemap.mbtiles", null) != null) {
            basemaps.useMbtiles(java.nio.file.Path.of(settings.text("basemap.mbtiles", ""))).thenAccept(problem ->
                    Platform.runLater(() -> {
                        if (problem != null) {
                            status.accept("basemap.problem", new Object[] {problem});
                        }
                        rebuild();
                    }));
        }
    }

    public void clearTileCache() {
        CompletableFuture.runAsync(() -> {
            long bytes = basemaps.cacheBytes();
            try {
                basemaps.clearCaches();
                Platform.runLater(() -> status.accept("basemap.cacheCleared", new Object[] {bytes / 1024}));
            } catch (IOException e) {
                Platform.runLater(() -> status.accept("basemap.cacheClearFailed", new Object[] {e.getMessage()}));
            }
        });
    }

    /** Completes off the JavaFX thread with the bytes the tile caches hold. */
    public CompletableFuture<Long> tileCacheBytes() {
        return CompletableFuture.supplyAsync(basemaps::cacheBytes);
    }

    /** The sources on screen, the offline map's in the window's language (the sources' names stay as they are). */
    public String attribution() {
        return org.linkatlas.report.MapAttribution.localised(basemaps.attribution(), messages.get());
    }

    /** The basemap's name for the status bar, and whether the network it needs is missing. */
    public String status() {
        Messages m = messages.get();
        String name = basemaps.kind() == BasemapService.Kind.MBTILES && basemaps.mbtilesName() != null
                ? basemaps.mbtilesName() : m.get("basemap." + basemaps.kind().name().toLowerCase(Locale.ROOT));
        return m.get(basemaps.onlineButOffline() ? "basemap.statusOffline" : "basemap.status", name);
    }

    /** Shows {@link #status()} every 3 s: OpenStreetMap may go offline and come back. */
    public void followNetwork(Consumer<String> show) {
        Timeline timeline = new Timeline(new KeyFrame(Duration.seconds(3), e -> show.accept(status())));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    private void rebuild() {
        rebuild.run();
        settings.put("basemap", basemaps.kind().name());
    }
}
