package org.linkatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** What {@link Attachments} notes is taken off by its handle: a listener hears no more, a bound property is free. */
class AttachmentsTest {
    @Test
    void theHandleTakesOffListenersAndBindings() {
        StringProperty longLived = new SimpleStringProperty("a");
        StringProperty label = new SimpleStringProperty();
        List<String> heard = new ArrayList<>();
        Attachments attached = new Attachments();
        attached.listen(longLived, (old, now) -> heard.add(old + ">" + now));
        attached.bind(label, longLived);
        longLived.set("b");
        assertEquals(List.of("a>b"), heard);
        assertEquals("b", label.get());

        attached.handle().unsubscribe();
        longLived.set("c");
        assertEquals(List.of("a>b"), heard, "no listener left");
        assertEquals("b", label.get(), "no binding left");
        assertFalse(label.isBound());
    }
}
