package org.linkatlas.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordRef;

/**
 * Makes the commands for create, change and delete of any record type, against the snapshot they will run on.
 * Bad input (an unknown field, a value of the wrong shape, an id in use) is refused here with a message naming
 * the record and field, before anything changes. Pure; any thread.
 */
public final class Edits {
    private Edits() {
    }

    public static Command create(Catalogue c, String typeName, Object record) {
        RecordType<Object> type = RecordTypes.typed(typeName);
        String id = type.id(record);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(typeName + ": id is required");
        }
        if (RecordTypes.find(c, new RecordRef(typeName, id)).isPresent()) {
            throw new IllegalArgumentException(typeName + " " + id + ": id is already in use");
        }
        return new PutRecordCommand(type, id, null, record, "create " + typeName + " " + id, -1);
    }

    /** Creates a record from its fields (the form's and the exchange file's way). */
    public static Command create(Catalogue c, RecordRef ref, Map<String, JsonNode> fields) {
        RecordType<Object> type = RecordTypes.typed(ref.type());
        return create(c, ref.type(), build(type, ref, fields));
    }

    /**
     * "Record progress…": adds {@code event} as the latest event of intervention {@code interventionId} (one new
     * event record). The intervention's stage and the overdue flags are derived from the events, so they follow
     * at once. The link's physical state is a field of its own: when the event says a build or a restoration is
     * done, the same command sets the link to existing, its state note becoming the event's note, so its status
     * follows too (one undo takes both back).
     *
     * @throws IllegalArgumentException when the intervention is unknown or the event's id is in use
     */
    public static Command recordProgress(Catalogue c, String interventionId, org.linkatlas.model.ProgressEvent event) {
        var iv = c.interventions().stream().filter(i -> i.id().equals(interventionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("intervention " + interventionId + " does not exist"));
        Command add = create(c, "event", new InterventionEvent(interventionId, event));
        var link = c.links().stream().filter(l -> l.id().equals(iv.linkId())).findFirst().orElseThrow();
        boolean builds = iv.kind() == org.linkatlas.model.InterventionKind.BUILD
                || iv.kind() == org.linkatlas.model.InterventionKind.RESTORE;
        if (event.stage() != org.linkatlas.model.Stage.DONE || !builds
                || link.state() == org.linkatlas.model.PhysicalState.EXISTING) {
            return add;
        }
        Catalogue next = add.execute(c);
        Command state = change(next, new RecordRef("link", link.id()), Map.of(
                "state", FieldJson.code(org.linkatlas.model.PhysicalState.EXISTING),
                "stateNote", FieldJson.local(event.note())));
        return new SequenceCommand("record progress " + event.id(), List.of(add, state));
    }

    /** A fresh event id for {@code interventionId} ("ev-" + its name without "iv-" + a number not yet used). */
    public static String newEventId(Catalogue c, String interventionId) {
        String stem = "ev-" + (interventionId.startsWith("iv-") ? interventionId.substring(3) : interventionId) + "-";
        java.util.Set<String> used = new java.util.HashSet<>();
        c.interventions().forEach(iv -> iv.events().forEach(e -> used.add(e.id())));
        int n = 1;
        while (used.contains(stem + n)) {
            n++;
        }
        return stem + n;
    }

    public static Command changeField(Catalogue c, RecordRef ref, String field, JsonNode value) {
        return change(c, ref, Map.of(field, value));
    }

    /** Changes some fields of one record, the others staying as they are. */
    public static Command change(Catalogue c, RecordRef ref, Map<String, JsonNode> changes) {
        RecordType<Object> type = RecordTypes.typed(ref.type());
        Object before = existing(c, ref);
        LinkedHashMap<String, JsonNode> fields = type.fields(before);
        for (var e : changes.entrySet()) {
            if (!fields.containsKey(e.getKey())) {
                throw new IllegalArgumentException(ref + ": no field '" + e.getKey() + "' (fields: "
                        + String.join(", ", fields.keySet()) + ")");
            }
            fields.put(e.getKey(), e.getValue());
        }
        Object after = build(type, ref, fields);
        return new PutRecordCommand(type, ref.id(), before, after,
                "change " + ref + ": " + String.join(", ", changes.keySet()), position(type, c, ref.id()));
    }

    /** Replaces a whole record by a new value with the same id. */
    public static Command replace(Catalogue c, String typeName, Object after) {
        RecordType<Object> type = RecordTypes.typed(typeName);
        RecordRef ref = new RecordRef(typeName, type.id(after));
        Object before = existing(c, ref);
        return new PutRecordCommand(type, ref.id(), before, after, "change " + ref, position(type, c, ref.id()));
    }

    /**
     * Deletes one record. What names it stays as it is: the validator then reports each dangling name as an
     * error, so a save cannot leave one behind. Show {@link #dependants} to the user first. What lives inside
     * the record goes with it, as steps of one command (a link's interventions and their events, an
     * intervention's events), so one undo puts everything back where it stood.
     */
    public static Command delete(Catalogue c, RecordRef ref) {
        List<Command> steps = new java.util.ArrayList<>();
        Catalogue at = c;
        for (RecordRef inner : contained(c, ref)) {
            Command step = deleteOne(at, inner);
            at = step.execute(at);
            steps.add(step);
        }
        Command own = deleteOne(at, ref);
        if (steps.isEmpty()) {
            return own;
        }
        steps.add(own);
        return new SequenceCommand("delete " + ref, steps);
    }

    private static Command deleteOne(Catalogue c, RecordRef ref) {
        RecordType<Object> type = RecordTypes.typed(ref.type());
        Object before = existing(c, ref);
        return new PutRecordCommand(type, ref.id(), before, null, "delete " + ref, position(type, c, ref.id()));
    }

    /** The records living inside {@code ref}, innermost first (events before their intervention). */
    private static List<RecordRef> contained(Catalogue c, RecordRef ref) {
        List<RecordRef> out = new java.util.ArrayList<>();
        for (var iv : c.interventions()) {
            boolean whole = ref.type().equals("link") && iv.linkId().equals(ref.id());
            if (whole || ref.type().equals("intervention") && iv.id().equals(ref.id())) {
                iv.events().forEach(e -> out.add(new RecordRef("event", e.id())));
            }
            if (whole) {
                out.add(new RecordRef("intervention", iv.id()));
            }
        }
        return out;
    }

    /** The records that name {@code ref}: what a delete would leave pointing at nothing. */
    public static List<RecordRef> dependants(Catalogue c, RecordRef ref) {
        return Namers.of(c, ref);
    }

    /** Where the record stands in its list (its first occurrence), from the snapshot's index. */
    private static int position(RecordType<Object> type, Catalogue c, String id) {
        return SnapshotIndex.of(c).position(type.name(), id);
    }

    private static Object existing(Catalogue c, RecordRef ref) {
        return RecordTypes.find(c, ref).orElseThrow(() -> new IllegalArgumentException(ref + " does not exist"));
    }

    private static Object build(RecordType<Object> type, RecordRef ref, Map<String, JsonNode> fields) {
        try {
            return type.fromFields(ref.id(), fields);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ref + ": " + e.getMessage(), e);
        }
    }
}
