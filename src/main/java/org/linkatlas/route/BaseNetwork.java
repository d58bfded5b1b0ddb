package org.linkatlas.route;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;

/**
 * The road network routes run on under the catalogue's links: the bundled base network
 * ({@code data/network/base_roads.geojson}, schematic, snapped like the links) or a user's own file (surveyed
 * lines, which replace the bundled roads and join each other only where they share a vertex), with the district
 * seats either way. File I/O: any thread but the JavaFX one. Immutable once loaded.
 *
 * @param roads       the base roads as context links
 * @param seats       the district seats (always the bundled ones)
 * @param userFile    the user's file, or {@code null} for the bundled network
 * @param attribution what the map and reports credit for the roads
 * @param options     the tolerances to build the routing network with
 */
public record BaseNetwork(List<Link> roads, List<DistrictSeats.Seat> seats, Path userFile, String attribution,
                          RoutingNetwork.Options options) {
    public BaseNetwork {
        roads = List.copyOf(roads);
        seats = List.copyOf(seats);
    }

    /**
     * The bundled network's tolerances: the catalogue's links snap within 1.5 km as before; the base roads are
     * drawn through the same named waypoints, so they meet where they share one and need only 300 m — more
     * would join the two approaches of a bridge that is not built yet (cầu Bến Rừng's ends lie 700 m apart).
     */
    public static final RoutingNetwork.Options BUNDLED_OPTIONS = new RoutingNetwork.Options(1.5, 3.0, 20.0, 0.3);

    /** The bundled network. */
    public static BaseNetwork bundled(Path networkDir) throws RoadNetworkException, IOException {
        RoadNetworkFile.Network n = RoadNetworkFile.bundled(networkDir);
        return new BaseNetwork(n.links(), DistrictSeats.read(networkDir), null, null, BUNDLED_OPTIONS);
    }

    /** A user's network file in place of the bundled roads. */
    public static BaseNetwork imported(Path networkDir, Path file, DoubleConsumer progress, BooleanSupplier cancelled)
            throws RoadNetworkException, IOException {
        RoadNetworkFile.Network n = RoadNetworkFile.read(file, progress, cancelled);
        return new BaseNetwork(n.links(), DistrictSeats.read(networkDir), file, n.attribution(),
                RoutingNetwork.Options.DEFAULT.surveyedContext());
    }

    /** The planner of a catalogue on this network. */
    public RoutePlanner planner(Catalogue c) {
        return new RoutePlanner(c, roads, seats, options, userFile == null ? null : userFile.getFileName().toString());
    }
}
