package org.linkatlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.linkatlas.model.Codes;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;

class MessagesTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/linkatlas/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> vi = new TreeSet<>(load("messages_vi.properties").stringPropertyNames());
        Set<String> missingInVi = new TreeSet<>(en);
        missingInVi.removeAll(vi);
        Set<String> missingInEn = new TreeSet<>(vi);
        missingInEn.removeAll(en);
        assertEquals(Set.of(), missingInVi, "keys missing in Vietnamese");
        assertEquals(Set.of(), missingInEn, "keys missing in English");
    }

    @Test
    void everyKindAndStatusHasALabel() throws Exception {
        Properties en = load("messages.properties");
        for (LinkKind k : LinkKind.values()) {
            assertTrue(en.containsKey("kind." + Codes.of(k)), k.name());
        }
        for (LinkStatus s : LinkStatus.values()) {
            assertTrue(en.containsKey("status." + Codes.of(s)), s.name());
        }
    }

    @Test
    void vietnameseIsNfcAndChosenByLocale() throws Exception {
        load("messages_vi.properties").values().forEach(v ->
                assertTrue(Normalizer.isNormalized(v.toString(), Normalizer.Form.NFC), v.toString()));
        assertEquals("Cầu", new Messages(Locale.forLanguageTag("vi")).get("kind.bridge"));
        assertEquals("Bridge", new Messages(Locale.ENGLISH).get("kind.bridge"));
        assertEquals("Commitments (3)", new Messages(Locale.ENGLISH).get("details.commitments.title", 3));
    }

    /** Issue 11: the route panel's help read "today''s" because a message without arguments skipped MessageFormat. */
    @Test
    void apostrophesComeOutOnceWithOrWithoutArguments() throws Exception {
        for (String file : new String[] {"messages.properties", "messages_vi.properties"}) {
            Properties raw = load(file);
            Messages m = new Messages(file.contains("_vi") ? Locale.forLanguageTag("vi") : Locale.ENGLISH);
            for (String key : raw.stringPropertyNames()) {
                String pattern = raw.getProperty(key);
                assertTrue(!pattern.replace("''", "").contains("'"), file + " " + key + ": write an apostrophe as ''");
                assertTrue(!m.get(key).contains("''"), file + " " + key + " shows a doubled apostrophe");
            }
        }
        String help = new Messages(Locale.ENGLISH).get("route.help");
        assertTrue(help.contains("today's links"), help);
    }
}
