package org.linkatlas.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.storage.pg.ServerInit;
import org.linkatlas.sync.Changeset;
import org.linkatlas.sync.RecordChange;
import org.linkatlas.sync.ServerSync;
import org.linkatlas.testing.TestPostgres;

/**
 * N clients (default 20) each push M changesets (default 1,000) to the test server at once, each changing one
 * link's note; a conflict is resolved as "keep mine": pull, take the server's version, push again. Then every
 * client replays the whole log and must hold exactly what the server holds, and the log must hold all N × M
 * changesets (no update lost). The baseline, in the same run, is one client pushing M alone.
 * Prints figures; exits 1 when an update was lost or a client diverged.
 * Run: {@code ./mvnw -q test-compile exec:exec@bench-sync [-Dclients=20 -Dchangesets=1000]}.
 */
public final class SyncBenchmark {
    record Edit(UUID id, String author, Instant createdAt, String comment, List<RecordChange> changes) implements Changeset {
    }

    /** One planner's copy: the versions it knows, the last seq it has. */
    static final class Client {
        final String name;
        final Map<String, Long> versions = new HashMap<>();
        long seq;
        int conflicts;

        Client(String name, Map<String, Long> start, long seq) {
            this.name = name;
            this.versions.putAll(start);
            this.seq = seq;
        }

        void pull(ServerSync sync, Map<String, String> notes) {
            for (List<ServerSync.Pulled> page = sync.pull(seq, 1000); !page.isEmpty(); page = sync.pull(seq, 1000)) {
                for (ServerSync.Pulled p : page) {
                    for (RecordChange c : p.changes()) {
                        versions.put(c.recordId(), c.baseVersion() + 1);
                        if (notes != null) {
                            notes.put(c.recordId(), (String) c.newValues().get("status_note"));
                        }
                    }
                    seq = p.seq();
                }
            }
        }

        /** Pushes {@code count} edits; returns nothing, counts conflicts. */
        void run(ServerAddress server, List<String> links, int count, long seed) {
            Random rnd = new Random(seed);
            try (PgStore store = PgStore.connect(server, Optional.of("bench".toCharArray()))) {
                ServerSync sync = new ServerSync(store);
                for (int i = 0; i < count; i++) {
                    String link = links.get(rnd.nextInt(links.size()));
                    String note = name + " #" + i;
                    while (true) {
                        Edit e = new Edit(UUID.randomUUID(), name, Instant.now(), "bench",
                                List.of(RecordChange.update("link", link, versions.get(link), Map.of(), Map.of("status_note", note))));
                        ServerSync.PushOutcome o = sync.push(List.of(e));
                        if (o.succeeded()) {
                            versions.put(link, versions.get(link) + 1);
                            break;
                        }
                        conflicts++;
                        pull(sync, null);
                    }
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 20);
        int changesets = Integer.getInteger("changesets", 1000);
        ServerAddress admin = TestPostgres.newDatabase("bench");
        try (PgStore s = PgStore.connect(admin, Optional.empty())) {
            ServerInit.run(s, Path.of(System.getProperty("linkatlas.bundledStore", "target/link-atlas.sqlite")));
        }
        ServerAddress editor = TestPostgres.newLogin(admin, "bench", "bench", "link_atlas_editor");
        List<String> links = new ArrayList<>();
        Map<String, Long> start = new HashMap<>();
        try (Connection c = TestPostgres.connection(admin); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, version FROM link ORDER BY id")) {
            while (rs.next()) {
                links.add(rs.getString(1));
                start.put(rs.getString(1), rs.getLong(2));
            }
        }
        System.out.printf("server: PostgreSQL at %s:%d, %d links%n", admin.host(), admin.port(), links.size());

        // baseline: one client alone
        Client alone = new Client("alone", start, 0);
        long t0 = System.nanoTime();
        alone.run(editor, links, changesets, 1);
        double baseSeconds = (System.nanoTime() - t0) / 1e9;
        double baseRate = changesets / baseSeconds;
        System.out.printf("baseline, 1 client: %d changesets in %.2f s = %.0f changesets/s%n", changesets, baseSeconds, baseRate);

        List<Client> all = new ArrayList<>();
        long startSeq;
        try (PgStore s = PgStore.connect(editor, Optional.of("bench".toCharArray()))) {
            startSeq = new ServerSync(s).latestSeq();
        }
        for (int i = 0; i < clients; i++) {
            all.add(new Client("client" + i, alone.versions, startSeq));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t1 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client c = all.get(i);
            long seed = 100 + i;
            done.add(pool.submit(() -> c.run(editor, links, changesets, seed)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        pool.shutdown();
        int conflicts = all.stream().mapToInt(c -> c.conflicts).sum();
        long total = (long) clients * changesets;
        double rate = total / seconds;
        // each landed changeset writes 3 rows: the record, the changeset, its change
        System.out.printf("%d clients × %d changesets: %.2f s, %.0f changesets/s, %.0f server rows/s, %d conflicts resolved"
                + " (\"keep mine\", pushed again)%n", clients, changesets, seconds, rate, rate * 3, conflicts);
        System.out.printf("ratio to the baseline: %.2f× the one client's rate%n", rate / baseRate);

        // convergence: every client replays the log; each must hold what the server holds
        Map<String, String> serverNotes = new HashMap<>();
        long logged;
        try (Connection c = TestPostgres.connection(admin); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, status_note FROM link")) {
                while (rs.next()) {
                    serverNotes.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM shared_changeset WHERE author LIKE 'client%'")) {
                rs.next();
                logged = rs.getLong(1);
            }
        }
        long t2 = System.nanoTime();
        int diverged = 0;
        try (PgStore s = PgStore.connect(editor, Optional.of("bench".toCharArray()))) {
            ServerSync sync = new ServerSync(s);
            for (Client c : all) {
                Map<String, String> notes = new HashMap<>(); // the records the log touched, as this client replays them
                new Client(c.name, start, 0).pull(sync, notes);
                for (Map.Entry<String, String> n : notes.entrySet()) {
                    if (!n.getValue().equals(serverNotes.get(n.getKey()))) {
                        diverged++;
                    }
                }
            }
        }
        double pullSeconds = (System.nanoTime() - t2) / 1e9;
        System.out.printf("log: %d of %d changesets (lost: %d); %d clients replayed the whole log in %.2f s (%.2f s each),"
                + " %d records differ from the server%n", logged, total, total - logged, clients, pullSeconds,
                pullSeconds / clients, diverged);
        if (logged != total || diverged != 0) {
            System.exit(1);
        }
        System.exit(0);
    }
}
