package org.linkatlas.edit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.QuoteAnchor;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.Seed;
import org.linkatlas.model.Source;
import org.linkatlas.model.SourceDocument;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.ChangesetRepository;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.SourceRepository;

/**
 * The user's edits over the bundled catalogue: opening applies the changeset log (and the imported sources, as
 * seeds) over the catalogue tables and re-checks the quote anchors; a save validates and appends one changeset
 * in one transaction; a revert is a new changeset. Confined to the thread that owns its {@link Database} (the
 * store thread), never the JavaFX thread.
 */
public final class EditStore {
    private final Database db;
    private final Clock clock;
    private final java.util.function.Supplier<org.linkatlas.edit.geometry.GeometryContext> geometry;
    private final ChangesetRepository log;
    private final SourceRepository sources;
    private Catalogue bundle;

    /** What opening found: the catalogue as edited, open conflicts, quotes flagged as no longer in their source. */
    public record Loaded(Catalogue catalogue, List<Conflict> conflicts, List<QuoteAnchor> flaggedQuotes) {
    }

    /** The outcome of a save. */
    public sealed interface SaveResult permits Saved, Blocked, NeedsConfirmation, NothingToSave, Conflicting {
    }

    public record Saved(Changeset changeset, Catalogue catalogue, ValidationReport report) implements SaveResult {
    }

    /** Errors stand: nothing was written. */
    public record Blocked(ValidationReport report) implements SaveResult {
    }

    /** Only warnings: save again with {@code acceptWarnings} to write. */
    public record NeedsConfirmation(ValidationReport report) implements SaveResult {
    }

    public record NothingToSave() implements SaveResult {
    }

    /** A revert that later changes got in the way of: nothing was written. */
    public record Conflicting(List<Conflict> conflicts) implements SaveResult {
    }

    public EditStore(Database db, Clock clock) {
        this(db, clock, () -> org.linkatlas.edit.geometry.GeometryContext.NONE);
    }

    /**
     * {@code geometry}: the region and water a save's geometry rules compare drawn links with (issue 14), asked
     * for at the first save (so opening the store reads no basemap file).
     */
    public EditStore(Database db, Clock clock, java.util.function.Supplier<org.linkatlas.edit.geometry.GeometryContext> geometry) {
        this.geometry = geometry;
        this.db = db;
        this.clock = clock;
        this.log = new ChangesetRepository(db);
        this.sources = new SourceRepository(db);
    }

    public ChangesetRepository log() {
        return log;
    }

    public Loaded load() {
        bundle = null;
        Catalogue start = withDocuments(bundle(), sources.documents());
        ChangesetApplier.Result r = ChangesetApplier.applyAll(start, log.all(), choices());
        List<QuoteAnchor> before = sources.anchors();
        List<QuoteAnchor> after = QuoteAnchors.recheckAll(before, r.catalogue().seeds());
        List<QuoteAnchor> flagged = new ArrayList<>();
        db.inTransaction(() -> {
            for (int i = 0; i < after.size(); i++) {
                if (!after.get(i).equals(before.get(i))) {
                    sources.putAnchor(after.get(i));
                }
                if (after.get(i).status() == QuoteAnchor.Status.ORPHANED) {
                    flagged.add(after.get(i));
                }
            }
            return null;
        });
        return new Loaded(r.catalogue(), r.conflicts(), flagged);
    }

    /** The user's conflict decisions as the replay reads them (read now; later choices are not seen). */
    public ChangesetApplier.Choices choices() {
        Map<String, String> choices = new HashMap<>();
        log.choices().forEach(c -> choices.put(key(c.changeset(), c.ref(), c.field()), c.choice()));
        return (cs, ref, field) -> Optional.ofNullable(choices.get(key(cs, ref, field)));
    }

    /**
     * Appends changesets pulled from the office's shared store, with the articles they quote, in one transaction:
     * they join the log as if imported, so the next opening (and a bundle upgrade) replays them.
     */
    public void appendPulled(List<Changeset> pulled, List<SourceDocument> documents) {
        db.inTransaction(() -> {
            documents.forEach(sources::insertIfAbsent);
            for (Changeset cs : pulled) {
                log.appendWithin(cs);
            }
            return null;
        });
    }

    /** The catalogue tables as shipped (read once). */
    Catalogue bundle() {
        if (bundle == null) {
            bundle = new CatalogueStore(db).read();
        }
        return bundle;
    }

    /**
     * Validates {@code changes} (as made on {@code current}) and, with no error and warnings accepted, writes them
     * as one changeset together with the anchors of their quotes, in one transaction.
     */
    public SaveResult save(Catalogue current, List<RecordChange> changes, String author, String comment, boolean acceptWarnings) {
        if (changes.isEmpty()) {
            return new NothingToSave();
        }
        ValidationReport report = new EditValidator(clock, geometry.get()).validate(current, changes);
        if (report.hasErrors()) {
            return new Blocked(report);
        }
        if (!report.warnings().isEmpty() && !acceptWarnings) {
            return new NeedsConfirmation(report);
        }
        Changeset cs = new Changeset(UUID.randomUUID().toString(), author, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                comment == null ? "" : comment, null, changes);
        List<QuoteAnchor> anchors = anchors(current, changes);
        db.inTransaction(() -> {
            log.appendWithin(cs);
            anchors.forEach(sources::putAnchor);
            return null;
        });
        return new Saved(cs, current, report);
    }

    /** Saves an edit session's pending changes and tells the session. For callers that own both on one thread. */
    public SaveResult save(EditSession session, String author, String comment, boolean acceptWarnings) {
        SaveResult r = save(session.current(), session.pendingChanges(), author, comment, acceptWarnings);
        if (r instanceof Saved s) {
            session.saved(s.catalogue());
        }
        return r;
    }

    /**
     * Reverts a changeset with a new one holding the inverse changes. Refused (returned as conflicts or errors,
     * nothing written) when later changes touched the same fields or the result would not validate.
     */
    public SaveResult revert(String uuid, Catalogue current, String author, String comment) {
        Changeset original = log.find(uuid).orElseThrow(() -> new IllegalArgumentException("no changeset " + uuid));
        List<RecordChange> inverse = new ArrayList<>();
        for (int i = original.changes().size() - 1; i >= 0; i--) {
            inverse.add(invert(original.changes().get(i)));
        }
        Changeset cs = new Changeset(UUID.randomUUID().toString(), author, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                comment == null || comment.isBlank() ? "revert " + uuid : comment, uuid, inverse);
        ChangesetApplier.Result r = ChangesetApplier.applyWhole(current, cs);
        if (!r.conflicts().isEmpty()) {
            return new Conflicting(r.conflicts());
        }
        ValidationReport report = new EditValidator(clock).validate(r.catalogue(), inverse);
        if (report.hasErrors()) {
            return new Blocked(report);
        }
        log.append(cs);
        return new Saved(cs, r.catalogue(), report);
    }

    public List<Changeset> history(Optional<RecordRef> record) {
        return record.map(log::touching).orElseGet(log::all);
    }

    /** Records a conflict decision: "mine" or "theirs". Reload to see it applied. */
    public void choose(Conflict c, String choice) {
        if (!choice.equals("mine") && !choice.equals("theirs")) {
            throw new IllegalArgumentException("choose 'mine' or 'theirs'");
        }
        log.choose(new ChangesetRepository.ConflictChoice(c.changeset(), c.ref(), c.field(), choice));
    }

    /** Keeps an imported article; it can be quoted at once (as a seed of the returned catalogue). */
    public Catalogue addSource(Catalogue current, SourceDocument d) {
        keepSource(d);
        return withDocuments(current, List.of(d));
    }

    /** Keeps an imported article (once: the id follows from the text). */
    public void keepSource(SourceDocument d) {
        sources.insertIfAbsent(d);
    }

    public List<SourceDocument> documents() {
        return sources.documents();
    }

    SourceRepository sources() {
        return sources;
    }

    /** The catalogue with the documents added as seeds, so that records can quote them. */
    public static Catalogue withDocuments(Catalogue c, List<SourceDocument> docs) {
        List<Seed> seeds = new ArrayList<>(c.seeds());
        for (SourceDocument d : docs) {
            if (seeds.stream().noneMatch(s -> s.fileName().equals(d.id()))) {
                seeds.add(new Seed(d.id(), d.sha256(), d.text()));
            }
        }
        return Snapshots.withSeeds(c, seeds);
    }

    private static List<QuoteAnchor> anchors(Catalogue current, List<RecordChange> changes) {
        Map<String, String> texts = new HashMap<>();
        current.seeds().forEach(s -> texts.put(s.fileName(), s.text()));
        List<QuoteAnchor> out = new ArrayList<>();
        for (RecordChange rc : changes) {
            boolean quotesChanged = rc.op() == ChangeOp.CREATE
                    || rc.fields().stream().anyMatch(f -> f.field().equals("sources") || f.field().equals("source"));
            if (!quotesChanged) {
                continue; // only the quotes a save adds or changes get (new) anchors
            }
            RecordType<Object> type = RecordTypes.typed(rc.ref().type());
            Object record = RecordTypes.find(current, rc.ref()).orElse(null);
            if (record == null) {
                continue;
            }
            for (Source s : type.citations(record)) {
                String text = texts.get(s.seed());
                QuoteAnchor a = text == null ? null : QuoteAnchors.anchor(rc.ref(), s, text);
                if (a != null) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    static RecordChange invert(RecordChange rc) {
        List<FieldChange> fields = rc.fields().stream().map(f -> new FieldChange(f.field(), f.newJson(), f.oldJson())).toList();
        ChangeOp op = switch (rc.op()) {
            case CREATE -> ChangeOp.DELETE;
            case DELETE -> ChangeOp.CREATE;
            case MODIFY -> ChangeOp.MODIFY;
        };
        return new RecordChange(rc.ref(), op, fields);
    }

    private static String key(String cs, RecordRef ref, String field) {
        return cs + "\u0000" + ref.type() + "\u0000" + ref.id() + "\u0000" + field;
    }
}
