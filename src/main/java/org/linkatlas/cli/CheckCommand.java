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
    private final CliText text;
    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(CliText text, PrintStream out, PrintStream err) {
        this.text = text;
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("store", "data", "seeds")).noPositional();
        if (org.linkatlas.storage.pg.ServerAddress.looksLikeOne(args.option("store"))) {
            return new ServerCheckCommand(text, out, err).run(argv, args.option("store"));
        }
        Path storePath = args.path("store", AppPaths.bundledStore());
        Path data = args.path("data", Path.of("data"));
        Path seeds = args.path("seeds", Path.of("seeds"));
        boolean explicitCatalogue = args.option("data") != null;
        List<String> problems = new ArrayList<>();
        out.println(text.get("check.store", storePath.toString()));
        Catalogue stored = null;
        try (Database db = Database.openReadOnly(storePath)) {
            problems.addAll(db.integrityProblems());
            if (db.schemaVersion() != Database.CURRENT_VERSION) {
                problems.add(text.get("check.schema", String.valueOf(db.schemaVersion()), String.valueOf(Database.CURRENT_VERSION)));
            }
            stored = new CatalogueStore(db).read();
            new CatalogueValidator().validate(stored, text.messages()).forEach(p -> problems.add(text.get("check.inStore", p)));
            printCounts(new StoreStatistics(db));
            printNetwork(stored);
        } catch (StorageException e) {
            problems.add(e.getMessage());
        }
        if (explicitCatalogue || (Files.isDirectory(data.resolve("catalogue")) && Files.isDirectory(seeds))) {
            out.println(text.get("check.catalogue", data.toAbsolutePath().normalize().toString(),
                    seeds.toAbsolutePath().normalize().toString()));
            try {
                Catalogue files = new CatalogueReader().read(data, seeds);
                new CatalogueValidator().validate(files, text.messages()).forEach(p -> problems.add(text.get("check.inCatalogue", p)));
                if (stored != null) {
                    compare(files, stored, problems);
                }
            } catch (CatalogueException e) {
                problems.add(e.getMessage());
            }
        }
        if (problems.isEmpty()) {
            out.println(text.get("check.ok"));
            return 0;
        }
        problems.forEach(p -> err.println(text.get("check.problem", p)));
        err.println(text.get("check.problems", problems.size()));
        return 1;
    }

    /** A store built from older files than the ones on disk is stale: say so rather than pass. */
    private void compare(Catalogue files, Catalogue store, List<String> problems) {
        String[] names = {"seed", "province", "party", "place", "agreement", "link", "commitment", "result",
            "intervention", "progress_event"}; // the store's tables, as in its totals
        int[] a = counts(files);
        int[] b = counts(store);
        for (int i = 0; i < names.length; i++) {
            if (a[i] != b[i]) {
                problems.add(text.get("check.stale", b[i], text.get("check.what." + names[i]), a[i]));
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
        stats.totals().forEach((k, v) -> totals.append(totals.length() == 0 ? "" : ", ")
                .append(text.number(v)).append(' ').append(text.get("check.what." + k)));
        out.println(text.get("check.totals", totals.toString()));
        print("byKind", labelled("kind.", stats.linksByKind()));
        print("byState", labelled("state.", stats.linksByState()));
        print("byStatus", labelled("status.", stats.linksByStatus()));
        print("byStage", labelled("stage.", stats.interventionsByStage()));
        print("byRole", labelled("code.role.", stats.commitmentsByRole()));
        print("byTopic", labelled("code.topic.", stats.commitmentsByTopic()));
        print("byProvinceAtSigning", text.byName(stats.linksByProvinceAtSigning()));
        print("byProvinceToday", text.byName(stats.linksByProvinceToday()));
        print("byAgreement", stats.commitmentsByAgreement());
        out.println(text.get("check.unlocated", stats.linksWithoutLocation()));
        Map<String, String> unnamed = stats.linksNamedByNothing();
        out.println(text.get("check.unnamed", unnamed.size()));
        unnamed.forEach((id, name) -> out.println("  " + id + " (" + name + ")"));
    }

    /**
     * Informational, never a problem: the catalogue holds the links agreements name, not every road, so
     * pieces that join nothing are expected; the basemap's context roads join many of them.
     */
    private void printNetwork(Catalogue c) {
        List<org.linkatlas.model.Link> context = List.of();
        try {
            context = org.linkatlas.route.BaseNetwork.bundled(AppPaths.networkDir()).roads();
        } catch (java.io.IOException | org.linkatlas.route.RoadNetworkException e) {
            out.println(text.get("check.networkUnread", e.getMessage()));
        }
        RoutingNetwork.Options options = RoutingNetwork.Options.DEFAULT;
        RoutingNetwork links = RoutingNetwork.build(c.links(), RoutingNetwork.Variant.WITH_PLANNED, options);
        List<NetworkCheck.Piece> isolated = NetworkCheck.isolated(links);
        out.println(text.get("check.isolated", isolated.size()));
        isolated.forEach(p -> out.println("  " + String.join(", ", p.linkIds())));
        if (!context.isEmpty()) {
            RoutingNetwork all = RoutingNetwork.build(c.links(), context, RoutingNetwork.Variant.WITH_PLANNED, options);
            List<NetworkCheck.Piece> still = NetworkCheck.isolated(all);
            out.println(text.get("check.isolatedWithContext", context.size(), still.size()));
            still.forEach(p -> out.println("  " + String.join(", ", p.linkIds())));
        }
        List<org.linkatlas.model.Link> notRouted = RoutingNetwork.notRouted(c.links(), options);
        out.println(text.get("check.notRouted", text.km(options.maxUncertaintyKm()), notRouted.size()));
        notRouted.forEach(l -> out.println("  " + l.id() + " (±" + text.km(l.accuracyKm()) + ")"));
    }

    private void print(String title, Map<String, Integer> counts) {
        out.println(text.get("check." + title) + ":");
        counts.forEach((k, v) -> out.printf("  %-36s %4s%n", k, text.number(v)));
    }

    /** Counts by code shown under the codes' labels in the run's language (the code itself when it has none). */
    private Map<String, Integer> labelled(String prefix, Map<String, Integer> counts) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        counts.forEach((code, n) -> out.merge(text.label(prefix, code), n, Integer::sum));
        return out;
    }
}
