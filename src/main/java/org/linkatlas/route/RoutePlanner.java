package org.linkatlas.route;

import java.util.List;
import java.util.Optional;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.locationtech.jts.geom.Envelope;

/**
 * Both road networks of a catalogue (existing links only; with the planned and proposed ones), with the
 * basemap's context roads, built once, and the place names routes start and end at. Answers a query with
 * both variants, "what the agreements would change". Building takes a few milliseconds on the bundled data
 * and seconds on 200,000 edges: build off the JavaFX thread. The constructor builds the planned variant on a
 * short-lived second thread of its own while the calling thread builds today's (the builds share nothing).
 * Immutable once built; {@link #plan} makes its own finders, so any thread may call it.
 */
public final class RoutePlanner {
    private final RoutingNetwork today;
    private final RoutingNetwork promised;
    private final PlaceResolver places;
    private final List<Link> notRouted;
    private final boolean withContext;
    private final String networkName;

    /** Both variants of a query. */
    public record Plan(PlaceResolver.End from, PlaceResolver.End to, Optional<Route> existing,
                       Optional<Route> withPlanned, List<Link> notRoutedNearby, boolean fromOffNetwork,
                       boolean toOffNetwork) {
        public Plan {
            notRoutedNearby = List.copyOf(notRoutedNearby);
        }
    }

    public RoutePlanner(Catalogue c, List<Link> context, RoutingNetwork.Options options) {
        this(c, context, List.of(), options, null);
    }

    /**
     * @param context     the base network's roads (bundled or a user's import), existing in both variants
     * @param seats       district seats, so a district's name finds its seat
     * @param networkName what the summaries call the base network ({@code null}: the bundled one)
     */
    public RoutePlanner(Catalogue c, List<Link> context, List<DistrictSeats.Seat> seats, RoutingNetwork.Options options,
                        String networkName) {
        // the two variants are independent builds: the planned one on a second thread while this one builds today's
        java.util.concurrent.FutureTask<RoutingNetwork> planned = new java.util.concurrent.FutureTask<>(
                () -> RoutingNetwork.build(c.links(), context, RoutingNetwork.Variant.WITH_PLANNED, options));
        Thread worker = new Thread(planned, "route-network-planned");
        worker.setDaemon(true);
        worker.start();
        today = RoutingNetwork.build(c.links(), context, RoutingNetwork.Variant.EXISTING, options);
        promised = join(planned);
        places = new PlaceResolver(c, seats);
        notRouted = RoutingNetwork.notRouted(c.links(), options);
        withContext = !context.isEmpty();
        this.networkName = networkName;
    }

    private static RoutingNetwork join(java.util.concurrent.FutureTask<RoutingNetwork> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the build is short and cannot stop halfway: finish, then keep the flag
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The user's network file this planner routes on, or {@code null} for the bundled base network. */
    public String networkName() {
        return networkName;
    }

    public PlaceResolver places() {
        return places;
    }

    public RoutingNetwork network(RoutingNetwork.Variant v) {
        return v == RoutingNetwork.Variant.EXISTING ? today : promised;
    }

    /** Whether the basemap's context roads are in the networks. */
    public boolean withContext() {
        return withContext;
    }

    public Plan plan(PlaceResolver.End from, PlaceResolver.End to) {
        return plan(from, to, () -> false);
    }

    /** @param cancelled checked while searching; the search then ends with a CancellationException */
    public Plan plan(PlaceResolver.End from, PlaceResolver.End to, java.util.function.BooleanSupplier cancelled) {
        Optional<Route> existing = new RouteFinder(today).cancelWhen(cancelled).find(from.lon(), from.lat(), to.lon(), to.lat());
        Optional<Route> withPlanned = new RouteFinder(promised).cancelWhen(cancelled).find(from.lon(), from.lat(), to.lon(), to.lat());
        Envelope box = new Envelope(from.lon(), to.lon(), from.lat(), to.lat());
        box.expandBy(0.05); // about 5 km
        List<Link> nearby = notRouted.stream().filter(l -> l.located() && l.geometry().getEnvelopeInternal().intersects(box)).toList();
        return new Plan(from, to, existing, withPlanned, nearby, promised.access(from.lon(), from.lat()) == null,
                promised.access(to.lon(), to.lat()) == null);
    }
}
