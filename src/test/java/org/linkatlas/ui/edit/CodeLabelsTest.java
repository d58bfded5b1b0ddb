package org.linkatlas.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.linkatlas.edit.FieldKinds;
import org.linkatlas.edit.RecordTypes;
import org.linkatlas.i18n.Messages;

/**
 * Every code a record form offers (party kinds, agreement types, road classes, commitment roles and topics as well
 * as stages, states, kinds and accuracy) is shown in the window's words in both languages, never as the bare code.
 */
class CodeLabelsTest {
    @Test
    void everyCodeOfEveryFormHasALabelInBothLanguages() {
        List<String> bare = new ArrayList<>();
        for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"))) {
            Messages m = new Messages(l);
            for (var type : RecordTypes.all()) {
                for (FieldKinds.Field f : FieldKinds.of(type.name())) {
                    for (String code : f.codes()) {
                        if (FieldEditors.codeLabel(f.name(), code, m).equals(code)) {
                            bare.add(l + " " + type.name() + "." + f.name() + " " + code);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), bare);
    }
}
