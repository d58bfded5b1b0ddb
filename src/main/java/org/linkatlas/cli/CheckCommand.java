package org.linkatlas.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkatlas.AppPaths;
import org.linkatlas.catalogue.CatalogueException;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.catalogue.CatalogueValidator;
import org.linkatlas.model.Catalogue;
import org.linkatlas.route.NetworkCheck;
import org.linkatlas.route.ContextRoads;
import org.linkatlas.route.RoutingNetwork;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;
import org.linkatlas.storage.StoreStatistics;

/**
 * {@code check}: validates a store (SQLite integrity, foreign keys, schema version, and every catalogue rule
 * over what the store holds) and, when found, the catalogue files, and that both hold the same records.
 * Prints counts by kind, physical state, status and province; interventions by current stage, events and results;
 * commitments by role and topic; links of unknown location and links that no commitment or result names.
 * Exit 1 on any problem.
 */
final class CheckCommand {
    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("store", "data", "seeds")).noPositional();
        if (org.linkatlas.storage.pg.ServerAddress.looksLikeOne(args.option("store"))) {
            return new ServerCheckCommand(out, err).run(argv, args.option("store"));
        }
        Path storePath = args.path("store", AppPaths.bundledStore());
        Path data = args.path("data", Path.of("data"));
        Path seeds = args.path("seeds", Path.of("seeds"));
        boolean explicitCatalogue = args.option("data") != null;
        List<String> problems = new ArrayList<>();
        out.println("store: " + storePath);
        Catalogue stored = null;
        try (Database db = Database.openReadOnly(storePath)) {
            problems.addAll(db.integrityProblems());
            if (db.schemaVersion() != Database.CURRENT_VERSION) {
                problems.add("store schema version " + db.schemaVersion() + ", expected " + Database.CURRENT_VERSION);
            }
            stored = new CatalogueStore(db).read();
            new CatalogueValidator().validate(stored).forEach(p -> problems.add("store: " + p));
            printCounts(new StoreStatistics(db));
            printNetwork(stored);
        } catch (StorageException e) {
            problems.add(e.getMessage());
        }
        if (explicitCatalogue || (Files.isDirectory(data.resolve("catalogue")) && Files.isDirectory(seeds))) {
            out.println("catalogue: " + data.toAbsolutePath().normalize() + " with seeds " + seeds.toAbsolutePath().normalize());
            try {
                Catalogue files = new CatalogueReader().read(data, seeds);
                new CatalogueValidator().validate(files).forEach(p -> problems.add("catalogue: " + p));
                if (stored != null) {
                    compare(files, stored, problems);
                }
            } catch (CatalogueException e) {
                problems.add(e.getMessage());
            }
        }
        if (problems.isEmpty()) {
            out.println("check: OK");
            return 0;
        }
        problems.forEach(p -> err.println("problem: " + p));
        err.println("check: " + problems.size() + " problem(s)");
        return 1;
    }

    /** A store built from older files than the ones on disk is stale: say so rather than pass. */
    private static void compare(Catalogue files, Catalogue store, List<String> problems) {
        String[] names = {"seeds", "provinces", "parties", "places", "agreements", "links", "commitments", "results",
            "interventions", "events"};
        int[] a = counts(files);
        int[] b = counts(store);
        for (int i = 0; i < names.length; i++) {
            if (a[i] != b[i]) {
                problems.add("the store holds " + b[i] + " " + names[i] + " but the catalogue files " + a[i]
                        + ": rebuild with ./mvnw package");
            }
        }
    }

    private static int[] counts(Catalogue c) {
        return new int[] {c.seeds().size(), c.provinces().size(), c.parties().size(), c.places().size(),
            c.agreements().size(), c.links().size(), c.commitments().size(), c.results().size(),
            c.interventions().size(), c.interventions().stream().mapToInt(i -> i.events().size()).sum()};
    }

    private void printCounts(StoreStatistics stats) {
        StringBuilder totals = new StringBuilder();
        stats.totals().forEach((k, v) -> totals.append(totals.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
        out.println("totals: " + totals);
        print("links by kind", stats.linksByKind());
        print("links by physical state", stats.linksByState());
        print("links by status (derived from state and interventions)", stats.linksByStatus());
        print("interventions by current stage", stats.interventionsByStage());
        print("commitments by role", stats.commitmentsByRole());
        print("commitments by topic", stats.commitmentsByTopic());
        print("links by province at signing", stats.linksByProvinceAtSigning());
        print("links by province since 1 July 2025", stats.linksByProvinceToday());
        print("commitments by agreement", stats.commitmentsByAgreement());
        out.println("links of unknown location (listed and searchable, not drawn): " + stats.linksWithoutLocation());
        Map<String, String> unnamed = stats.linksNamedByNothing();
        out.println("links no commitment or result names: " + unnamed.size());
        unnamed.forEach((id, name) -> out.println("  " + id + " (" + name + ")"));
    }

    /**
     * Informational, never a problem: the catalogue holds the links agreements name, not every road, so
     * pieces that join nothing are expected; the basemap's context roads join many of them.
     */
    private void printNetwork(Catalogue c) {
        List<org.linkatlas.model.Link> context = List.of();
        try {
            context = ContextRoads.read(AppPaths.basemapDir());
        } catch (java.io.IOException e) {
            out.println("context roads: not read (" + e.getMessage() + ")");
        }
        RoutingNetwork.Options options = RoutingNetwork.Options.DEFAULT;
        RoutingNetwork links = RoutingNetwork.build(c.links(), RoutingNetwork.Variant.WITH_PLANNED, options);
        List<NetworkCheck.Piece> isolated = NetworkCheck.isolated(links);
        out.println("road network pieces that join nothing else (the catalogue's links alone): " + isolated.size());
        isolated.forEach(p -> out.println("  " + String.join(", ", p.linkIds())));
        if (!context.isEmpty()) {
            RoutingNetwork all = RoutingNetwork.build(c.links(), context, RoutingNetwork.Variant.WITH_PLANNED, options);
            List<NetworkCheck.Piece> still = NetworkCheck.isolated(all);
            out.println("... with the basemap's " + context.size() + " context roads: " + still.size());
            still.forEach(p -> out.println("  " + String.join(", ", p.linkIds())));
        }
        List<org.linkatlas.model.Link> notRouted = RoutingNetwork.notRouted(c.links(), options);
        out.println("road links not routed over (position uncertain by more than "
                + options.maxUncertaintyKm() + " km): " + notRouted.size());
        notRouted.forEach(l -> out.println("  " + l.id() + " (±" + l.accuracyKm() + " km)"));
    }

    private void print(String title, Map<String, Integer> counts) {
        out.println(title + ":");
        counts.forEach((k, v) -> out.printf("  %-36s %4d%n", k, v));
    }
}
