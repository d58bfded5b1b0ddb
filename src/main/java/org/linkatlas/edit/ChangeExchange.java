package org.linkatlas.edit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.SourceDocument;
import org.linkatlas.storage.Database;

/**
 * Passing edits between offices by file: export the log (or the part since a time) with the imported sources;
 * import a file's changesets that this store does not have yet (by UUID, so a second import changes nothing),
 * each applied whole or not at all: one that conflicts with local edits or would not validate is reported and
 * left out. Same threading as {@link EditStore}.
 */
public final class ChangeExchange {
    private final Database db;
    private final EditStore store;
    private final Clock clock;

    /** A changeset left out, with why. */
    public record Rejected(Changeset changeset, List<Conflict> conflicts, List<Issue> errors) {
    }

    public record ImportResult(List<Changeset> applied, List<Changeset> alreadyPresent, List<Rejected> rejected,
                               Catalogue catalogue) {
    }

    public ChangeExchange(Database db, EditStore store, Clock clock) {
        this.db = db;
        this.store = store;
        this.clock = clock;
    }

    /** @return how many changesets were written */
    public int export(Path file, Optional<Instant> since) {
        List<Changeset> sets = since.map(store.log()::since).orElseGet(store.log()::all);
        ChangesetJson.write(new ChangesetJson.ChangeFile(sets, store.documents()), file);
        return sets.size();
    }

    public ImportResult importFile(Path file, Catalogue current) {
        ChangesetJson.ChangeFile in = ChangesetJson.read(file);
        Catalogue working = EditStore.withDocuments(current, in.sources());
        List<Changeset> applied = new ArrayList<>();
        List<Changeset> present = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Changeset cs : in.changesets()) {
            if (!seen.add(cs.id()) || store.log().contains(cs.id())) {
                present.add(cs);
                continue;
            }
            ChangesetApplier.Result r;
            try {
                r = ChangesetApplier.applyWhole(working, cs);
            } catch (IllegalArgumentException e) {
                rejected.add(new Rejected(cs, List.of(), List.of(Issue.error(
                        cs.changes().isEmpty() ? null : cs.changes().get(0).ref(), "record", "unreadableChange", e.getMessage()))));
                continue;
            }
            if (!r.conflicts().isEmpty()) {
                rejected.add(new Rejected(cs, r.conflicts(), List.of()));
                continue;
            }
            ValidationReport report = new EditValidator(clock).validate(r.catalogue(), cs.changes());
            if (report.hasErrors()) {
                rejected.add(new Rejected(cs, List.of(), report.errors()));
                continue;
            }
            working = r.catalogue();
            applied.add(cs);
        }
        List<SourceDocument> docs = in.sources();
        db.inTransaction(() -> {
            docs.forEach(store.sources()::insertIfAbsent);
            for (Changeset cs : applied) {
                store.log().appendWithin(cs);
            }
            return null;
        });
        return new ImportResult(applied, present, rejected, working);
    }
}
