package org.linkatlas.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.linkatlas.catalogue.Finding.Kind;
import org.linkatlas.catalogue.Finding.Where;
import org.linkatlas.i18n.Messages;
import org.locationtech.jts.geom.Envelope;

/**
 * Issue 11 item 3 for the catalogue's findings: every {@link Kind} the validator can give, at every kind of
 * record, renders in both languages with no missing key ("!key!"), and the Vietnamese holds no English word.
 * As in {@code CommandLanguageTest}, "English" is made from the bundles: here the single words (three letters
 * or more) the English bundle uses and the Vietnamese one never does; ids, codes, file names and quotes given
 * as arguments are left out of the check, since they stay as they are.
 */
class FindingLanguageTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages VI = new Messages(Locale.forLanguageTag("vi"));
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final List<String> TYPES = List.of("seed", "province", "party", "place", "agreement", "link",
            "commitment", "intervention", "event", "result");

    /** Words of codes and file names inside the patterns, the same in both languages. */
    private static final Set<String> CODES = Set.of("provinces", "csv", "requested", "NFC");

    /** Each kind with arguments of the sort the validator passes (texts kept as they are, or parts to word). */
    private static List<Object> sample(Kind kind) {
        return switch (kind) {
            case DUPLICATE_ID -> List.of(Finding.Word.type("link"), "ql-9");
            case INTERVENTION_ELSEWHERE -> List.of("iv-3", "ql-7");
            case WRONG_SHAPE -> List.of(new Finding.Code("kind.", "seaport"), CatalogueValidator.shape(true), "LineString");
            case OUTSIDE_REGION -> List.of(new Finding.Extent(new Envelope(21.1, 21.2, 106.3, 106.4)),
                    new Finding.Extent(CatalogueValidator.region()));
            case QUOTE_NOT_FOUND -> List.of("2024-01-bac-giang.md", "câu này không có trong bài");
            case REQUESTERS_ONLY_FOR_REQUEST, LINK_UNBACKED, NO_GEOMETRY_NO_WORD, EMPTY_GEOMETRY, NEGATIVE_ACCURACY,
                 QUOTE_NOT_NFC -> List.of();
            default -> List.of("ma-x1");
        };
    }

    private static List<Finding> everyFinding() {
        List<Finding> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            all.add(new Finding(null, kind, sample(kind)));
            for (String type : TYPES) {
                all.add(new Finding(Where.of(type, "rec-1"), kind, sample(kind)));
            }
            all.add(new Finding(new Where("intervention", "iv-1", "ev-2"), kind, sample(kind)));
        }
        return all;
    }

    /** The words of {@code bundle}'s messages, the findings' own ({@code validate.*}, {@code valmsg.*}) left out when asked. */
    private static Set<String> words(String bundle, boolean withFindings) throws Exception {
        Properties p = new Properties();
        try (InputStream in = FindingLanguageTest.class.getResourceAsStream("/org/linkatlas/i18n/" + bundle)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> words = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (!withFindings && (key.startsWith("validate.") || key.startsWith("valmsg."))) {
                continue;
            }
            Matcher m = WORD.matcher(p.getProperty(key).replaceAll("\\{[^}]*\\}", " "));
            while (m.find()) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** The rendering with the arguments that stay as they are (ids, codes, files, quotes) taken out. */
    private static String ownWords(Finding f, String text) {
        String out = text;
        for (Object a : f.args()) {
            if (a instanceof String s) {
                out = out.replace(s, " ");
            } else if (a instanceof Finding.Code c) {
                out = out.replace(c.code(), " ");
            }
        }
        return out.replace("rec-1", " ").replace("iv-1", " ").replace("ev-2", " ");
    }

    @Test
    void everyFindingRendersInBothLanguagesAndTheVietnameseHasNoEnglishWord() throws Exception {
        // the Vietnamese words are taken from everything but the findings' own messages, so that a finding left
        // in English in the Vietnamese bundle is still caught; the codes and file names its patterns name stay
        Set<String> english = words("messages.properties", true);
        english.removeAll(words("messages_vi.properties", false));
        english.removeAll(CODES);
        assertTrue(english.contains("unknown") && english.contains("lon") && english.contains("line"),
                "the English-only words are found: " + english.size());
        List<String> wrong = new ArrayList<>();
        for (Finding f : everyFinding()) {
            String en = f.text(EN);
            String vi = f.text(VI);
            if (en.contains("!") || vi.contains("!")) {
                wrong.add("a missing key: " + en + " / " + vi);
            }
            if (en.equals(vi)) {
                wrong.add("the same in both languages: " + en);
            }
            for (Object a : f.args()) {
                if (a instanceof String s && !(vi.contains(s) && en.contains(s))) {
                    wrong.add("the argument '" + s + "' is lost: " + en + " / " + vi);
                }
            }
            Matcher m = WORD.matcher(ownWords(f, vi));
            while (m.find()) {
                if (english.contains(m.group())) {
                    wrong.add("English '" + m.group() + "' in: " + vi);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theEnglishIsTheBuildsOwnWords() {
        assertEquals("commitment c-1: link 'ql-x' is unknown",
                Finding.at(Where.of("commitment", "c-1"), Kind.UNKNOWN_LINK, "ql-x").english());
        assertEquals("intervention iv-1 event ev-2: quote not found verbatim in a.md: \"x\"",
                Finding.at(new Where("intervention", "iv-1", "ev-2"), Kind.QUOTE_NOT_FOUND, "a.md", "x").english());
        assertEquals("seed id 'a.md' is defined more than once",
                Finding.at(null, Kind.DUPLICATE_ID, Finding.Word.type("seed"), "a.md").english());
        assertEquals("link ql-x: a seaport must be drawn as a Point, not a LineString",
                Finding.at(Where.of("link", "ql-x"), Kind.WRONG_SHAPE, new Finding.Code("kind.", "seaport"),
                        CatalogueValidator.shape(true), "LineString").english());
        assertEquals("place p-1: geometry (lon 2.35, lat 48.85) lies outside northern Vietnam (lon 104–109.5, lat 19.5–23.5)"
                + " (lon/lat swapped?)", Finding.at(Where.of("place", "p-1"), Kind.OUTSIDE_REGION,
                new Finding.Extent(new Envelope(2.35, 2.35, 48.85, 48.85)), new Finding.Extent(CatalogueValidator.REGION)).english());
    }

    @Test
    void theVietnameseReadsAsAPlannersSentence() {
        assertEquals("cam kết c-1: không có tuyến nào mang mã 'ql-x'",
                Finding.at(Where.of("commitment", "c-1"), Kind.UNKNOWN_LINK, "ql-x").text(VI));
        assertEquals("tuyến ql-x: một cảng biển (seaport) phải được vẽ là điểm, không phải LineString",
                Finding.at(Where.of("link", "ql-x"), Kind.WRONG_SHAPE, new Finding.Code("kind.", "seaport"),
                        CatalogueValidator.shape(true), "LineString").text(VI));
        assertEquals("thay đổi đã hứa iv-1, sự kiện tiến độ ev-2: không tìm thấy nguyên văn đoạn trích trong a.md: \"x\"",
                Finding.at(new Where("intervention", "iv-1", "ev-2"), Kind.QUOTE_NOT_FOUND, "a.md", "x").text(VI));
        assertFalse(new Finding.Extent(CatalogueValidator.REGION).text(VI).contains("lon"));
    }
}
