package org.linkatlas.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkatlas.edit.ChangesetApplier;
import org.linkatlas.edit.Conflict;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;

/**
 * Makes one change of mine fit the server's record: unchanged when nobody touched the record since I based my edit
 * on it; otherwise field by field, dropped where theirs equals mine or I chose theirs, rebased on their value where I
 * chose mine, and a {@link StoreSync.FieldConflict} where I have not chosen. A delete on one side against a change on
 * the other is one conflict on the whole record (field {@code "*"}, decision 0017), chosen on the other planner's
 * changeset as the local replay meets it: my delete wins (sent with their values as its old ones), my change wins
 * (the record sent again whole, as theirs was before their delete with my change over it), or theirs wins (mine is
 * not sent; it stays in my log). Used by one sync on its thread; not shared.
 */
final class Rebase {
    private final List<Changeset> log;
    private final Map<String, Integer> position;
    private final Map<String, Long> seq;
    private final List<Changeset> pulled;
    private final ChangesetApplier.Choices choices;
    private final List<Conflict> open;
    /** Records my change brought back on the server in this sync: later changes of mine to them go as they are. */
    private final Set<RecordRef> revived = new HashSet<>();

    Rebase(List<Changeset> log, Map<String, Integer> position, Map<String, Long> seq, List<Changeset> pulled,
           ChangesetApplier.Choices choices, List<Conflict> open) {
        this.log = log;
        this.position = position;
        this.seq = seq;
        this.pulled = pulled;
        this.choices = choices;
        this.open = open;
    }

    /** The server's changesets that touched the record after {@code m} was made on it, in server order. */
    private List<Changeset> since(Changeset m, RecordRef ref) {
        List<Changeset> out = new ArrayList<>();
        for (int i = position.get(m.id()) + 1; i < log.size(); i++) {
            Changeset cs = log.get(i);
            if (seq.containsKey(cs.id()) && touches(cs, ref)) {
                out.add(cs);
            }
        }
        pulled.stream().filter(cs -> touches(cs, ref)).forEach(out::add);
        out.sort(Comparator.comparing(cs -> seq.get(cs.id())));
        return out;
    }

    private static boolean touches(Changeset cs, RecordRef ref) {
        return cs.changes().stream().anyMatch(rc -> rc.ref().equals(ref));
    }

    Optional<RecordChange> change(Changeset m, RecordChange rc, long serverVersion, List<StoreSync.FieldConflict> conflicts) {
        List<Changeset> since = since(m, rc.ref());
        if (since.isEmpty() || revived.contains(rc.ref())) {
            return Optional.of(rc); // the server's version is the one I edited (or the one I just sent)
        }
        long baseVersion = serverVersion - since.size();
        Map<String, String> theirValue = new LinkedHashMap<>();
        Map<String, List<Changeset>> byField = new LinkedHashMap<>();
        Map<String, String> changedValue = new LinkedHashMap<>(); // their last value of each field, deletes left out
        Map<String, List<Changeset>> changedBy = new LinkedHashMap<>();
        boolean goneThere = false;
        RecordChange lastDelete = null;
        Changeset deleter = null;
        for (Changeset x : since) {
            for (RecordChange c : x.changes()) {
                if (!c.ref().equals(rc.ref())) {
                    continue;
                }
                goneThere = c.op() == ChangeOp.DELETE;
                if (goneThere) {
                    lastDelete = c;
                    deleter = x;
                }
                for (var f : c.fields()) {
                    theirValue.put(f.field(), goneThere ? "null" : f.newJson());
                    byField.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(x);
                    if (!goneThere) {
                        changedValue.put(f.field(), f.newJson());
                        changedBy.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(x);
                    }
                }
            }
        }
        boolean goneHere = rc.op() == ChangeOp.DELETE;
        if (goneHere && goneThere) {
            return Optional.empty(); // deleted there too
        }
        if (goneHere || goneThere) {
            // the local replay meets the conflict at their first change after my delete, or at their delete
            Changeset at = goneThere ? deleter : since.get(0);
            RecordChange mine = rc;
            if (goneThere && choices.of(at.id(), rc.ref(), "*").filter(c -> !c.equals("mine")).isPresent()) {
                // my change wins over their delete; a field they changed too before deleting is settled as any
                // field two planners changed, so the record I send back is the one my replay holds
                List<StoreSync.FieldConflict> fieldConflicts = new ArrayList<>();
                List<FieldChange> kept = new ArrayList<>();
                for (var fc : rc.fields()) {
                    Optional<FieldChange> f = settle(rc.ref(), fc, changedBy.get(fc.field()), changedValue.get(fc.field()),
                            baseVersion, serverVersion, fieldConflicts);
                    kept.add(f.orElse(new FieldChange(fc.field(), fc.oldJson(), changedValue.getOrDefault(fc.field(), fc.newJson()))));
                }
                if (!fieldConflicts.isEmpty()) {
                    conflicts.addAll(fieldConflicts);
                    return Optional.empty();
                }
                mine = new RecordChange(rc.ref(), rc.op(), kept);
            }
            return whole(mine, at, goneThere ? lastDelete : null, theirValue, baseVersion, serverVersion,
                    since.get(since.size() - 1).author(), conflicts);
        }
        List<FieldChange> fields = new ArrayList<>();
        for (var fc : rc.fields()) {
            settle(rc.ref(), fc, byField.get(fc.field()), theirValue.get(fc.field()), baseVersion, serverVersion, conflicts)
                    .ifPresent(fields::add);
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        ChangeOp op = rc.op() == ChangeOp.CREATE ? ChangeOp.MODIFY : rc.op(); // created there first: mine changes it
        return Optional.of(new RecordChange(rc.ref(), op, fields));
    }

    /**
     * One field of mine against the server's: sent as it is when nobody else changed it ({@code xs} null), rebased
     * on their value when I chose mine, nothing when theirs equals mine or I chose theirs, else a conflict.
     */
    private Optional<FieldChange> settle(RecordRef ref, FieldChange fc, List<Changeset> xs, String theirs, long baseVersion,
                                         long serverVersion, List<StoreSync.FieldConflict> conflicts) {
        if (xs == null) {
            return Optional.of(fc); // nobody else touched this field
        }
        if (theirs.equals(fc.newJson())) {
            return Optional.empty(); // the server holds my value already
        }
        Optional<Conflict> unresolved = open.stream().filter(c -> c.ref().equals(ref) && c.field().equals(fc.field())
                && xs.stream().anyMatch(x -> x.id().equals(c.changeset()))).findFirst();
        Optional<String> choice = Optional.empty();
        for (Changeset x : xs) {
            Optional<String> c = choices.of(x.id(), ref, fc.field());
            if (c.isPresent()) {
                choice = c;
            }
        }
        if (unresolved.isEmpty() && choice.isPresent()) {
            // "theirs" there: the replay keeps what it found, my value; "mine": the other planner's value stands
            return choice.get().equals("theirs") ? Optional.of(new FieldChange(fc.field(), theirs, fc.newJson())) : Optional.empty();
        }
        Changeset author = xs.get(xs.size() - 1);
        conflicts.add(new StoreSync.FieldConflict(ref, fc.field(), fc.oldJson(), fc.newJson(), theirs, author.author(),
                baseVersion, serverVersion, unresolved.orElse(null)));
        return Optional.empty();
    }

    /**
     * One side deleted the record, the other changed it. Chosen "theirs" on {@code at} (the replay keeps what it
     * found: my side) my side goes: my delete with their values as old, or my record whole again; chosen "mine"
     * there, their side stands and nothing of mine is sent; not chosen, a conflict on "*" whose mine and theirs are
     * {@code null} for the side that deleted and the list of changed fields for the other, and whose base is the
     * record as the delete found it (one JSON object).
     */
    private Optional<RecordChange> whole(RecordChange rc, Changeset at, RecordChange theirDelete, Map<String, String> theirValue,
                                         long baseVersion, long serverVersion, String author,
                                         List<StoreSync.FieldConflict> conflicts) {
        Optional<String> choice = choices.of(at.id(), rc.ref(), "*");
        if (choice.filter("mine"::equals).isPresent()) {
            return Optional.empty(); // theirs stands; mine stays in my log
        }
        if (choice.isPresent() && theirDelete == null) { // my delete wins: old values as the server has them
            List<FieldChange> fields = new ArrayList<>();
            rc.fields().forEach(f -> fields.add(new FieldChange(f.field(), theirValue.getOrDefault(f.field(), f.oldJson()), "null")));
            return Optional.of(new RecordChange(rc.ref(), ChangeOp.DELETE, fields));
        }
        if (choice.isPresent()) { // my change wins: the record as it was before their delete, with mine over it
            Map<String, String> values = new LinkedHashMap<>();
            theirDelete.fields().forEach(f -> values.put(f.field(), f.oldJson()));
            rc.fields().forEach(f -> values.put(f.field(), f.newJson()));
            List<FieldChange> fields = new ArrayList<>();
            values.forEach((k, v) -> fields.add(new FieldChange(k, "null", v)));
            revived.add(rc.ref());
            return Optional.of(new RecordChange(rc.ref(), ChangeOp.CREATE, fields));
        }
        RecordChange deleted = theirDelete == null ? rc : theirDelete;
        String mine = theirDelete == null ? "null" : names(rc.fields());
        String theirs = theirDelete == null ? names(theirValue.keySet().stream().map(f -> new FieldChange(f, "", "")).toList()) : "null";
        Conflict replay = new Conflict(at.id(), rc.ref(), "*", "record", theirDelete == null ? "record" : "null",
                theirDelete == null ? "null" : "record");
        conflicts.add(new StoreSync.FieldConflict(rc.ref(), "*", record(deleted), mine, theirs, author, baseVersion, serverVersion, replay));
        return Optional.empty();
    }

    /** The record as the delete found it, as one JSON object of its fields (the dialog names the record from it). */
    private static String record(RecordChange delete) {
        StringBuilder b = new StringBuilder("{");
        for (FieldChange f : delete.fields()) {
            b.append(b.length() == 1 ? "" : ",").append('"').append(f.field().replace("\"", "")).append("\":").append(f.oldJson());
        }
        return b.append('}').toString();
    }

    /** The changed fields' names as a JSON list, which the conflict dialog words as "changed: …". */
    private static String names(List<FieldChange> fields) {
        StringBuilder b = new StringBuilder("[");
        for (FieldChange f : fields) {
            b.append(b.length() == 1 ? "" : ",").append('"').append(f.field().replace("\"", "")).append('"');
        }
        return b.append(']').toString();
    }
}
