package org.linkatlas.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.linkatlas.i18n.Messages;

class FieldValueTextTest {
    private final Messages vi = new Messages(Locale.forLanguageTag("vi"));
    private final Messages en = new Messages(Locale.ENGLISH);

    @Test
    void codesOfStateAndStageReadAsTheDetailsSayThem() {
        assertEquals("hiện có", FieldValueText.of("state", "\"existing\"", vi));
        assertEquals("đã hoàn thành", FieldValueText.of("stage", "\"done\"", vi));
        assertEquals("being built", FieldValueText.of("state", "\"under_construction\"", en));
        assertEquals("tháng", FieldValueText.of("precision", "\"month\"", vi));
    }

    @Test
    void anythingElseStaysAsWritten() {
        assertEquals("no_such_state", FieldValueText.of("state", "\"no_such_state\"", vi), "an unknown code is shown as it is");
        assertEquals("existing", FieldValueText.of("nameEn", "\"existing\"", vi), "a text that looks like a code is text");
        assertEquals("—", FieldValueText.of("state", null, vi));
        assertEquals("Cầu · Bridge", FieldValueText.of("name", "{\"vi\":\"Cầu\",\"en\":\"Bridge\"}", en));
    }
}
