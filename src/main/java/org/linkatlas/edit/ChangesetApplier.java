package org.linkatlas.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;

/**
 * Applies changesets over a catalogue, merging per field as Kart does (base, mine, theirs): where the field
 * still holds the changeset's old value the new one is set; where it already holds the new one nothing
 * happens; otherwise it is a {@link Conflict}. A conflict the user has not decided keeps the user's value
 * ("until chosen, the user's value stands"); "theirs" keeps what was found. A whole-record conflict (field
 * {@code "*"}: a change to a record deleted before it, or a delete of a record changed before it) is settled the same
 * way: "theirs" keeps what was found (the record gone, or kept as it is), "mine" lets the changeset win (its delete
 * goes through; its change brings the record back as it was when deleted, with the change). Pure; any thread.
 */
public final class ChangesetApplier {
    /** The user's decision for a field, "mine" or "theirs", if any. */
    @FunctionalInterface
    public interface Choices {
        Optional<String> of(String changeset, RecordRef ref, String field);

        Choices NONE = (c, r, f) -> Optional.empty();
    }

    /** The catalogue after the changesets, and the conflicts still open. */
    public record Result(Catalogue catalogue, List<Conflict> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }
    }

    private ChangesetApplier() {
    }

    public static Result applyAll(Catalogue start, List<Changeset> log, Choices choices) {
        Working w = new Working(start);
        List<Conflict> conflicts = new ArrayList<>();
        for (Changeset cs : log) {
            for (RecordChange rc : cs.changes()) {
                apply(w, cs.id(), rc, choices, conflicts);
            }
        }
        return new Result(w.build(), conflicts);
    }

    /**
     * Applies one changeset only if it applies cleanly (an import): with any conflict nothing of it is applied and
     * the conflicts are returned with the unchanged catalogue.
     */
    public static Result applyWhole(Catalogue start, Changeset cs) {
        Result r = applyAll(start, List.of(cs), Choices.NONE);
        return r.conflicts().isEmpty() ? r : new Result(start, r.conflicts());
    }

    private static void apply(Working w, String cs, RecordChange rc, Choices choices, List<Conflict> conflicts) {
        RecordType<Object> type = RecordTypes.typed(rc.ref().type());
        Map<String, Object> records = w.of(type);
        Object current = records.get(rc.ref().id());
        switch (rc.op()) {
            case CREATE -> {
                if (current == null) {
                    records.put(rc.ref().id(), build(type, rc.ref(), newValues(rc)));
                } else {
                    merge(type, records, cs, rc, current, choices, conflicts, true);
                }
            }
            case MODIFY -> {
                if (current == null) {
                    modifyGone(w, type, records, cs, rc, choices, conflicts);
                } else {
                    merge(type, records, cs, rc, current, choices, conflicts, false);
                }
            }
            case DELETE -> {
                if (current != null) {
                    Optional<String> whole = choices.of(cs, rc.ref(), "*");
                    if (whole.isPresent()) { // a delete against a changed record, settled whole
                        if (whole.get().equals("mine")) {
                            w.gone(rc.ref(), type.fields(current));
                            records.remove(rc.ref().id());
                        }
                    } else {
                        delete(w, type, records, cs, rc, current, choices, conflicts);
                    }
                }
            }
        }
    }

    private static void merge(RecordType<Object> type, Map<String, Object> records, String cs, RecordChange rc, Object current,
                              Choices choices, List<Conflict> conflicts, boolean created) {
        LinkedHashMap<String, JsonNode> fields = type.fields(current);
        boolean changed = false;
        for (FieldChange fc : rc.fields()) {
            String theirs = FieldJson.write(fields.get(fc.field()));
            if (theirs.equals(fc.newJson())) {
                continue;
            }
            if (!created && theirs.equals(fc.oldJson())) {
                fields.put(fc.field(), FieldJson.parse(fc.newJson()));
                changed = true;
                continue;
            }
            Optional<String> choice = choices.of(cs, rc.ref(), fc.field());
            if (choice.filter("theirs"::equals).isPresent()) {
                continue;
            }
            if (choice.isEmpty()) {
                conflicts.add(new Conflict(cs, rc.ref(), fc.field(), created ? "null" : fc.oldJson(), fc.newJson(), theirs));
            }
            fields.put(fc.field(), FieldJson.parse(fc.newJson()));
            changed = true;
        }
        if (changed) {
            records.put(rc.ref().id(), build(type, rc.ref(), fields));
        }
    }

    /**
     * A change to a record that is not there: a whole-record conflict unless chosen; "mine" (and, until chosen, the
     * replay's usual "the changeset's value stands") brings it back as an earlier changeset of this replay deleted
     * it, with this change; "theirs" leaves it gone, and later changes to it in the same replay follow that choice.
     */
    private static void modifyGone(Working w, RecordType<Object> type, Map<String, Object> records, String cs,
                                   RecordChange rc, Choices choices, List<Conflict> conflicts) {
        Optional<String> whole = choices.of(cs, rc.ref(), "*");
        LinkedHashMap<String, JsonNode> before = w.gone.get(rc.ref());
        if (whole.filter("theirs"::equals).isPresent() || w.keptGone.contains(rc.ref())) {
            w.keptGone.add(rc.ref());
            return;
        }
        if (whole.isEmpty()) {
            conflicts.add(new Conflict(cs, rc.ref(), "*", "record", "record", "null"));
        }
        if (before != null) { // chosen "mine", or not yet: until chosen the changeset's side stands, as for a field
            LinkedHashMap<String, JsonNode> fields = new LinkedHashMap<>(before);
            rc.fields().forEach(f -> fields.put(f.field(), FieldJson.parse(f.newJson())));
            records.put(rc.ref().id(), build(type, rc.ref(), fields));
            w.gone.remove(rc.ref());
        }
    }

    private static void delete(Working w, RecordType<Object> type, Map<String, Object> records, String cs, RecordChange rc,
                               Object current, Choices choices, List<Conflict> conflicts) {
        LinkedHashMap<String, JsonNode> fields = type.fields(current);
        boolean keep = false;
        for (FieldChange fc : rc.fields()) {
            String theirs = FieldJson.write(fields.get(fc.field()));
            if (theirs.equals(fc.oldJson())) {
                continue;
            }
            Optional<String> choice = choices.of(cs, rc.ref(), fc.field());
            keep |= choice.filter("theirs"::equals).isPresent();
            if (choice.isEmpty()) {
                conflicts.add(new Conflict(cs, rc.ref(), fc.field(), fc.oldJson(), "null", theirs));
            }
        }
        if (!keep) {
            w.gone(rc.ref(), fields);
            records.remove(rc.ref().id());
        }
    }

    private static Map<String, JsonNode> newValues(RecordChange rc) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        rc.fields().forEach(f -> out.put(f.field(), FieldJson.parse(f.newJson())));
        return out;
    }

    private static Object build(RecordType<Object> type, RecordRef ref, Map<String, JsonNode> fields) {
        try {
            return type.fromFields(ref.id(), fields);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ref + ": " + e.getMessage(), e);
        }
    }

    /** Records by id per type, made on first use, so many changes cost one pass over each list. */
    private static final class Working {
        private final Catalogue start;
        private final Map<String, LinkedHashMap<String, Object>> byType = new HashMap<>();
        /** Records deleted in this replay, with their fields then (a later change settled "mine" brings one back). */
        final Map<RecordRef, LinkedHashMap<String, JsonNode>> gone = new HashMap<>();
        /** Records whose deletion a whole-record choice kept against a later change. */
        final java.util.Set<RecordRef> keptGone = new java.util.HashSet<>();

        Working(Catalogue start) {
            this.start = start;
        }

        void gone(RecordRef ref, LinkedHashMap<String, JsonNode> fields) {
            gone.put(ref, fields);
        }

        Map<String, Object> of(RecordType<Object> type) {
            return byType.computeIfAbsent(type.name(), n -> {
                LinkedHashMap<String, Object> m = new LinkedHashMap<>();
                type.all(start).forEach(r -> m.put(type.id(r), r));
                return m;
            });
        }

        Catalogue build() {
            Catalogue out = start;
            for (RecordType<?> t : RecordTypes.all()) { // parents before what lives in them
                LinkedHashMap<String, Object> records = byType.get(t.name());
                if (records != null) {
                    @SuppressWarnings("unchecked")
                    RecordType<Object> type = (RecordType<Object>) t;
                    out = type.with(out, new ArrayList<>(records.values()));
                }
            }
            return out;
        }
    }
}
