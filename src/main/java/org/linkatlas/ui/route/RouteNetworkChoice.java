package org.linkatlas.ui.route;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.route.RoadNetworkException;
import org.linkatlas.route.RoadNetworkFile;

/**
 * Which road network routes run on: the bundled base network or a user's file (remembered between sessions),
 * switching between them with progress, Cancel and undo, the networks of a catalogue prepared on the one
 * chosen (a remembered file that is gone or broken falls back to the bundled network), and the network named
 * with its credit in the window's language. Split out of {@link RouteViewModel}, which owns the prepared
 * networks, the route on screen and the message, handed to this class. Reading runs on
 * {@link RouteService}'s thread; outcomes come back with {@code Platform.runLater}. JavaFX thread only.
 */
final class RouteNetworkChoice {
    private final RouteService service;
    private final RouteWork work;
    private final Supplier<Messages> messages;
    private final ReadOnlyObjectWrapper<RouteService.Prepared> prepared;
    private final StringProperty message;
    private final Runnable clearResult;
    private final Consumer<Catalogue> reprepare;
    private Catalogue catalogue;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(); // null: bundled
    private final Deque<Path> history = new ArrayDeque<>(); // for undo; "" = bundled
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private Consumer<Path> remembered = f -> { };

    /**
     * @param prepared    the view model's prepared networks, set here when a network is read
     * @param message     the view model's message to the user
     * @param clearResult clears the route on screen (it was found on another network)
     * @param reprepare   prepares a catalogue again from the start (after a remembered file was dropped)
     */
    RouteNetworkChoice(RouteService service, RouteWork work, Supplier<Messages> messages,
            ReadOnlyObjectWrapper<RouteService.Prepared> prepared, StringProperty message, Runnable clearResult,
            Consumer<Catalogue> reprepare) {
        this.service = service;
        this.work = work;
        this.messages = messages;
        this.prepared = prepared;
        this.message = message;
        this.clearResult = clearResult;
        this.reprepare = reprepare;
    }

    /** The network to start with ({@code null}: the bundled one) and where to remember a new choice. */
    void setNetwork(Path f, Consumer<Path> remember) {
        file.set(f);
        remembered = remember;
    }

    ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Builds the networks of {@code c} (null: none) in the background on the network chosen; queries wait for them. */
    void prepare(Catalogue c) {
        catalogue = c;
        if (c == null) {
            return;
        }
        Path f = file.get();
        if (f != null) {
            service.prepare(c, f, work.progress()).whenComplete((p, e) -> Platform.runLater(() -> {
                if (e == null) {
                    prepared.set(p);
                } else {
                    refused(e); // the remembered file is gone or broken: the bundled network instead
                    file.set(null);
                    remembered.accept(null);
                    reprepare.accept(c);
                }
            }));
            return;
        }
        service.prepare(c).thenAccept(p -> Platform.runLater(() -> {
            prepared.set(p);
            if (p.contextProblem() != null) {
                message.set(messages.get().get("route.noContext", p.contextProblem()));
            }
        }));
    }

    /** Back to the network used before the last change. */
    void undo() {
        if (!history.isEmpty()) {
            Path previous = history.peek();
            switchTo(previous.toString().isEmpty() ? null : previous, false);
        }
    }

    /** Reads {@code f} (null: the bundled network) in the background; on success routes use it. */
    void switchTo(Path f, boolean recordUndo) {
        Catalogue c = catalogue;
        if (c == null || work.busy()) {
            return;
        }
        Messages m = messages.get();
        Path before = file.get();
        RouteWork.WorkProgress wp = work.progress();
        CompletableFuture<RouteService.Prepared> future = f == null ? service.prepare(c) : service.prepare(c, f, wp);
        String name = f == null ? m.get("report.network.bundled") : String.valueOf(f.getFileName());
        work.run(m.get("route.network.reading", name), f == null ? -1 : 0, wp, future, p -> {
            if (recordUndo) {
                history.push(before == null ? Path.of("") : before);
            } else {
                history.pop();
            }
            canUndo.set(!history.isEmpty());
            prepared.set(p);
            file.set(f);
            remembered.accept(f);
            clearResult.run();
            message.set(text());
        }, this::refused);
    }

    /** "Roads: file.gpkg (12,345 roads) © OpenStreetMap contributors", or the bundled network. */
    String text() {
        RouteService.Prepared p = prepared.get();
        Messages m = messages.get();
        if (p == null || p.network() == null || p.network().userFile() == null) {
            return m.get("route.network.usingBundled");
        }
        return m.get("route.network.using", p.network().userFile().getFileName() + " ("
                + p.network().roads().size() + ") " + credit(p));
    }

    /** The credit of a user's network's roads in the window's language; {@code null} for the bundled network. */
    String credit(RouteService.Prepared p) {
        if (p == null || p.network() == null || p.network().userFile() == null) {
            return null;
        }
        String a = p.network().attribution();
        return RoadNetworkFile.OSM_ATTRIBUTION.equals(a) ? messages.get().get("route.network.osmCredit") : a;
    }

    private void refused(Throwable e) {
        Messages m = messages.get();
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CancellationException) {
            message.set(m.get("route.cancelled"));
        } else if (cause instanceof RoadNetworkException r) {
            message.set(m.get("route.network.refused", m.get("route.network.reason." + r.reason().name())
                    + " (" + r.detail() + ")"));
        } else {
            message.set(m.get("route.network.refused", String.valueOf(cause.getMessage())));
        }
    }
}
