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
    private final PrintStream out;
    private final PrintStream err;

    SyncCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("store", "server", "keep"));
        String keep = args.option("keep");
        if (keep != null && !keep.equals("mine") && !keep.equals("theirs")) {
            throw new Args.UsageException("--keep takes mine or theirs");
        }
        String serverText = args.option("server");
        if (serverText == null || !args.positional().isEmpty()) {
            throw new Args.UsageException("give the shared store with --server postgresql://host[:port]/database?user=name");
        }
        ServerAddress address = ServerLogin.address(serverText);
        try (Database db = UserStoreAccess.open(args); PgStore server = ServerLogin.connect(address, err)) {
            out.println("server: " + address);
            EditStore edits = new EditStore(db, Clock.systemUTC());
            StoreSync.Outcome o = new StoreSync(server, edits).run();
            List<StoreSync.FieldConflict> settleable = o.held().stream().flatMap(h -> h.conflicts().stream())
                    .filter(c -> c.replay() != null).toList();
            if (keep != null && !settleable.isEmpty()) {
                for (StoreSync.FieldConflict c : settleable) {
                    // the replay's conflict is the pulled changeset's: its "theirs" is the value found here, mine
                    edits.choose(c.replay(), keep.equals("mine") ? "theirs" : "mine");
                }
                out.println("kept " + keep + " for " + settleable.size() + (settleable.size() == 1 ? " field" : " fields")
                        + "; synchronising again");
                StoreSync.Outcome first = o;
                o = new StoreSync(server, edits).run();
                o = new StoreSync.Outcome(o.pushed(), concat(first.pulled(), o.pulled()), o.held(), o.skipped(),
                        o.notAllowed(), o.catalogue(), o.openConflicts(), o.latestSeq(),
                        concat(first.tablesBehind(), o.tablesBehind()));
            }
            if (o.nothingHappened() && o.held().isEmpty() && o.skipped().isEmpty() && o.notAllowed().isEmpty()
                    && o.tablesBehind().isEmpty()) {
                out.println("already in step: nothing to push, nothing to pull");
                return 0;
            }
            list("pushed", o.pushed());
            list("pulled", o.pulled());
            for (StoreSync.Held h : o.held()) {
                out.println("not pushed " + describe(h.changeset()) + (h.afterAnotherHeld()
                        ? ": it changes a record that a changeset held back before it changes too" : ":"));
                for (StoreSync.FieldConflict c : h.conflicts()) {
                    boolean whole = c.field().equals("*"); // one side deleted the record, the other changed these fields
                    out.println("  conflict " + c.ref().type() + ":" + c.ref().id() + " · " + (whole ? "the whole record" : c.field())
                            + " (edited on version " + c.baseVersion() + ", the server has version " + c.serverVersion() + " by "
                            + c.theirAuthor() + "): " + (whole ? "mine " + side(c.mine()) + ", theirs " + side(c.theirs())
                            : "mine " + c.base() + " → " + c.mine() + ", theirs " + c.theirs()));
                }
            }
            if (!o.held().isEmpty()) {
                out.println("choose mine or theirs for each conflict in the window (File → Synchronise), or sync again with"
                        + " --keep mine or --keep theirs; until then the server's value shows and yours waits in this store");
            }
            if (!o.notAllowed().isEmpty()) {
                out.println("not pushed " + o.notAllowed().size() + ": the user " + address.user()
                        + " may only read the shared store; an administrator can make it an editor: GRANT link_atlas_editor TO "
                        + address.user() + ";");
            }
            for (StoreSync.Skipped s : o.skipped()) {
                out.println("not pulled " + describe(s.changeset()) + ": " + s.reason());
            }
            for (RecordRef r : o.tablesBehind()) {
                out.println("the server's tables could not take " + r.type() + ":" + r.id() + " (QGIS shows it as it was;"
                        + " the change is in the shared log)");
            }
            return o.held().isEmpty() && o.skipped().isEmpty() && o.notAllowed().isEmpty() ? 0 : 1;
        } catch (StorageException | IllegalArgumentException e) {
            err.println("sync: " + e.getMessage());
            err.println("sync: nothing was exchanged; both stores are as they were");
            return 1;
        }
    }

    /** One side of a whole-record conflict: deleted, or the fields it changed. */
    private static String side(String json) {
        return json.equals("null") ? "deleted" : "changed " + json;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private void list(String what, List<Changeset> sets) {
        out.println(what + " " + sets.size());
        for (Changeset cs : sets) {
            out.println("  " + describe(cs));
        }
    }

    private static String describe(Changeset cs) {
        return cs.id() + " (" + cs.author() + ", " + cs.time() + ", \"" + cs.comment() + "\", " + cs.changes().size()
                + (cs.changes().size() == 1 ? " record)" : " records)");
    }
}
