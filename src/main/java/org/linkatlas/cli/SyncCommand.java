package org.linkatlas.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.linkatlas.edit.EditStore;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.RecordRef;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.sync.StoreSync;

/**
 * {@code sync --server postgresql://host[:port]/db?user=U [--store F]}: a planner's store and the office's shared
 * store exchange what each lacks, in one server transaction (decision 0015). Prints what went each way and any
 * conflicts; {@code --keep mine|theirs} settles the conflicts found that way and synchronises again; exit 1 when something stayed home (a conflict, a read-only login, a changeset that does not fit
 * here). Main thread.
 */
final class SyncCommand {
    private final CliText text;
    private final PrintStream out;
    private final PrintStream err;

    SyncCommand(CliText text, PrintStream out, PrintStream err) {
        this.text = text;
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("store", "server", "keep"));
        String keep = args.option("keep");
        if (keep != null && !keep.equals("mine") && !keep.equals("theirs")) {
            throw new Args.UsageException("sync.keep", FilterOptions.elide(keep));
        }
        String serverText = args.option("server");
        if (serverText == null || !args.positional().isEmpty()) {
            throw new Args.UsageException("sync.give");
        }
        ServerAddress address = ServerLogin.address(serverText);
        try (Database db = UserStoreAccess.open(args, text); PgStore server = ServerLogin.connect(address, err, text)) {
            out.println(text.get("sync.server", address.toString()));
            EditStore edits = new EditStore(db, Clock.systemUTC());
            StoreSync.Outcome o = new StoreSync(server, edits).run();
            List<StoreSync.FieldConflict> settleable = o.held().stream().flatMap(h -> h.conflicts().stream())
                    .filter(c -> c.replay() != null).toList();
            if (keep != null && !settleable.isEmpty()) {
                for (StoreSync.FieldConflict c : settleable) {
                    // the replay's conflict is the pulled changeset's: its "theirs" is the value found here, mine
                    edits.choose(c.replay(), keep.equals("mine") ? "theirs" : "mine");
                }
                out.println(text.get(keep.equals("mine") ? "sync.keptMine" : "sync.keptTheirs", settleable.size()));
                StoreSync.Outcome first = o;
                o = new StoreSync(server, edits).run();
                o = new StoreSync.Outcome(o.pushed(), concat(first.pulled(), o.pulled()), o.held(), o.skipped(),
                        o.notAllowed(), o.catalogue(), o.openConflicts(), o.latestSeq(),
                        concat(first.tablesBehind(), o.tablesBehind()));
            }
            if (o.nothingHappened() && o.held().isEmpty() && o.skipped().isEmpty() && o.notAllowed().isEmpty()
                    && o.tablesBehind().isEmpty()) {
                out.println(text.get("sync.inStep"));
                return 0;
            }
            list("sync.pushed", o.pushed());
            list("sync.pulled", o.pulled());
            for (StoreSync.Held h : o.held()) {
                out.println(text.get(h.afterAnotherHeld() ? "sync.heldAfter" : "sync.held", describe(h.changeset())));
                for (StoreSync.FieldConflict c : h.conflicts()) {
                    boolean whole = c.field().equals("*"); // one side deleted the record, the other changed these fields
                    out.println("  " + text.get("sync.conflict", c.ref().type() + ":" + c.ref().id(),
                            whole ? text.get("sync.wholeRecord") : c.field(), String.valueOf(c.baseVersion()),
                            String.valueOf(c.serverVersion()), c.theirAuthor(), whole
                                    ? text.get("sync.sides", side(c.mine()), side(c.theirs()))
                                    : text.get("sync.sides", c.base() + " → " + c.mine(), c.theirs())));
                }
            }
            if (!o.held().isEmpty()) {
                out.println(text.get("sync.choose"));
            }
            if (!o.notAllowed().isEmpty()) {
                out.println(text.get("sync.notAllowed", o.notAllowed().size(), address.user()));
            }
            for (StoreSync.Skipped s : o.skipped()) {
                out.println(text.get("sync.notPulled", describe(s.changeset()), s.reason()));
            }
            for (RecordRef r : o.tablesBehind()) {
                out.println(text.get("sync.behind", r.type() + ":" + r.id()));
            }
            return o.held().isEmpty() && o.skipped().isEmpty() && o.notAllowed().isEmpty() ? 0 : 1;
        } catch (StorageException | IllegalArgumentException e) {
            err.println("sync: " + (e instanceof StorageException s ? ServerLogin.problem(s, address, text) : e.getMessage()));
            err.println("sync: " + text.get("sync.nothingExchanged"));
            return 1;
        }
    }

    /** One side of a whole-record conflict: deleted, or the fields it changed. */
    private String side(String json) {
        return json.equals("null") ? text.get("sync.deleted") : text.get("sync.changed", json);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private void list(String key, List<Changeset> sets) {
        out.println(text.get(key, sets.size()));
        for (Changeset cs : sets) {
            out.println("  " + describe(cs));
        }
    }

    private String describe(Changeset cs) {
        return text.get("changeset", cs.id(), cs.author(), text.time(cs.time()), cs.comment(), cs.changes().size());
    }
}
