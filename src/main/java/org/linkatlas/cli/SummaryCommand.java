package org.linkatlas.cli;

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
import org.linkatlas.route.PlaceResolver;
import org.linkatlas.route.Route;
import org.linkatlas.route.RouteFinder;
import org.linkatlas.route.RouteSummary;
import org.linkatlas.route.RoutingNetwork;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;

/**
 * {@code summary --from A --to B [--planned] [--lang vi|en] [--store F]}: finds the shortest road route
 * over existing links and over existing plus planned links, and prints both totals and the segments of one
 * of them (today's by default, the planned variant with {@code --planned}). An unknown or ambiguous place
 * exits 1 listing the closest matches. {@code --pdf} is not implemented yet (exit 2).
 */
final class SummaryCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    SummaryCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(String[] argv) {
        List<String> rest = new ArrayList<>();
        boolean planned = false;
        for (String a : argv) {
            if (a.equals("--planned")) {
                planned = true; // a flag: Args wants a value after every option
            } else {
                rest.add(a);
            }
        }
        Args args = new Args(rest.toArray(String[]::new), 1, Set.of("from", "to", "lang", "store", "pdf"));
        if (args.option("pdf") != null) {
            throw new Args.UsageException("PDF export is not implemented yet");
        }
        if (args.option("from") == null || args.option("to") == null || !args.positional().isEmpty()) {
            throw new Args.UsageException("needs --from A --to B");
        }
        String lang = args.option("lang") == null ? "vi" : args.option("lang");
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new Args.UsageException("--lang is vi or en");
        }
        Path storePath = args.path("store", AppPaths.bundledStore());
        Catalogue c;
        try (Database db = Database.openReadOnly(storePath)) {
            c = new CatalogueStore(db).read();
        } catch (StorageException e) {
            err.println("summary: " + e.getMessage());
            return 1;
        }
        PlaceResolver resolver = new PlaceResolver(c);
        Optional<PlaceResolver.End> from = resolve(resolver, "--from", args.option("from"));
        Optional<PlaceResolver.End> to = resolve(resolver, "--to", args.option("to"));
        if (from.isEmpty() || to.isEmpty()) {
            return 1;
        }
        RoutingNetwork today = RoutingNetwork.build(c.links(), RoutingNetwork.Variant.EXISTING);
        RoutingNetwork promised = RoutingNetwork.build(c.links(), RoutingNetwork.Variant.WITH_PLANNED);
        Optional<Route> existing = new RouteFinder(today).find(from.get().lon(), from.get().lat(), to.get().lon(), to.get().lat());
        Optional<Route> withPlanned = new RouteFinder(promised).find(from.get().lon(), from.get().lat(), to.get().lon(), to.get().lat());
        out.print(new RouteSummary(c, new LinkFacts(c), clock, lang).text(from.get(), to.get(), existing, withPlanned, planned));
        if (existing.isEmpty() || withPlanned.isEmpty()) {
            for (PlaceResolver.End e : List.of(from.get(), to.get())) {
                if (promised.nodeForPlace(e.lon(), e.lat()) < 0) {
                    out.printf(lang.equals("en") ? "%s is more than %.0f km from every road link.%n"
                            : "%s cách mọi tuyến đường bộ hơn %.0f km.%n", e.name(), promised.options().placeKm());
                } else if (existing.isEmpty() && today.nodeForPlace(e.lon(), e.lat()) < 0) {
                    out.printf(lang.equals("en") ? "%s is more than %.0f km from every existing road link.%n"
                            : "%s cách mọi tuyến đường bộ hiện có hơn %.0f km.%n", e.name(), today.options().placeKm());
                }
            }
        }
        return 0;
    }

    private Optional<PlaceResolver.End> resolve(PlaceResolver resolver, String option, String query) {
        PlaceResolver.Resolution r = resolver.resolve(query);
        if (r.found()) {
            return Optional.of(r.end());
        }
        boolean ambiguous = r.ambiguous();
        err.println("summary: " + option + " \"" + query + "\" " + (ambiguous ? "is ambiguous; it matches:" : "is not a known place; closest:"));
        r.candidates().forEach(e -> err.println("  " + e.name() + " [" + e.id() + "]"));
        return Optional.empty();
    }
}
