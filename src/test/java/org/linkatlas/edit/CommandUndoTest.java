package org.linkatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordRef;
import org.linkatlas.testing.Fixtures;

/** Every command's undo gives back the record exactly, over every field of every record of the real catalogue. */
class CommandUndoTest {
    private static Catalogue real;

    @BeforeAll
    static void read() {
        real = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
    }

    @Test
    void fieldsReadBackToAnEqualRecordForEveryRecordOfTheCatalogue() {
        int checked = 0;
        for (RecordType<?> t : RecordTypes.all()) {
            RecordType<Object> type = RecordTypes.typed(t.name());
            for (Object r : type.all(real)) {
                assertEquals(r, type.fromFields(type.id(r), type.fields(r)), type.ref(r).toString());
                checked++;
            }
        }
        assertTrue(checked > 100, "the catalogue has records of every type: " + checked);
    }

    /**
     * Property-style: each field of each record is set to a value another record of the same type really has,
     * the first such value the record can take on its own (a link's geometry needs an accuracy, so a located
     * link cannot take an unlocated one's null geometry), then undone and redone.
     */
    @Test
    void changingAnyFieldThenUndoingRestoresTheRecordExactly() {
        int commands = 0;
        for (RecordType<?> t : RecordTypes.all()) {
            RecordType<Object> type = RecordTypes.typed(t.name());
            List<Object> records = type.all(real);
            for (Object r : records) {
                RecordRef ref = type.ref(r);
                for (Map.Entry<String, JsonNode> field : type.fields(r).entrySet()) {
                    JsonNode other = records.stream().map(o -> type.fields(o).get(field.getKey()))
                            .filter(v -> !v.equals(field.getValue()))
                            .filter(v -> buildable(type, r, field.getKey(), v)).findFirst().orElse(null);
                    if (other == null) {
                        continue; // every record of the type has the same value here
                    }
                    EditSession session = new EditSession(real);
                    Command c = Edits.changeField(real, ref, field.getKey(), other);
                    session.execute(c);
                    Object changed = RecordTypes.find(session.current(), ref).orElseThrow();
                    assertEquals(other, type.fields(changed).get(field.getKey()), ref + "." + field.getKey());
                    assertTrue(session.undo());
                    assertEquals(r, RecordTypes.find(session.current(), ref).orElseThrow(), "undo of " + c.description());
                    assertTrue(real.equals(session.current()), "the whole snapshot is back after " + c.description());
                    assertTrue(session.redo());
                    assertEquals(changed, RecordTypes.find(session.current(), ref).orElseThrow(), "redo of " + c.description());
                    commands++;
                }
            }
        }
        assertTrue(commands > 500, "commands tried: " + commands);
    }

    private static boolean buildable(RecordType<Object> type, Object r, String field, JsonNode value) {
        var fields = type.fields(r);
        fields.put(field, value);
        try {
            type.fromFields(type.id(r), fields);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void deleteAndCreateUndoExactlyForEveryType() {
        for (RecordType<?> t : RecordTypes.all()) {
            RecordType<Object> type = RecordTypes.typed(t.name());
            Object first = type.all(real).get(0);
            RecordRef ref = type.ref(first);
            EditSession session = new EditSession(real);
            session.execute(Edits.delete(real, ref));
            assertTrue(RecordTypes.find(session.current(), ref).isEmpty(), ref + " deleted");
            session.undo();
            assertTrue(real.equals(session.current()), "undo of delete " + ref);

            Object copy = type.fromFields(ref.id() + "-copy", type.fields(first));
            session.execute(Edits.create(session.current(), t.name(), copy));
            assertEquals(copy, RecordTypes.find(session.current(), new RecordRef(t.name(), ref.id() + "-copy")).orElseThrow());
            session.undo();
            assertTrue(real.equals(session.current()), "undo of create " + ref.id() + "-copy");
        }
    }

    @Test
    void aThousandStepsUndoBackToTheStartAndANewEditClearsRedo() {
        EditSession session = new EditSession(real);
        RecordRef link = new RecordRef("link", real.links().get(0).id());
        for (int i = 0; i < 1000; i++) {
            session.execute(Edits.changeField(session.current(), link, "nameEn", TextNode.valueOf("step " + i)));
        }
        assertEquals(1000, session.undoSteps());
        for (int i = 0; i < 1000; i++) {
            assertTrue(session.undo(), "undo step " + i);
        }
        assertFalse(session.canUndo());
        assertTrue(real.equals(session.current()));
        assertFalse(session.isDirty());
        session.redo();
        session.execute(Edits.changeField(session.current(), link, "nameEn", TextNode.valueOf("other")));
        assertFalse(session.canRedo(), "a new command clears the redo stack");
    }

    @Test
    void dependantsAreListedBeforeADelete() {
        String linkId = real.commitments().get(0).linkIds().get(0);
        List<RecordRef> dependants = Edits.dependants(real, new RecordRef("link", linkId));
        assertTrue(dependants.contains(new RecordRef("commitment", real.commitments().get(0).id())), dependants.toString());
    }

    @Test
    void badInputIsRefusedNamingRecordAndFieldAndChangesNothing() {
        RecordRef link = new RecordRef("link", real.links().get(0).id());
        EditSession session = new EditSession(real);
        var e = assertThrows(IllegalArgumentException.class,
                () -> session.execute(Edits.changeField(real, link, "state", TextNode.valueOf("finished"))));
        assertTrue(e.getMessage().contains(link.id()) && e.getMessage().contains("state"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Edits.changeField(real, link, "colour", TextNode.valueOf("red")));
        assertThrows(IllegalArgumentException.class, () -> Edits.create(real, "link", real.links().get(0)));
        assertTrue(real.equals(session.current()));
        assertNotEquals(0, real.links().size());
    }
}
