package org.linkatlas.ui.route;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
 * (progress, cancel). Three parts carry their own share and are reached only through this class: the ends
 * ({@link RouteEnds}), the road network routes run on ({@link RouteNetworkChoice}) and the busy / progress /
 * cancel cycle of long work ({@link RouteWork}). Routing and exports run on {@link RouteService}'s threads;
 * results come back with {@code Platform.runLater}. Reports (in another language, or of the other variant) and
 * suggestions are made on the JavaFX thread: pure work on a few dozen records, no I/O. Holds no nodes. JavaFX
 * thread only.
 */
public final class RouteViewModel {
    private final RouteService service;
    private Messages messages;
    private final RouteEnds ends = new RouteEnds();
    private final ReadOnlyObjectWrapper<RouteService.Prepared> prepared = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RouteReport> report = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty listPlanned = new SimpleBooleanProperty(true);
    private final BooleanProperty picking = new SimpleBooleanProperty(false);
    private final ObservableList<Link> corridor = FXCollections.observableArrayList();
    private final RouteWork work = new RouteWork();
    private final RouteNetworkChoice network;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Object lastQuery; // a RoutePlanner.Plan or a Corridor

    public RouteViewModel(RouteService service, Messages messages) {
        this.service = service;
        this.messages = messages;
        this.network = new RouteNetworkChoice(service, work, () -> this.messages, prepared, message, this::clearResult,
                this::setCatalogue);
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
        network.prepare(c);
    }

    /**
     * The network to start with (remembered from the last session; {@code null}: the bundled one) and where to
     * remember a new choice. Call before {@link #setCatalogue}.
     */
    public void setNetwork(Path file, java.util.function.Consumer<Path> remember) {
        network.setNetwork(file, remember);
    }

    /** The user's road network file routes run on, or {@code null} for the bundled base network. */
    public ReadOnlyObjectProperty<Path> networkFileProperty() {
        return network.fileProperty();
    }

    public ReadOnlyBooleanProperty canUndoNetworkProperty() {
        return network.canUndoProperty();
    }

    /** Reads a user's road network in the background (progress, Cancel); routes then use it. */
    public void importNetwork(Path file) {
        network.switchTo(file, true);
    }

    /** Back to the bundled base network (undoable). */
    public void useBundledNetwork() {
        network.switchTo(null, true);
    }

    /** Back to the network used before the last change. */
    public void undoNetwork() {
        network.undo();
    }

    /** "Roads: file.gpkg (12,345 roads) © OpenStreetMap contributors", or the bundled network. */
    public String networkText() {
        return network.text();
    }

    /**
     * What the roads of a user's network are credited with, in the window's language ("© OpenStreetMap
     * contributors" for an OSM extract, else the file's name); {@code null} for the bundled network.
     */
    public String networkCredit(RouteService.Prepared p) {
        return network.credit(p);
    }

    /** No route on screen: the report (and with it the exports) and the choices go. */
    private void clearResult() {
        report.set(null);
        lastQuery = null;
        ends.clearChoices();
    }

    /** Places matching an ambiguous end, to click; empty when there is nothing to choose. */
    public ObservableList<PlaceResolver.End> choices() {
        return ends.choices();
    }

    /** Which end the choices are for: "from" or "to". */
    public ReadOnlyStringProperty choicesForProperty() {
        return ends.choicesForProperty();
    }

    /** One of the choices clicked: that end is set and the route found. */
    public void choose(PlaceResolver.End e) {
        ends.choose(e);
        findRoute();
    }

    public StringProperty fromTextProperty() {
        return ends.fromTextProperty();
    }

    public StringProperty toTextProperty() {
        return ends.toTextProperty();
    }

    public ObjectProperty<PlaceResolver.End> fromProperty() {
        return ends.fromProperty();
    }

    public ObjectProperty<PlaceResolver.End> toProperty() {
        return ends.toProperty();
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
        return work.busyProperty();
    }

    /** 0..1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return work.progressTextProperty();
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

    public void swap() {
        ends.swap();
    }

    /** Finds both variants between the two ends. */
    public void findRoute() {
        if (prepared.get() == null || work.busy()) {
            return;
        }
        clearResult(); // a failed look-up leaves no old summary (nor its exports) behind
        RouteService.Prepared p = prepared.get();
        if (!ends.resolve(p.places(), messages, message::set)) {
            return;
        }
        PlaceResolver.End a = ends.fromProperty().get();
        PlaceResolver.End b = ends.toProperty().get();
        RouteWork.WorkProgress wp = work.progress();
        run(messages.get("route.finding"), wp, service.plan(p, a, b, wp), plan -> {
            lastQuery = plan;
            report.set(service.report(p, plan, listPlanned.get(), lang()));
            message.set(plan.existing().isEmpty() && plan.withPlanned().isEmpty()
                    ? messages.get("route.none", a.name(), b.name()) : "");
        });
    }

    /** Summarises the links picked, in the order picked. */
    public void summariseCorridor() {
        if (prepared.get() == null || work.busy() || corridor.isEmpty()) {
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
        if (report.get() == null || work.busy()) {
            return;
        }
        RouteReport r = reportIn(lang);
        RouteWork.WorkProgress wp = work.progress();
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
        if (report.get() == null || work.busy()) {
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
    public <T> void runWork(String what, Function<Progress, T> task, java.util.function.Consumer<T> done) {
        if (work.busy()) {
            return;
        }
        RouteWork.WorkProgress wp = work.progress();
        run(what, wp, service.background(() -> task.apply(wp)), done);
    }

    /** Asks the work under way to stop; it stops at its next step and nothing is written. */
    public void cancel() {
        work.cancel();
    }

    private <T> void run(String what, CompletableFuture<T> future, java.util.function.Consumer<T> done) {
        run(what, work.progress(), future, done);
    }

    /** Long work whose failure is told as "route.failed" (the cause's message, cut) or "route.cancelled". */
    private <T> void run(String what, RouteWork.WorkProgress wp, CompletableFuture<T> future, java.util.function.Consumer<T> done) {
        work.run(what, -1, wp, future, done, cause -> message.set(cause instanceof CancellationException
                ? messages.get("route.cancelled")
                : messages.get("route.failed", elide(cause.getMessage() == null ? cause.toString() : cause.getMessage()))));
    }
}
