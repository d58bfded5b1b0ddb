package org.linkatlas.ui.route;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.report.PdfExport;
import org.linkatlas.report.Progress;
import org.linkatlas.report.RouteExports;
import org.linkatlas.report.RouteReport;
import org.linkatlas.route.Corridor;
import org.linkatlas.route.PlaceResolver;
import org.linkatlas.route.RoutePlanner;

/**
 * State of the route panel: the two ends typed and chosen, the last route or corridor and its report in the
 * window's language, which variant is listed, the links picked for a corridor, and the long work under way
 * (progress, cancel). Routing and exports run on {@link RouteService}'s threads; results come back with
 * {@code Platform.runLater}. Reports (in another language, or of the other variant) and suggestions are made
 * on the JavaFX thread: pure work on a few dozen records, no I/O. Holds no nodes. JavaFX thread only.
 */
public final class RouteViewModel {
    private final RouteService service;
    private Messages messages;
    private final StringProperty fromText = new SimpleStringProperty("");
    private final StringProperty toText = new SimpleStringProperty("");
    private final ObjectProperty<PlaceResolver.End> from = new SimpleObjectProperty<>();
    private final ObjectProperty<PlaceResolver.End> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RouteService.Prepared> prepared = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RouteReport> report = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty listPlanned = new SimpleBooleanProperty(true);
    private final BooleanProperty picking = new SimpleBooleanProperty(false);
    private final ObservableList<Link> corridor = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Object lastQuery; // a RoutePlanner.Plan or a Corridor
    private WorkProgress current;
    private final ObservableList<PlaceResolver.End> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper choicesFor = new ReadOnlyStringWrapper(""); // "from" or "to"
    private final ReadOnlyObjectWrapper<Path> networkFile = new ReadOnlyObjectWrapper<>(); // null: bundled
    private final java.util.Deque<Path> networkHistory = new java.util.ArrayDeque<>(); // for undo; "" = bundled
    private final ReadOnlyBooleanWrapper canUndoNetwork = new ReadOnlyBooleanWrapper(false);
    private Catalogue catalogue;
    private java.util.function.Consumer<Path> networkRemembered = f -> { };

    public RouteViewModel(RouteService service, Messages messages) {
        this.service = service;
        this.messages = messages;
        listPlanned.addListener((o, old, v) -> rebuildReport());
    }

    /** The window's language changed: the report follows. */
    public void setMessages(Messages messages) {
        this.messages = messages;
        rebuildReport();
    }

    public String lang() {
        return "vi".equals(messages.locale().getLanguage()) ? "vi" : "en";
    }

    /** A new catalogue: build its networks in the background; queries wait for them. */
    public void setCatalogue(Catalogue c) {
        prepared.set(null);
        clearResult();
        catalogue = c;
        if (c == null) {
            return;
        }
        Path file = networkFile.get();
        if (file != null) {
            WorkProgress wp = new WorkProgress();
            service.prepare(c, file, wp).whenComplete((p, e) -> Platform.runLater(() -> {
                if (e == null) {
                    prepared.set(p);
                } else {
                    refused(e); // the remembered file is gone or broken: the bundled network instead
                    networkFile.set(null);
                    networkRemembered.accept(null);
                    setCatalogue(c);
                }
            }));
            return;
        }
        service.prepare(c).thenAccept(p -> Platform.runLater(() -> {
            prepared.set(p);
            if (p.contextProblem() != null) {
                message.set(messages.get("route.noContext", p.contextProblem()));
            }
        }));
    }

    /**
     * The network to start with (remembered from the last session; {@code null}: the bundled one) and where to
     * remember a new choice. Call before {@link #setCatalogue}.
     */
    public void setNetwork(Path file, java.util.function.Consumer<Path> remember) {
        networkFile.set(file);
        networkRemembered = remember;
    }

    /** The user's road network file routes run on, or {@code null} for the bundled base network. */
    public ReadOnlyObjectProperty<Path> networkFileProperty() {
        return networkFile.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoNetworkProperty() {
        return canUndoNetwork.getReadOnlyProperty();
    }

    /** Reads a user's road network in the background (progress, Cancel); routes then use it. */
    public void importNetwork(Path file) {
        switchNetwork(file, true);
    }

    /** Back to the bundled base network (undoable). */
    public void useBundledNetwork() {
        switchNetwork(null, true);
    }

    /** Back to the network used before the last change. */
    public void undoNetwork() {
        if (!networkHistory.isEmpty()) {
            Path previous = networkHistory.peek();
            switchNetwork(previous.toString().isEmpty() ? null : previous, false);
        }
    }

    private void switchNetwork(Path file, boolean recordUndo) {
        if (catalogue == null || busy.get()) {
            return;
        }
        Path before = networkFile.get();
        Catalogue c = catalogue;
        WorkProgress wp = new WorkProgress();
        CompletableFuture<RouteService.Prepared> work = file == null ? service.prepare(c) : service.prepare(c, file, wp);
        String name = file == null ? messages.get("report.network.bundled") : String.valueOf(file.getFileName());
        current = wp;
        busy.set(true);
        progress.set(file == null ? -1 : 0);
        progressText.set(messages.get("route.network.reading", name));
        work.whenComplete((p, e) -> Platform.runLater(() -> {
            if (e == null) {
                if (recordUndo) {
                    networkHistory.push(before == null ? Path.of("") : before);
                } else {
                    networkHistory.pop();
                }
                canUndoNetwork.set(!networkHistory.isEmpty());
                prepared.set(p);
                networkFile.set(file);
                networkRemembered.accept(file);
                clearResult();
                message.set(networkText());
            } else {
                refused(e);
            }
            current = null;
            progress.set(0);
            progressText.set("");
            busy.set(false);
        }));
    }

    /** "Roads: file.gpkg (12,345 roads) © OpenStreetMap contributors", or the bundled network. */
    public String networkText() {
        RouteService.Prepared p = prepared.get();
        if (p == null || p.network() == null || p.network().userFile() == null) {
            return messages.get("route.network.usingBundled");
        }
        return messages.get("route.network.using", p.network().userFile().getFileName() + " ("
                + p.network().roads().size() + ") " + networkCredit(p));
    }

    /**
     * What the roads of a user's network are credited with, in the window's language ("© OpenStreetMap
     * contributors" for an OSM extract, else the file's name); {@code null} for the bundled network.
     */
    public String networkCredit(RouteService.Prepared p) {
        if (p == null || p.network() == null || p.network().userFile() == null) {
            return null;
        }
        String a = p.network().attribution();
        return org.linkatlas.route.RoadNetworkFile.OSM_ATTRIBUTION.equals(a) ? messages.get("route.network.osmCredit") : a;
    }

    private void refused(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CancellationException) {
            message.set(messages.get("route.cancelled"));
        } else if (cause instanceof org.linkatlas.route.RoadNetworkException r) {
            message.set(messages.get("route.network.refused", messages.get("route.network.reason." + r.reason().name())
                    + " (" + r.detail() + ")"));
        } else {
            message.set(messages.get("route.network.refused", String.valueOf(cause.getMessage())));
        }
    }

    /** No route on screen: the report (and with it the exports) and the choices go. */
    private void clearResult() {
        report.set(null);
        lastQuery = null;
        choices.clear();
        choicesFor.set("");
    }

    /** Places matching an ambiguous end, to click; empty when there is nothing to choose. */
    public ObservableList<PlaceResolver.End> choices() {
        return choices;
    }

    /** Which end the choices are for: "from" or "to". */
    public ReadOnlyStringProperty choicesForProperty() {
        return choicesFor.getReadOnlyProperty();
    }

    /** One of the choices clicked: that end is set and the route found. */
    public void choose(PlaceResolver.End e) {
        if ("from".equals(choicesFor.get())) {
            from.set(e);
            fromText.set(e.name());
        } else {
            to.set(e);
            toText.set(e.name());
        }
        choices.clear();
        choicesFor.set("");
        findRoute();
    }

    public StringProperty fromTextProperty() {
        return fromText;
    }

    public StringProperty toTextProperty() {
        return toText;
    }

    public ObjectProperty<PlaceResolver.End> fromProperty() {
        return from;
    }

    public ObjectProperty<PlaceResolver.End> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<RouteService.Prepared> preparedProperty() {
        return prepared.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RouteReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public BooleanProperty listPlannedProperty() {
        return listPlanned;
    }

    /** While on, links clicked on the map join the corridor. */
    public BooleanProperty pickingProperty() {
        return picking;
    }

    public ObservableList<Link> corridor() {
        return corridor;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The last outcome for the user: no route, a file written, a failure. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Ends matching what is typed, best first: search as you type, diacritics ignored. */
    public List<PlaceResolver.End> suggestions(String text) {
        RouteService.Prepared p = prepared.get();
        return p == null || text == null || text.isBlank() ? List.of() : p.places().suggest(text, 10);
    }

    /** Resolves typed text the way the command line does, when no suggestion was chosen. */
    private PlaceResolver.End resolve(String text, PlaceResolver.End chosen, String which, String end) {
        if (text == null || text.isBlank()) {
            message.set(messages.get(end.equals("from") ? "route.startEmpty" : "route.endEmpty"));
            return null;
        }
        if (chosen != null && chosen.name().equals(text)) {
            return chosen;
        }
        PlaceResolver.Resolution r = prepared.get().places().resolve(text);
        if (r.found()) {
            return r.end();
        }
        if (r.ambiguous()) {
            message.set(messages.get("route.choose", which, text));
            choices.setAll(r.candidates());
            choicesFor.set(end);
            return null;
        }
        String names = r.candidates().stream().map(PlaceResolver.End::name).reduce((x, y) -> x + "; " + y).orElse("–");
        message.set(messages.get("route.unknown", which, elide(text), names));
        return null;
    }

    public void swap() {
        String t = fromText.get();
        PlaceResolver.End e = from.get();
        fromText.set(toText.get());
        from.set(to.get());
        toText.set(t);
        to.set(e);
    }

    /** Finds both variants between the two ends. */
    public void findRoute() {
        if (prepared.get() == null || busy.get()) {
            return;
        }
        clearResult(); // a failed look-up leaves no old summary (nor its exports) behind
        PlaceResolver.End a = resolve(fromText.get(), from.get(), messages.get("route.from"), "from");
        PlaceResolver.End b = a == null ? null : resolve(toText.get(), to.get(), messages.get("route.to"), "to");
        if (a == null || b == null) {
            return;
        }
        from.set(a);
        fromText.set(a.name());
        to.set(b);
        toText.set(b.name());
        RouteService.Prepared p = prepared.get();
        WorkProgress wp = new WorkProgress();
        run(messages.get("route.finding"), wp, service.plan(p, a, b, wp), plan -> {
            lastQuery = plan;
            report.set(service.report(p, plan, listPlanned.get(), lang()));
            message.set(plan.existing().isEmpty() && plan.withPlanned().isEmpty()
                    ? messages.get("route.none", a.name(), b.name()) : "");
        });
    }

    /** Summarises the links picked, in the order picked. */
    public void summariseCorridor() {
        if (prepared.get() == null || busy.get() || corridor.isEmpty()) {
            return;
        }
        RouteService.Prepared p = prepared.get();
        run(messages.get("route.finding"), service.corridor(corridor), c -> {
            lastQuery = c;
            report.set(service.report(p, c, lang()));
            message.set("");
        });
    }

    /** A link clicked on the map while picking joins the corridor (once, unless picked again after others). */
    public void linkClicked(Link l) {
        if (picking.get() && l != null && (corridor.isEmpty() || !corridor.get(corridor.size() - 1).id().equals(l.id()))) {
            corridor.add(l);
        }
    }

    public void clearCorridor() {
        corridor.clear();
    }

    private void rebuildReport() {
        RouteService.Prepared p = prepared.get();
        if (p == null || lastQuery == null) {
            return;
        }
        report.set(reportIn(lang()));
    }

    /** The current route or corridor as a report in {@code lang}. */
    public RouteReport reportIn(String lang) {
        RouteService.Prepared p = Objects.requireNonNull(prepared.get());
        return lastQuery instanceof Corridor c ? service.report(p, c, lang)
                : service.report(p, (RoutePlanner.Plan) lastQuery, listPlanned.get(), lang);
    }

    /** Writes the summary as PDF in {@code lang}, the map drawn from {@code map}; progress shown, cancellable. */
    public void exportPdf(Path target, String lang, boolean landscape, PdfExport.MapInputs map) {
        if (report.get() == null || busy.get()) {
            return;
        }
        RouteReport r = reportIn(lang);
        WorkProgress wp = new WorkProgress();
        ZonedDateTime now = ZonedDateTime.now();
        run(messages.get("route.pdf.working"), wp, service.background(() -> {
            try {
                PdfExport.write(new PdfExport.Request(r, map, landscape, now), target, wp);
                return target;
            } catch (java.io.IOException e) {
                throw new CompletionException(e);
            }
        }), t -> message.set(messages.get("route.written", t)));
    }

    /** The route with the segments of both variants (a corridor: its one), codes and labels in the window's language. */
    public void exportGeoJson(Path target) {
        List<RouteReport> variants = lastQuery instanceof RoutePlanner.Plan plan && prepared.get() != null
                ? List.of(service.report(prepared.get(), plan, false, lang()), service.report(prepared.get(), plan, true, lang()))
                : null;
        write(target, r -> {
            RouteExports.writeGeoJson(variants == null ? List.of(r) : variants, target);
            return target;
        });
    }

    /** What the user typed, quoted back in a message: at most {@value #QUOTED} characters, "…" marking a cut. */
    static String elide(String text) {
        if (text == null || text.length() <= QUOTED) {
            return text;
        }
        return text.substring(0, QUOTED - 1).strip() + "…";
    }

    static final int QUOTED = 80;

    public void exportCsv(Path target) {
        write(target, r -> {
            RouteExports.writeCommitmentsCsv(r, target);
            return target;
        });
    }

    private interface Export {
        Path write(RouteReport r) throws java.io.IOException;
    }

    private void write(Path target, Export export) {
        if (report.get() == null || busy.get()) {
            return;
        }
        RouteReport r = report.get();
        run(messages.get("route.writing"), service.background(() -> {
            try {
                return export.write(r);
            } catch (java.io.IOException e) {
                throw new CompletionException(e);
            }
        }), t -> message.set(messages.get("route.written", t)));
    }

    /**
     * Work whose result is needed after: the document is made elsewhere (print). Progress and cancel as for
     * the PDF; {@code done} runs on the JavaFX thread with the result.
     */
    public <T> void runWork(String what, Function<Progress, T> work, java.util.function.Consumer<T> done) {
        if (busy.get()) {
            return;
        }
        WorkProgress wp = new WorkProgress();
        run(what, wp, service.background(() -> work.apply(wp)), done);
    }

    /** Asks the work under way to stop; it stops at its next step and nothing is written. */
    public void cancel() {
        if (current != null) {
            current.cancelled.set(true);
        }
    }

    private <T> void run(String what, CompletableFuture<T> future, java.util.function.Consumer<T> done) {
        run(what, new WorkProgress(), future, done);
    }

    private <T> void run(String what, WorkProgress wp, CompletableFuture<T> future, java.util.function.Consumer<T> done) {
        current = wp;
        busy.set(true);
        progress.set(-1);
        progressText.set(what);
        future.whenComplete((value, error) -> Platform.runLater(() -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof CancellationException) {
                message.set(messages.get("route.cancelled"));
            } else if (cause != null) {
                message.set(messages.get("route.failed", elide(cause.getMessage() == null ? cause.toString() : cause.getMessage())));
            } else {
                done.accept(value);
            }
            // last: when the panel is no longer busy, the outcome is already shown
            current = null;
            progress.set(0);
            progressText.set("");
            busy.set(false);
        }));
    }

    /** Progress from a worker thread, shown on the JavaFX one; cancelled from the JavaFX thread. */
    private final class WorkProgress implements Progress {
        final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean posted = new AtomicBoolean();
        private volatile double fraction;

        @Override
        public void update(double f, String step) {
            fraction = f;
            if (posted.compareAndSet(false, true)) { // at most one update queued: the worker never floods the FX thread
                Platform.runLater(() -> {
                    posted.set(false);
                    if (current == this) {
                        progress.set(fraction);
                    }
                });
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }
    }
}
