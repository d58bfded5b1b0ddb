package org.linkatlas.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordRef;

/**
 * The editable record types by name, in dependency order: a record's type comes after the types it lives in
 * (an event after its intervention, an intervention after its link), so rebuilding a catalogue type by type in
 * this order puts every record where it belongs. Immutable; any thread.
 */
public final class RecordTypes {
    private static final Map<String, RecordType<?>> BY_NAME = new LinkedHashMap<>();

    static {
        for (RecordType<?> t : List.of(new PartyRecords(), new PlaceRecords(), new AgreementRecords(),
                new LinkRecords(), new InterventionRecords(), new EventRecords(), new CommitmentRecords(),
                new ResultRecords())) {
            BY_NAME.put(t.name(), t);
        }
    }

    private RecordTypes() {
    }

    public static List<RecordType<?>> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** @throws IllegalArgumentException naming the known types */
    public static RecordType<?> named(String name) {
        RecordType<?> t = BY_NAME.get(name);
        if (t == null) {
            throw new IllegalArgumentException("'" + name + "' is not a record type (" + String.join(", ", BY_NAME.keySet()) + ")");
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    public static <T> RecordType<T> typed(String name) {
        return (RecordType<T>) named(name);
    }

    /**
     * The record {@code ref} names in {@code c}, if any (the first with that id), looked up in the snapshot's
     * index ({@link SnapshotIndex}: built once per snapshot).
     */
    public static Optional<Object> find(Catalogue c, RecordRef ref) {
        typed(ref.type());
        return Optional.ofNullable(SnapshotIndex.of(c).record(ref.type(), ref.id()));
    }
}
