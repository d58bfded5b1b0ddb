package org.linkatlas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.linkatlas.edit.ChangeExchange;
import org.linkatlas.edit.Conflict;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.Issue;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;

/**
 * {@code import-changes FILE [--store F]}: applies the file's changesets this store does not have; each one
 * whole or not at all. Lists what was left out and why; exit 1 when something was left out.
 */
final class ImportChangesCommand {
    private final CliText text;
    private final PrintStream out;
    private final PrintStream err;

    ImportChangesCommand(CliText text, PrintStream out, PrintStream err) {
        this.text = text;
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("store"));
        if (args.positional().size() != 1) {
            throw new Args.UsageException("changes.giveIn");
        }
        Path file = Path.of(args.positional().get(0));
        try (Database db = UserStoreAccess.open(args, text)) {
            EditStore store = new EditStore(db, Clock.systemUTC());
            ChangeExchange.ImportResult r = new ChangeExchange(db, store, Clock.systemUTC())
                    .importFile(file, store.load().catalogue());
            out.println(text.get("changes.imported", r.applied().size(), r.alreadyPresent().size(), r.rejected().size()));
            for (ChangeExchange.Rejected x : r.rejected()) {
                out.println(text.get("changes.leftOut", x.changeset().id(), x.changeset().author(),
                        text.time(x.changeset().time()), x.changeset().comment()));
                for (Conflict c : x.conflicts()) {
                    out.println("  " + text.get("changes.conflict", c.ref().toString(), c.field(), c.theirs(),
                            c.base() + " → " + c.mine()));
                }
                for (Issue i : x.errors()) {
                    out.println("  " + text.get("changes.issue." + i.severity().name().toLowerCase(java.util.Locale.ROOT),
                            i.ref().toString(), i.field(), i.text(text.messages())));
                }
            }
            return r.rejected().isEmpty() ? 0 : 1;
        } catch (StorageException | IllegalArgumentException e) {
            err.println("import-changes: " + e.getMessage());
            return 1;
        }
    }
}
