package org.linkatlas.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.RecordType;
import org.linkatlas.edit.RecordTypes;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;

/**
 * {@code history [--record ID|TYPE:ID] [--store F]}: the changeset log, oldest first: when, who, why, and per
 * record the fields with old → new. With {@code --record} only the changesets that touched that record.
 */
final class HistoryCommand {
    private final CliText text;
    private final PrintStream out;
    private final PrintStream err;

    HistoryCommand(CliText text, PrintStream out, PrintStream err) {
        this.text = text;
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("record", "store"));
        String record = args.option("record");
        try (Database db = UserStoreAccess.open(args, text)) {
            EditStore store = new EditStore(db, Clock.systemUTC());
            List<RecordRef> refs = record == null ? List.of() : refs(record);
            List<Changeset> sets = new ArrayList<>();
            if (record == null) {
                sets.addAll(store.history(Optional.empty()));
            } else {
                refs.forEach(r -> sets.addAll(store.history(Optional.of(r))));
                sets.sort(java.util.Comparator.comparing(Changeset::time));
            }
            if (sets.isEmpty()) {
                out.println(record == null ? text.get("history.none") : text.get("history.noneTo", record));
            }
            for (Changeset cs : sets) {
                out.println(text.time(cs.time()) + "  " + cs.author() + "  " + cs.id()
                        + (cs.comment().isBlank() ? "" : "  \"" + cs.comment() + "\"")
                        + (cs.reverts() == null ? "" : "  " + text.get("history.reverts", cs.reverts())));
                for (RecordChange rc : cs.changes()) {
                    if (!refs.isEmpty() && !refs.contains(rc.ref())) {
                        continue;
                    }
                    out.println("  " + text.get("history.op." + rc.op().name().toLowerCase(java.util.Locale.ROOT)) + " " + rc.ref());
                    for (FieldChange f : rc.fields()) {
                        out.println("    " + f.field() + ": " + f.oldJson() + " → " + f.newJson());
                    }
                }
            }
            return 0;
        } catch (StorageException | IllegalArgumentException e) {
            err.println("history: " + e.getMessage());
            return 1;
        }
    }

    /** "link:ql-10" names one record; "ql-10" any record of any type with that id. */
    private static List<RecordRef> refs(String record) {
        int colon = record.indexOf(':');
        if (colon > 0) {
            RecordTypes.named(record.substring(0, colon));
            return List.of(new RecordRef(record.substring(0, colon), record.substring(colon + 1)));
        }
        List<RecordRef> out = new ArrayList<>();
        for (RecordType<?> t : RecordTypes.all()) {
            out.add(new RecordRef(t.name(), record));
        }
        return out;
    }
}
