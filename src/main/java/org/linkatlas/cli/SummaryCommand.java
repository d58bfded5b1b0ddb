package org.linkatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkatlas.AppPaths;
import org.linkatlas.explore.LinkFacts;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.report.ReportText;
import org.linkatlas.report.RouteExports;
import org.linkatlas.report.RouteReport;
import org.linkatlas.report.RouteReportBuilder;
import org.linkatlas.report.RouteJson;
import org.linkatlas.route.BaseNetwork;
import org.linkatlas.route.RoadNetworkException;
import org.linkatlas.route.PlaceResolver;
import org.linkatlas.route.RoutePlanner;
import org.linkatlas.route.RoutingNetwork;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;

/**
 * {@code summary --from A --to B [--planned] [--json] [--network FILE] [--lang vi|en] [--store F] [--pdf F
 * [--landscape]] [--geojson F] [--csv F]}: finds the shortest road route over existing links and over existing
 * plus planned links (on the bundled base network, or on the user's GeoPackage / GeoJSON road lines given with
 * {@code --network}), prints both totals and the segments of one of them (today's by default,
 * the planned variant with {@code --planned}; with {@code --json} the whole summary as JSON instead), and writes the files asked for. An unknown or ambiguous
 * place exits 1 listing the closest matches and writes nothing.
 */
final class SummaryCommand {
    private final CliText text;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    SummaryCommand(CliText text, PrintStream out, PrintStream err, Clock clock) {
        this.text = text;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(String[] argv) {
        List<String> rest = new ArrayList<>();
        boolean planned = false;
        boolean landscape = false;
        boolean asJson = false;
        for (String a : argv) {
            if (a.equals("--json")) {
                asJson = true;
            } else if (a.equals("--planned")) {
                planned = true; // flags: Args wants a value after every option
            } else if (a.equals("--landscape")) {
                landscape = true;
            } else {
                rest.add(a);
            }
        }
        Args args = new Args(rest.toArray(String[]::new), 1, Set.of("from", "to", "store", "pdf", "geojson", "csv", "network"));
        if (args.option("from") == null || args.option("to") == null || !args.positional().isEmpty()) {
            throw new Args.UsageException("summary.give");
        }
        // the JSON is for scripts: without --lang its names are the same wherever it runs (decision 0018)
        String lang = asJson && !text.explicit() ? "en" : text.lang();
        if (landscape && args.option("pdf") == null) {
            throw new Args.UsageException("summary.landscape");
        }
        for (String option : List.of("pdf", "geojson", "csv")) {
            var missing = args.option(option) == null ? Optional.<String>empty() : Args.missingOutputFolder(args.path(option, null), text);
            if (missing.isPresent()) {
                err.println("summary: " + text.get("notWritten", missing.get()));
                return 1;
            }
        }
        Path storePath = args.path("store", AppPaths.bundledStore());
        Catalogue c;
        try (Database db = Database.openReadOnly(storePath)) {
            c = new CatalogueStore(db).read();
        } catch (StorageException e) {
            err.println("summary: " + e.getMessage());
            return 1;
        }
        BaseNetwork network;
        try {
            network = args.option("network") == null ? BaseNetwork.bundled(AppPaths.networkDir())
                    : BaseNetwork.imported(AppPaths.networkDir(), args.path("network", null), p -> { }, () -> false);
        } catch (RoadNetworkException e) {
            err.println("summary: " + text.get("summary.networkRefused", e.getMessage()));
            return 1;
        } catch (IOException e) {
            err.println("summary: " + text.get("summary.networkUnread", e.getMessage()));
            return 1;
        }
        RoutingNetwork.Options options = network.options();
        RoutePlanner planner = network.planner(c);
        Optional<PlaceResolver.End> from = resolve(planner.places(), "--from", args.option("from"));
        Optional<PlaceResolver.End> to = resolve(planner.places(), "--to", args.option("to"));
        if (from.isEmpty() || to.isEmpty()) {
            return 1;
        }
        if (from.get().id().equals(to.get().id())) {
            // a route from a place to itself is no route: bad usage, not a 0 km summary
            err.println("summary: " + text.get("summary.samePlace", from.get().name(), from.get().id()));
            return 2;
        }
        RouteReportBuilder builder = new RouteReportBuilder(c, new LinkFacts(c), clock, lang);
        RoutePlanner.Plan plan = planner.plan(from.get(), to.get());
        RouteReport report = builder.route(plan, planned, options.placeKm(), planner.networkName());
        if (asJson) {
            out.print(RouteJson.of(builder.route(plan, false, options.placeKm(), planner.networkName()),
                    builder.route(plan, true, options.placeKm(), planner.networkName()), from.get(), to.get()));
        } else {
            out.print(ReportText.of(report));
        }
        int status = 0;
        try {
            if (args.option("geojson") != null) {
                Path f = args.path("geojson", null);
                RouteExports.writeGeoJson(List.of(report, builder.route(plan, !planned, options.placeKm(),
                        planner.networkName())), f); // both variants
                (asJson ? err : out).println(text.get("summary.wrote", f.toString()));
            }
            if (args.option("csv") != null) {
                Path f = args.path("csv", null);
                RouteExports.writeCommitmentsCsv(report, f);
                (asJson ? err : out).println(text.get("summary.wrote", f.toString()));
            }
            if (args.option("pdf") != null) {
                Path f = args.path("pdf", null);
                SummaryPdf.write(report, c, f, landscape);
                (asJson ? err : out).println(text.get("summary.wrote", f.toString()));
            }
        } catch (IOException e) {
            err.println("summary: " + text.get("summary.cannotWrite", e.getMessage()));
            status = 1;
        }
        return status;
    }

    private Optional<PlaceResolver.End> resolve(PlaceResolver resolver, String option, String query) {
        PlaceResolver.Resolution r = resolver.resolve(query);
        if (r.found()) {
            return Optional.of(r.end());
        }
        boolean ambiguous = r.ambiguous();
        err.println("summary: " + text.get(ambiguous ? "summary.ambiguous" : "summary.unknownPlace", option,
                FilterOptions.elide(query)));
        r.candidates().forEach(e -> err.println("  " + e.name() + " [" + e.id() + "]"));
        err.println("summary: " + text.get("nothingWritten"));
        return Optional.empty();
    }
}
