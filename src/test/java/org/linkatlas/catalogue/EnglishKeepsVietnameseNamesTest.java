package org.linkatlas.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.PartyKind;
import org.linkatlas.search.TextFolding;
import org.linkatlas.testing.Fixtures;

/**
 * Issue 11 (one language at a time): the English texts of the catalogue write a Vietnamese proper name as
 * Vietnamese does ("Bắc Giang province", "Kép – Hạ Long railway"), as the window's province filter and the
 * basemap already do, never ASCII-folded ("Bac Giang") beside it. The names are those of the real catalogue's
 * provinces, local parties, places and links (their Vietnamese names minus generic words such as "Tỉnh",
 * "Cầu", "Ga"); every {@code *_en} field and every {@code en} of a bilingual text in data/ is searched for a
 * name folded by {@link TextFolding}. Pure file reading; any thread.
 */
class EnglishKeepsVietnameseNamesTest {
    /** Words that open a Vietnamese name without being part of the proper name ("Cầu Đồng Việt": "Đồng Việt"). */
    static final Set<String> GENERIC = Set.of("Tỉnh", "Thành", "Thị", "Huyện", "Xã", "Phường", "TP", "TT", "Cầu", "Ga",
            "Cảng", "Sân", "Cửa", "Chùa", "Đền", "Hồ", "Nút", "Phà", "Ngầm", "Quốc", "Đường", "Khu", "Sông", "Tuyến",
            "Vành", "Bến", "Các", "Một", "Đoạn", "Hệ", "ĐT", "Tua", "Nâng", "Mở", "Xây");
    /** Names English has its own word for: the country is "Viet Nam" in English texts. */
    static final Set<String> EXONYMS = Set.of("Việt Nam", "Trung Quốc");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Set<String>> namesByFold;

    record Hit(String where, String written, Set<String> spelling, String text) {
        @Override
        public String toString() {
            return where + ": “" + written + "” is " + String.join(" or ", spelling) + " in “" + text + "”";
        }
    }

    @BeforeAll
    static void collectNames() {
        Catalogue c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        List<String> vietnamese = new ArrayList<>();
        c.provinces().forEach(p -> vietnamese.add(p.name()));
        c.parties().stream().filter(p -> p.kind() == PartyKind.PROVINCE || p.kind() == PartyKind.LOCALITY)
                .forEach(p -> vietnamese.add(p.nameVi()));
        c.places().forEach(p -> vietnamese.add(p.nameVi()));
        c.links().forEach(l -> vietnamese.add(l.nameVi()));
        namesByFold = namesByFold(vietnamese);
    }

    /** The proper names in Vietnamese texts, by their folded form (one fold may have several spellings). */
    static Map<String, Set<String>> namesByFold(List<String> vietnamese) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String text : vietnamese) {
            for (String name : properNames(text)) {
                if (name.length() > 1 && !EXONYMS.contains(name)
                        && !TextFolding.fold(name).equals(name.toLowerCase(Locale.ROOT))) {
                    out.computeIfAbsent(TextFolding.fold(name), k -> new TreeSet<>()).add(name);
                }
            }
        }
        return out;
    }

    /**
     * The runs of capitalised words of a Vietnamese name, split at any punctuation, each without one generic
     * word at its start: "Cầu vượt Quán Toan (QL5 × QL10)" → "Quán Toan", "QL5", "QL10".
     */
    static List<String> properNames(String text) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int lastEnd = -1;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            boolean joined = lastEnd >= 0 && text.substring(lastEnd, m.start()).isBlank();
            if (!run.isEmpty() && !joined) {
                out.add(String.join(" ", run));
                run.clear();
            }
            if (Character.isUpperCase(w.codePointAt(0))) {
                boolean startsRun = run.isEmpty() && !(joined && afterDroppedWord(text, lastEnd));
                if (!(run.isEmpty() && GENERIC.contains(w) && startsRun)) {
                    run.add(w);
                }
            } else if (!run.isEmpty()) {
                out.add(String.join(" ", run));
                run.clear();
            }
            lastEnd = m.end();
        }
        if (!run.isEmpty()) {
            out.add(String.join(" ", run));
        }
        return out;
    }

    /** True when the word before {@code end} was a dropped generic word (so only one is dropped: "TT Cầu Gồ"). */
    private static boolean afterDroppedWord(String text, int end) {
        Matcher m = Pattern.compile("([\\p{L}\\p{N}]+)$").matcher(text.substring(0, end));
        return m.find() && GENERIC.contains(m.group(1));
    }

    /** Where {@code english} writes a collected name folded: each capitalised word sequence, longest name first. */
    static List<Hit> foldedNames(String where, String english, Map<String, Set<String>> names) {
        List<Hit> out = new ArrayList<>();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(english);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<String> folds = names.keySet().stream()
                .sorted(Comparator.comparingInt((String f) -> -f.split(" ").length).thenComparing(f -> -f.length())).toList();
        int i = 0;
        while (i < words.size()) {
            int next = i + 1;
            for (String fold : folds) {
                String[] parts = fold.split(" ");
                if (i + parts.length > words.size() || !matches(english, words, i, parts)) {
                    continue;
                }
                String written = english.substring(words.get(i)[0], words.get(i + parts.length - 1)[1]);
                if (!names.get(fold).contains(written)) {
                    out.add(new Hit(where, written, names.get(fold), english));
                }
                next = i + parts.length;
                break;
            }
            i = next;
        }
        return out;
    }

    private static boolean matches(String english, List<int[]> words, int from, String[] parts) {
        for (int k = 0; k < parts.length; k++) {
            int[] w = words.get(from + k);
            String word = english.substring(w[0], w[1]);
            if (!Character.isUpperCase(word.codePointAt(0)) || !TextFolding.fold(word).equals(parts[k])) {
                return false;
            }
            if (k > 0 && !english.substring(words.get(from + k - 1)[1], w[0]).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Every English text of data/: {@code *_en} and bilingual {@code en} in the catalogue files, the CSVs' name_en. */
    static List<Hit> foldedNamesInData(Path data) throws IOException {
        List<Hit> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(data.resolve("catalogue"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            walk(JSON.readTree(f.toFile()), "catalogue/" + f.getFileName(), null, "", out);
        }
        walk(JSON.readTree(data.resolve("places.geojson").toFile()), "places.geojson", null, "", out);
        for (String csv : List.of("parties.csv", "provinces.csv")) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
            try (Reader in = Files.newBufferedReader(data.resolve(csv))) {
                for (CSVRecord r : format.parse(in)) {
                    String id = r.isMapped("id") ? r.get("id") : r.get(0);
                    out.addAll(foldedNames(csv + " " + id + " name_en", r.get("name_en"), namesByFold));
                }
            }
        }
        return out;
    }

    private static void walk(JsonNode node, String file, String id, String path, List<Hit> out) {
        if (node.isObject()) {
            String here = node.path("id").isTextual() ? node.get("id").asText() : id;
            String base = here != null && !here.equals(id) ? "" : path;
            node.fields().forEachRemaining(e -> {
                String field = base.isEmpty() ? e.getKey() : base + "." + e.getKey();
                JsonNode v = e.getValue();
                if (v.isTextual() && (e.getKey().endsWith("_en") || e.getKey().equals("en"))) {
                    out.addAll(foldedNames(file + " " + here + " " + field, v.asText(), namesByFold));
                } else {
                    walk(v, file, here, field, out);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), file, id, path + "[" + i + "]", out);
            }
        }
    }

    @Test
    void noEnglishTextWritesAVietnameseNameWithoutItsDiacritics() throws IOException {
        List<Hit> hits = foldedNamesInData(Fixtures.dataDir());
        assertEquals(List.of(), hits, hits.size() + " ASCII-folded names in English texts");
    }

    @Test
    void theNamesAreTheCataloguesAndWithoutGenericWords() {
        assertTrue(namesByFold.size() > 80, "names collected: " + namesByFold.size());
        for (String name : List.of("Bắc Giang", "Hạ Long", "Kép", "Đồng Việt", "Bến Rừng", "Cầu Gồ", "Hòn Nét", "Lạch Huyện")) {
            assertTrue(namesByFold.getOrDefault(TextFolding.fold(name), Set.of()).contains(name), name);
        }
        assertEquals(List.of("Quán Toan", "QL5", "QL10"), properNames("Cầu vượt Quán Toan (QL5 × QL10)"));
        assertEquals(List.of("Chí Linh"), properNames("Thành phố Chí Linh"));
        assertTrue(!namesByFold.containsKey("viet nam") && !namesByFold.containsKey("tinh"), namesByFold.keySet().toString());
    }

    @Test
    void theSearchFindsFoldedNamesAndPassesTheirSpelling() {
        Map<String, Set<String>> names = namesByFold(List.of("Đường sắt Kép – Hạ Long", "Tỉnh Bắc Giang", "Chùa Thanh Mai"));
        List<Hit> hits = foldedNames("x", "Kep – Ha Long railway through Bac Giang province", names);
        assertEquals(List.of("Kep", "Ha Long", "Bac Giang"), hits.stream().map(Hit::written).toList());
        assertEquals(Set.of("Hạ Long"), hits.get(1).spelling());
        assertEquals(List.of(), foldedNames("x", "Kép – Hạ Long railway through Bắc Giang province", names));
        assertEquals(List.of(), foldedNames("x", "Thanh Mai pagoda; keep the kep; Dongxing; Bac-Giangxyz", names),
                "a name without diacritics, a lower-case word, part of a word");
        assertEquals(1, foldedNames("x", "Ha  Long bay", names).size(), "spaces between the words");
    }
}
