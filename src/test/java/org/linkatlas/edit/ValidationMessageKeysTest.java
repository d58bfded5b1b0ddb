package org.linkatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.RecordRef;

/**
 * Every message key the validation code gives a finding (read from its sources: each {@code Issue.error(…)} and
 * {@code Issue.of(…)} call, and each reference rule) and every record type word is in both bundles, and both bundles hold the same
 * {@code validate.*} keys; each renders as a MessageFormat with its arguments in both languages.
 */
class ValidationMessageKeysTest {
    private static final Pattern ERROR = Pattern.compile("Issue\\.error\\(\\s*[^,]+,\\s*[^,]+,\\s*\"(\\w+)\"");
    private static final Pattern OF = Pattern.compile("Issue\\.of\\(\\s*[^,]+,\\s*[^,]+,\\s*[^,]+,\\s*\"(\\w+)\"");
    /** {@code resolve(ref, field, type, id, key, out)} in {@link RecordRules}. */
    private static final Pattern RESOLVE = Pattern.compile("resolve\\(ref, \"\\w+\", \"\\w+\", [^,]+, \"(\\w+)\", out\\)");

    static Set<String> keysInCode() throws Exception {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/linkatlas/edit"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                for (Pattern p : List.of(ERROR, OF, RESOLVE)) {
                    Matcher m = p.matcher(code);
                    while (m.find()) {
                        keys.add("validate." + m.group(1));
                    }
                }
            }
        }
        RecordTypes.all().forEach(t -> keys.add("validate.type." + t.name()));
        return keys;
    }

    static Set<String> validateKeys(String bundle) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ValidationMessageKeysTest.class.getResourceAsStream("/org/linkatlas/i18n/" + bundle)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> out = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("validate.")).forEach(out::add);
        return out;
    }

    @Test
    void everyKeyTheValidationGivesIsInBothBundles() throws Exception {
        Set<String> code = keysInCode();
        assertTrue(code.size() >= 40, "the scan finds the validator's keys: " + code);
        Set<String> en = validateKeys("messages.properties");
        Set<String> vi = validateKeys("messages_vi.properties");
        List<String> missing = new ArrayList<>();
        for (String k : code) {
            if (!en.contains(k)) {
                missing.add("en " + k);
            }
            if (!vi.contains(k)) {
                missing.add("vi " + k);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(en, vi, "both bundles hold the same validate.* keys");
    }

    @Test
    void eachMessageRendersWithItsArgumentsInBothLanguages() throws Exception {
        for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"))) {
            Messages m = new Messages(l);
            for (String k : validateKeys("messages.properties")) {
                String text = m.get(k, "A1", "B2", "C3");
                assertFalse(text.startsWith("!"), l + " " + k);
                assertFalse(text.contains("{") || text.contains("''"), l + " " + k + ": " + text);
            }
        }
        Issue named = Issue.error(new RecordRef("party", "p-1"), "id", "stillNamed", new RecordRef("commitment", "c-1"));
        assertEquals("still named by commitment c-1; change or delete it first", named.message());
        assertEquals("vẫn được cam kết c-1 nhắc đến; hãy sửa hoặc xoá bản ghi đó trước",
                named.text(new Messages(Locale.forLanguageTag("vi"))));
        assertEquals("party 'ghost' is unknown", Issue.error(new RecordRef("agreement", "a"), "partyIds", "unknownParty", "ghost").message());
    }
}
