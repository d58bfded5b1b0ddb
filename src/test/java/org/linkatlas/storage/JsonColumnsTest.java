package org.linkatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkatlas.model.LocalText;

class JsonColumnsTest {
    @Test
    void stringsComeBackAsTheyWent() {
        List<String> values = List.of("Cầu Hòa Sơn", "say \"hi\"\n\ttab \\ slash", "", "𝄞 outside the BMP");
        String json = JsonColumns.strings(values);
        assertEquals(values, JsonColumns.strings(json));
        assertEquals("[]", JsonColumns.strings(List.of()));
        assertEquals(List.of(), JsonColumns.strings((String) null));
    }

    @Test
    void textsKeepEachLanguageAndLeaveAMissingOneOut() {
        List<LocalText> values = List.of(new LocalText("Tiến độ chậm", "Behind schedule"), new LocalText("Chỉ tiếng Việt", null),
                new LocalText(null, "English only"));
        String json = JsonColumns.texts(values);
        assertEquals("[{\"vi\":\"Tiến độ chậm\",\"en\":\"Behind schedule\"},{\"vi\":\"Chỉ tiếng Việt\"},{\"en\":\"English only\"}]", json);
        assertEquals(values, JsonColumns.texts(json));
    }

    @Test
    void aBareStringIsEnglishAndUnknownFieldsAreSkipped() {
        assertEquals(List.of(LocalText.english("old note"), new LocalText("vi", "en")),
                JsonColumns.texts("[\"old note\", {\"vi\":\"vi\",\"x\":{\"y\":[1,2]},\"en\":\"en\",\"n\":3}]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[", "[\"a\"", "{\"a\":1}", "\"a\"", "[\"a\"] x", "[1]", "[null]", "[[\"a\"]]", "not json"})
    void malformedStringListsAreRefusedWithTheColumn(String json) {
        StorageException e = assertThrows(StorageException.class, () -> JsonColumns.strings(json));
        assertEquals(true, e.getMessage().startsWith("a list column holds malformed JSON"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[{\"vi\":\"a\"", "[1]", "{}", "[{\"vi\":\"a\"}] ]"})
    void malformedTextListsAreRefused(String json) {
        assertThrows(StorageException.class, () -> JsonColumns.texts(json));
    }
}
