package org.linkatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.testing.Fixtures;

/** Catalogue's written-out equals and hashCode keep the record's meaning: every component counts. */
class CatalogueTest {
    @Test
    void equalCataloguesAreEqualAndHashAlike() throws Exception {
        Catalogue a = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        Catalogue b = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        assertTrue(a != b && a.equals(b) && b.equals(a));
        assertEquals(a.hashCode(), b.hashCode());
        assertFalse(a.equals(null));
        assertFalse(a.equals("a catalogue"));
    }

    /** Each component in turn left empty: the catalogue is no longer equal (fails for a component equals forgot). */
    @Test
    void everyComponentCounts() throws Exception {
        Catalogue real = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        RecordComponent[] components = Catalogue.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        var canonical = Catalogue.class.getDeclaredConstructor(types);
        for (int i = 0; i < components.length; i++) {
            List<Object> args = new ArrayList<>();
            for (RecordComponent c : components) {
                args.add(c.getAccessor().invoke(real));
            }
            assertFalse(((List<?>) args.get(i)).isEmpty(), components[i].getName() + " is empty in the data: this test cannot see it");
            args.set(i, List.of());
            Catalogue without = canonical.newInstance(args.toArray());
            assertNotEquals(real, without, components[i].getName());
            assertNotEquals(without, real, components[i].getName());
        }
    }
}
