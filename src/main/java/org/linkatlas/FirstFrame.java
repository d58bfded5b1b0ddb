package org.linkatlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.linkatlas.files.AtomicFile;

/**
 * The window's first map frame with links, and the work that waits for it (decision 0008): what the first
 * frame does not need runs after it has reached the screen, or 3 s after it was asked for when no link is
 * drawn at all (filters, an empty store); nothing runs once the window has closed. Also marks the moment for
 * the log and the start-up benchmark. JavaFX thread.
 */
final class FirstFrame {
    private static final System.Logger LOG = System.getLogger(FirstFrame.class.getName());
    private static final AtomicBoolean MARKED = new AtomicBoolean();
    private static final AtomicBoolean COMPLETE = new AtomicBoolean();
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean drawn;
    private boolean closed;

    /** Runs {@code r} after the first frame (at once if it was drawn). */
    void then(Runnable r) {
        if (closed) {
            return;
        }
        if (drawn) {
            r.run();
            return;
        }
        waiting.add(r);
        PauseTransition latest = new PauseTransition(Duration.seconds(3));
        latest.setOnFinished(e -> drawn());
        latest.play();
    }

    /** The links layer drew links (or the fallback came). */
    void drawn() {
        if (closed) {
            waiting.clear();
            return;
        }
        boolean first = !drawn;
        drawn = true;
        if (first) {
            Platform.runLater(this::runWaiting); // after this pulse, so the frame reaches the screen first
        } else {
            runWaiting();
        }
    }

    private void runWaiting() {
        List<Runnable> now = List.copyOf(waiting);
        waiting.clear();
        if (!closed) {
            now.forEach(Runnable::run);
        }
    }

    /**
     * Logs once per process that the whole window (side panels, menus, controls) is in; with
     * {@code linkatlas.firstFrameFile} set, writes its wall-clock time to that file's name + {@code .complete}
     * (the start-up benchmark). Any thread.
     */
    static void windowComplete() {
        long now = System.currentTimeMillis();
        if (COMPLETE.compareAndSet(false, true)) {
            StartupTrace.mark("window complete");
            LOG.log(System.Logger.Level.INFO, "window complete {0} ms after start", ProcessAge.millis());
            String file = System.getProperty("linkatlas.firstFrameFile");
            if (file != null) {
                writeTime(Path.of(file + ".complete"), now);
            }
        }
    }

    /**
     * Runs {@code r} once, just after the next pulse of {@code scene} has laid it out (its frame then goes to the
     * screen while {@code r} runs). The pulse listener removes itself.
     */
    static void afterNextPulse(javafx.scene.Scene scene, Runnable r) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(r);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** The window has closed: its services are gone, so nothing waiting may run. */
    void close() {
        closed = true;
        waiting.clear();
    }

    /**
     * Logs the first frame once per process, and when {@code linkatlas.firstFrameFile} is set (the start-up
     * benchmark, {@code .ci/window-start.sh}) writes its wall-clock time there, on a thread of its own. The log
     * line (its {@code where} built, formatted, written) comes after the frame, on the JavaFX thread's next turn:
     * called from inside the first frame's layout, it would otherwise delay that frame. JavaFX thread.
     */
    static void mark(java.util.function.Supplier<String> where) {
        long now = System.currentTimeMillis();
        long nanos = System.nanoTime();
        if (!MARKED.compareAndSet(false, true)) {
            return; // a rebuilt view (language, basemap) draws its "first" frame again
        }
        StartupTrace.mark("first map frame with links");
        String file = System.getProperty("linkatlas.firstFrameFile");
        if (file != null) {
            writeTime(Path.of(file), now);
        }
        Platform.runLater(() -> {
            long since = ProcessAge.millis() - (System.nanoTime() - nanos) / 1_000_000L;
            // the words "first map frame with links" are what the smoke test, the CDS training run and the benchmarks wait for
            LOG.log(System.Logger.Level.INFO, "first map frame with links {0} ms after start; {1}", since, where.get());
        });
    }

    /** Writes {@code millis} to {@code file} on a thread of its own (never the JavaFX one's time). */
    private static void writeTime(Path file, long millis) {
        Thread t = new Thread(() -> {
            try {
                AtomicFile.write(file, temp -> Files.writeString(temp, Long.toString(millis)));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot write {0}: {1}", file, e.getMessage());
            }
        }, "link-atlas-first-frame");
        t.setDaemon(true);
        t.start();
    }

}
