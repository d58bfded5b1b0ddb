package org.linkatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.linkatlas.AppPaths;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.FieldJson;
import org.linkatlas.edit.RecordTypes;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.Link;
import org.linkatlas.model.LocalText;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.storage.pg.ServerInit;
import org.linkatlas.sync.StoreSync;
import org.linkatlas.testing.TestPostgres;

/**
 * Synchronise under load, the product's path (decision 0015): N planners' SQLite stores (default 20) each hold M
 * saved changesets (default 1,000; each changes the note of the planner's own link, a chain of old → new) and all
 * synchronise with the test server at once; then each synchronises once more to take in what the others pushed
 * after it. Checks: the server's log holds all N × M changesets (no update lost), no changeset was held, and every
 * store shows the same catalogue. Baseline in the same run: one planner alone synchronising M. Prints figures;
 * exits 1 when something was lost or a store diverged.
 * Run: {@code ./mvnw -q test-compile exec:exec@bench-storesync [-Dclients=20 -Dchangesets=1000]}.
 */
public final class StoreSyncBenchmark {
    private StoreSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 20);
        int changesets = Integer.getInteger("changesets", 1000);
        Path dir = Files.createTempDirectory("storesync-bench");
        Path bundle = AppPaths.bundledStore();

        ServerAddress base = TestPostgres.newDatabase("bench_storesync_base");
        init(base, bundle);
        Path alone = dir.resolve("alone.sqlite");
        prepare(bundle, alone, 0, changesets, "alone");
        long t0 = System.nanoTime();
        StoreSync.Outcome a = sync(base, alone);
        double baseSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("baseline: 1 planner alone, %d changesets pushed in one sync: %.2f s, %.0f changesets/s%n",
                a.pushed().size(), baseSeconds, a.pushed().size() / baseSeconds);

        ServerAddress db = TestPostgres.newDatabase("bench_storesync");
        init(db, bundle);
        List<Path> stores = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Path p = dir.resolve("planner-" + i + ".sqlite");
            prepare(bundle, p, i, changesets, "planner " + i);
            stores.add(p);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t1 = System.nanoTime();
        List<Future<StoreSync.Outcome>> first = new ArrayList<>();
        for (Path p : stores) {
            first.add(pool.submit(() -> sync(db, p)));
        }
        int pushed = 0;
        int held = 0;
        for (Future<StoreSync.Outcome> f : first) {
            StoreSync.Outcome o = f.get();
            pushed += o.pushed().size();
            held += o.held().size();
        }
        double firstSeconds = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        List<Future<StoreSync.Outcome>> second = new ArrayList<>();
        for (Path p : stores) {
            second.add(pool.submit(() -> sync(db, p)));
        }
        for (Future<StoreSync.Outcome> f : second) {
            held += f.get().held().size();
        }
        double secondSeconds = (System.nanoTime() - t2) / 1e9;
        pool.shutdown();

        long[] rows = serverRows(db);
        System.out.printf("%d planners × %d changesets, all synchronising at once: %.2f s, %.0f changesets/s, %.0f server rows/s"
                        + " (changeset + record + field); %.2f× the baseline's rate%n", clients, changesets, firstSeconds,
                pushed / firstSeconds, 3.0 * pushed / firstSeconds, (pushed / firstSeconds) / (a.pushed().size() / baseSeconds));
        System.out.printf("second round (each takes in the others' %d): %.2f s%n", pushed - changesets, secondSeconds);
        System.out.printf("server log: %d of %d changesets, %d field rows; held back: %d%n", rows[0],
                (long) clients * changesets, rows[1], held);
        Catalogue reference = catalogue(stores.get(0));
        int differ = 0;
        for (Path p : stores) {
            if (!catalogue(p).equals(reference)) {
                differ++;
            }
        }
        System.out.printf("stores whose catalogue differs from the first's: %d of %d%n", differ, clients);
        boolean ok = rows[0] == (long) clients * changesets && held == 0 && differ == 0;
        System.out.println(ok ? "OK: no update lost, every store converged" : "FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static void init(ServerAddress db, Path bundle) {
        try (PgStore admin = PgStore.connect(db, Optional.empty())) {
            ServerInit.run(admin, bundle);
        }
    }

    /** A planner's store with {@code count} saved changesets, each moving link {@code which}'s note one step on. */
    private static void prepare(Path bundle, Path store, int which, int count, String author) throws Exception {
        Files.copy(bundle, store, StandardCopyOption.REPLACE_EXISTING);
        try (Database d = Database.open(store)) {
            EditStore edits = new EditStore(d, java.time.Clock.systemUTC());
            Catalogue c = edits.load().catalogue();
            Link link = c.links().get(which % c.links().size());
            String old = FieldJson.write(RecordTypes.<Link>typed("link").fields(link).get("stateNote"));
            List<Changeset> sets = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                String now = FieldJson.write(FieldJson.local(LocalText.english(author + ", visit " + k)));
                sets.add(new Changeset(UUID.randomUUID().toString(), author, Instant.now(), "visit " + k, null,
                        List.of(new RecordChange(new RecordRef("link", link.id()), ChangeOp.MODIFY,
                                List.of(new FieldChange("stateNote", old, now))))));
                old = now;
            }
            edits.log().appendAll(sets); // what that many saves write
        }
    }

    private static StoreSync.Outcome sync(ServerAddress db, Path store) {
        try (Database d = Database.open(store); PgStore server = PgStore.connect(db, Optional.empty())) {
            return new StoreSync(server, new EditStore(d, java.time.Clock.systemUTC())).run();
        }
    }

    private static Catalogue catalogue(Path store) {
        try (Database d = Database.open(store)) {
            return new EditStore(d, java.time.Clock.systemUTC()).load().catalogue();
        }
    }

    private static long[] serverRows(ServerAddress db) throws Exception {
        try (Connection c = TestPostgres.connection(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM changeset), (SELECT count(*) FROM changeset_field)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }
}
