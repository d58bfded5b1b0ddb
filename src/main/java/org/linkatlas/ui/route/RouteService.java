package org.linkatlas.ui.route;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.linkatlas.explore.LinkFacts;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.report.RouteReport;
import org.linkatlas.report.RouteReportBuilder;
import org.linkatlas.route.BaseNetwork;
import org.linkatlas.route.RoadNetworkException;
import org.linkatlas.route.Corridor;
import org.linkatlas.route.PlaceResolver;
import org.linkatlas.route.RoutePlanner;
import org.linkatlas.route.RoutingNetwork;

/**
 * Routing for the window, on one background thread ({@code link-atlas-route}): builds the planner for a
 * catalogue (reading the basemap's context roads from disk), answers route and corridor queries, and makes
 * reports in either language. Callers get futures and hop back to the JavaFX thread themselves. Any thread.
 */
public final class RouteService implements AutoCloseable {
    private final Path networkDir;
    private final Clock clock;
    private final RoutingNetwork.Options options;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "link-atlas-route");
        t.setDaemon(true);
        return t;
    });

    /** A planner ready for queries, and why the context roads are missing if they are. */
    public record Prepared(Catalogue catalogue, RoutePlanner planner, LinkFacts facts, String contextProblem,
                           BaseNetwork network) {
        public PlaceResolver places() {
            return planner.places();
        }
    }

    public RouteService(Path networkDir, Clock clock, RoutingNetwork.Options options) {
        this.networkDir = networkDir;
        this.clock = clock;
        this.options = options;
    }

    public RoutingNetwork.Options options() {
        return options;
    }

    public CompletableFuture<Prepared> prepare(Catalogue c) {
        return CompletableFuture.supplyAsync(() -> {
            String problem = null;
            RoutePlanner planner;
            BaseNetwork net = null;
            try {
                net = BaseNetwork.bundled(networkDir);
                planner = net.planner(c);
            } catch (IOException | RoadNetworkException e) {
                problem = e.getMessage();
                planner = new RoutePlanner(c, List.of(), options);
            }
            return new Prepared(c, planner, new LinkFacts(c), problem, net);
        }, executor);
    }

    /**
     * Reads a user's road network file and builds the planner on it, on the routing thread; progress 0..0.6 for
     * reading, then building; cancellable while reading. Fails with a {@link RoadNetworkException} (through the
     * future) when the file is refused; nothing changes then.
     */
    public CompletableFuture<Prepared> prepare(Catalogue c, Path networkFile, org.linkatlas.report.Progress progress) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                BaseNetwork net = BaseNetwork.imported(networkDir, networkFile, f -> progress.update(0.6 * f, ""),
                        progress::cancelled);
                progress.update(0.6, "");
                RoutePlanner planner = net.planner(c);
                progress.update(1, "");
                return new Prepared(c, planner, new LinkFacts(c), null, net);
            } catch (RoadNetworkException e) {
                throw new java.util.concurrent.CompletionException(e);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, executor);
    }

    /** @param progress its cancel flag stops the search (a big network can take a while) */
    public CompletableFuture<RoutePlanner.Plan> plan(Prepared p, PlaceResolver.End from, PlaceResolver.End to,
                                                     org.linkatlas.report.Progress progress) {
        return CompletableFuture.supplyAsync(() -> p.planner().plan(from, to, progress::cancelled), executor);
    }

    public CompletableFuture<Corridor> corridor(List<Link> links) {
        List<Link> copy = List.copyOf(links);
        return CompletableFuture.supplyAsync(() -> Corridor.of(copy, options.snapKm()), executor);
    }

    /** The report of a plan in one language (pure; cheap enough for any thread, but kept off the FX one). */
    public RouteReport report(Prepared p, RoutePlanner.Plan plan, boolean listPlanned, String lang) {
        return builder(p, lang).route(plan, listPlanned, options.placeKm());
    }

    public RouteReport report(Prepared p, Corridor corridor, String lang) {
        return builder(p, lang).corridor(corridor);
    }

    private RouteReportBuilder builder(Prepared p, String lang) {
        return new RouteReportBuilder(p.catalogue(), p.facts(), clock, lang);
    }

    /** Runs other long work (a PDF) on a thread of its own, so routing stays responsive meanwhile. */
    public <T> CompletableFuture<T> background(java.util.function.Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "link-atlas-export");
        t.setDaemon(true);
        t.start();
        return f;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
