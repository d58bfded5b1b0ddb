package org.linkatlas.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerChangeset;
import org.linkatlas.storage.pg.SharedChangesets;

/**
 * The protocol's core between a planner's changesets and the office's shared store: push mine in one server
 * transaction (all land, or none and the conflicts are returned), pull the others' after the last seq I have.
 * This column-level protocol predates the local changeset log; the product's Synchronise is {@link StoreSync}
 * (decision 0015), and this one stays for the load benchmark {@code bench-sync} and its tests. Same threading as its {@link PgStore}: a background thread, never the
 * JavaFX thread.
 */
public final class ServerSync {
    private final SharedChangesets log;

    public ServerSync(PgStore server) {
        this.log = new SharedChangesets(server);
    }

    /**
     * The outcome of a push.
     *
     * @param landed     my changesets the server took now, by id, with the seq it gave each
     * @param duplicates my changesets the server had already (an earlier push whose answer was lost)
     * @param conflicts  when not empty, nothing of the push landed
     */
    public record PushOutcome(Map<UUID, Long> landed, List<UUID> duplicates, List<Conflict> conflicts) {
        public boolean succeeded() {
            return conflicts.isEmpty();
        }
    }

    /** A changeset pulled from the server, with the seq the server gave it. */
    public record Pulled(long seq, UUID id, String author, Instant createdAt, String comment,
                         List<RecordChange> changes) implements Changeset {
    }

    public PushOutcome push(List<? extends Changeset> mine) {
        List<ServerChangeset> out = new ArrayList<>();
        for (Changeset c : mine) {
            List<ServerChangeset.Change> changes = new ArrayList<>();
            for (RecordChange r : c.changes()) {
                changes.add(new ServerChangeset.Change(r.table(), r.recordId(), r.operation().name().toLowerCase(Locale.ROOT),
                        r.baseVersion(), r.oldValues(), r.newValues()));
            }
            out.add(new ServerChangeset(0, c.id(), c.author(), c.createdAt(), c.comment(), changes));
        }
        ServerChangeset.PushResult r = log.push(out);
        List<Conflict> conflicts = new ArrayList<>();
        for (ServerChangeset.Conflict k : r.conflicts()) {
            conflicts.add(new Conflict(k.changeset(), k.change().table(), k.change().recordId(), k.change().oldValues(),
                    k.change().newValues(), k.serverValues(), k.serverVersion()));
        }
        return new PushOutcome(r.accepted(), r.duplicates(), conflicts);
    }

    /** Changesets after {@code afterSeq}, oldest first, at most {@code limit}; the caller skips its own ids. */
    public List<Pulled> pull(long afterSeq, int limit) {
        List<Pulled> out = new ArrayList<>();
        for (ServerChangeset s : log.pull(afterSeq, limit)) {
            List<RecordChange> changes = new ArrayList<>();
            for (ServerChangeset.Change c : s.changes()) {
                changes.add(new RecordChange(c.table(), c.recordId(),
                        RecordChange.Operation.valueOf(c.operation().toUpperCase(Locale.ROOT)), c.baseVersion(),
                        c.oldValues(), c.newValues()));
            }
            out.add(new Pulled(s.seq(), s.uuid(), s.author(), s.createdAt(), s.comment(), changes));
        }
        return out;
    }

    public long latestSeq() {
        return log.latestSeq();
    }
}
