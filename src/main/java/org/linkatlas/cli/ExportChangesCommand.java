package org.linkatlas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.linkatlas.edit.ChangeExchange;
import org.linkatlas.edit.EditStore;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;

/** {@code export-changes FILE [--since YYYY-MM-DD] [--store F]}: the user's changesets as a file (docs/changesets.md). */
final class ExportChangesCommand {
    private final CliText text;
    private final PrintStream out;
    private final PrintStream err;

    ExportChangesCommand(CliText text, PrintStream out, PrintStream err) {
        this.text = text;
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("since", "store"));
        if (args.positional().size() != 1) {
            throw new Args.UsageException("changes.giveOut");
        }
        Optional<java.time.Instant> since;
        try {
            since = Optional.ofNullable(args.option("since")).map(d -> LocalDate.parse(d).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw new Args.UsageException("changes.since");
        }
        Path file = Path.of(args.positional().get(0));
        try (Database db = UserStoreAccess.open(args, text)) {
            EditStore store = new EditStore(db, java.time.Clock.systemUTC());
            int n = new ChangeExchange(db, store, java.time.Clock.systemUTC()).export(file, since);
            out.println(text.get("changes.wrote", n, file.toString()));
            return 0;
        } catch (StorageException | IllegalArgumentException e) {
            err.println("export-changes: " + e.getMessage());
            return 1;
        }
    }
}
