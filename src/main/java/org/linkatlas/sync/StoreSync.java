package org.linkatlas.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkatlas.edit.ChangesetApplier;
import org.linkatlas.edit.Conflict;
import org.linkatlas.edit.EditStore;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.SourceDocument;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.SharedLog;

/**
 * Synchronise: a planner's local store and the office's shared store exchange the changesets each lacks, in one
 * server transaction (decision 0015). Pulled changesets join the local log (so the catalogue shows them and a
 * bundle upgrade replays them); mine go to the server unless another planner changed the same field since I last
 * synchronised — a push against a newer version of the record — and I have not chosen mine or theirs: such a
 * changeset is left out whole and its conflicts listed, nothing lost (it waits in my log). The server's
 * transaction commits first and only then is the local log written, so a sync cut off on the way leaves both sides
 * as they were. Confined to the thread that owns the local {@link EditStore} and the {@link PgStore}; never the
 * JavaFX thread.
 */
public final class StoreSync {
    private final PgStore server;
    private final EditStore local;

    public StoreSync(PgStore server, EditStore local) {
        this.server = server;
        this.local = local;
    }

    /**
     * A field both I and another planner changed: the value I started from, mine, and the server's now.
     *
     * @param replay the same conflict as the local catalogue lists it (the pulled changeset's), for
     *               {@link EditStore#choose}: "theirs" there keeps mine, "mine" there takes theirs; null when the
     *               local replay found none to choose on
     */
    public record FieldConflict(RecordRef ref, String field, String base, String mine, String theirs,
                                String theirAuthor, long baseVersion, long serverVersion, Conflict replay) {
    }

    /** One of my changesets that stayed home, with why. */
    public record Held(Changeset changeset, List<FieldConflict> conflicts, boolean afterAnotherHeld) {
    }

    /** A pulled changeset that cannot be applied over this store (its records are not here), with why. */
    public record Skipped(Changeset changeset, String reason) {
    }

    /**
     * What a sync did.
     *
     * @param notAllowed my changesets not sent because the login may only read (they wait in my log)
     * @param catalogue  the local catalogue after the sync, as the next opening shows it
     * @param latestSeq  the server log's newest seq when the sync committed (a window stops counting there)
     * @param tablesBehind records pushed whose rows the server's tables (QGIS's layers) could not take: their
     *                   changes are in the shared log all the same, but the tables show them as they were
     */
    public record Outcome(List<Changeset> pushed, List<Changeset> pulled, List<Held> held, List<Skipped> skipped,
                          List<Changeset> notAllowed, Catalogue catalogue, List<Conflict> openConflicts,
                          long latestSeq, List<RecordRef> tablesBehind) {
        public boolean nothingHappened() {
            return pushed.isEmpty() && pulled.isEmpty();
        }
    }

    public Outcome run() {
        EditStore.Loaded loaded = local.load();
        List<Changeset> log = local.log().all();
        ChangesetApplier.Choices choices = local.choices();
        boolean canEdit = server.canEdit();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < log.size(); i++) {
            position.put(log.get(i).id(), i);
        }
        List<SourceDocument> myDocs = local.documents(); // read once, not again under the server's push lock
        Set<String> localDocs = new HashSet<>();
        myDocs.forEach(d -> localDocs.add(d.id()));
        record Exchange(List<Changeset> pushed, List<Changeset> pulled, List<Held> held, List<Skipped> skipped,
                        List<SourceDocument> newDocs, List<Changeset> mine, long latestSeq, List<RecordRef> tablesBehind) {
        }
        // first, without the lock, what the server has that this store lacks (the bulk after a long absence); the
        // locked transaction then reads only what landed since, so others' syncs wait less
        SharedLog shared = new SharedLog(server);
        record Prefetch(Set<String> ids, List<Changeset> theirs, List<SourceDocument> docs) {
        }
        Prefetch pre = shared.inSnapshot("read the shared log", s -> {
            Map<String, Long> ids = s.ids();
            return new Prefetch(ids.keySet(), s.read(ids.keySet().stream().filter(id -> !position.containsKey(id)).toList()),
                    s.documents());
        });
        Catalogue[] working = {EditStore.withDocuments(loaded.catalogue(), pre.docs())};
        List<Conflict> open = new ArrayList<>(loaded.conflicts());
        List<Changeset> pulled = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        apply(pre.theirs(), working, choices, open, pulled, skipped);
        Exchange x = shared.inSync("synchronise", s -> {
            Map<String, Long> onServer = s.ids();
            long[] latest = {onServer.values().stream().mapToLong(Long::longValue).max().orElse(0)};
            List<String> missing = onServer.keySet().stream()
                    .filter(id -> !position.containsKey(id) && !pre.ids().contains(id)).toList();
            List<SourceDocument> serverDocs = s.documents();
            working[0] = EditStore.withDocuments(working[0], serverDocs);
            apply(s.read(missing), working, choices, open, pulled, skipped);
            List<Changeset> mine = log.stream().filter(cs -> !onServer.containsKey(cs.id())).toList();
            List<Changeset> pushed = new ArrayList<>();
            List<Held> held = new ArrayList<>();
            List<RecordRef> behind = new ArrayList<>();
            if (canEdit && !mine.isEmpty()) {
                Rebase rebase = new Rebase(log, position, onServer, pulled, choices, open);
                Set<RecordRef> refs = new HashSet<>();
                mine.forEach(cs -> cs.changes().forEach(rc -> refs.add(rc.ref())));
                Map<RecordRef, Long> versions = new HashMap<>(s.versions(refs));
                Set<RecordRef> blocked = new HashSet<>();
                for (Changeset m : mine) {
                    boolean after = m.changes().stream().anyMatch(rc -> blocked.contains(rc.ref()));
                    List<FieldConflict> conflicts = new ArrayList<>();
                    List<RecordChange> out = new ArrayList<>();
                    for (RecordChange rc : m.changes()) {
                        rebase.change(m, rc, versions.getOrDefault(rc.ref(), 1L), conflicts).ifPresent(out::add);
                    }
                    if (after || !conflicts.isEmpty()) {
                        held.add(new Held(m, conflicts, after && conflicts.isEmpty()));
                        m.changes().forEach(rc -> blocked.add(rc.ref()));
                        continue;
                    }
                    latest[0] = Math.max(latest[0], s.append(new Changeset(m.id(), m.author(), m.time(), m.comment(), m.reverts(), out)));
                    out.forEach(rc -> versions.merge(rc.ref(), 1L, Long::sum));
                    pushed.add(m);
                }
                if (!pushed.isEmpty()) {
                    behind.addAll(refreshRecords(s, working[0], pushed, blocked));
                    Set<String> there = new HashSet<>();
                    serverDocs.forEach(d -> there.add(d.id()));
                    myDocs.stream().filter(d -> !there.contains(d.id())).forEach(s::keep);
                }
            }
            List<SourceDocument> newDocs = serverDocs.stream().filter(d -> !localDocs.contains(d.id())).toList();
            return new Exchange(pushed, pulled, held, skipped, newDocs, mine, latest[0], behind);
        });
        if (!x.pulled().isEmpty() || !x.newDocs().isEmpty()) {
            local.appendPulled(x.pulled(), x.newDocs()); // only after the server committed
        }
        EditStore.Loaded after = local.load();
        return new Outcome(x.pushed(), x.pulled(), x.held(), x.skipped(), canEdit ? List.of() : x.mine(),
                after.catalogue(), after.conflicts(), x.latestSeq(), x.tablesBehind());
    }

    /**
     * The server's rows of the records my pushed changesets touched, of every type, are rewritten from this store's
     * catalogue (which now holds the server's state of them, except where a held changeset of mine touches them too:
     * those stay), so the server's tables — QGIS's layer among them — follow; through a temporary SQLite store,
     * which {@code CatalogueStore} writes as the build does.
     */
    private static List<RecordRef> refreshRecords(SharedLog.Session s, Catalogue catalogue, List<Changeset> pushed, Set<RecordRef> held) {
        Set<RecordRef> records = new java.util.LinkedHashSet<>();
        pushed.forEach(cs -> cs.changes().stream().map(RecordChange::ref).filter(r -> !held.contains(r)).forEach(records::add));
        if (records.isEmpty()) {
            return List.of();
        }
        java.nio.file.Path temp = null;
        try {
            temp = java.nio.file.Files.createTempFile("link-atlas-sync", ".sqlite");
            java.nio.file.Files.delete(temp);
            try (org.linkatlas.storage.Database db = org.linkatlas.storage.Database.open(temp)) {
                new org.linkatlas.storage.CatalogueStore(db).write(catalogue, List.of());
            }
            return s.refreshRecords(temp, records);
        } catch (java.io.IOException e) {
            throw new org.linkatlas.storage.StorageException("cannot write a temporary store for the server's tables: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                    try {
                        java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(temp + suffix));
                    } catch (java.io.IOException ignored) {
                        // the system's temporary folder is cleaned anyway
                    }
                }
            }
        }
    }

    /** Applies pulled changesets over the working catalogue in memory; one that does not fit here is skipped. */
    private static void apply(List<Changeset> theirs, Catalogue[] working, ChangesetApplier.Choices choices,
                              List<Conflict> open, List<Changeset> pulled, List<Skipped> skipped) {
        for (Changeset cs : theirs) {
            try {
                ChangesetApplier.Result r = ChangesetApplier.applyAll(working[0], List.of(cs), choices);
                working[0] = r.catalogue();
                open.addAll(r.conflicts());
                pulled.add(cs);
            } catch (IllegalArgumentException e) {
                skipped.add(new Skipped(cs, e.getMessage()));
            }
        }
    }
}
