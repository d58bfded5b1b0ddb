package org.linkatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.edit.EditSession;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.Edits;
import org.linkatlas.model.RecordRef;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.testing.Fixtures;
import org.linkatlas.testing.TestPostgres;

/**
 * Issue 11 item 3 for the commands: every command of {@link Main#COMMANDS} run in Vietnamese and in English (its
 * help, a usage error, and a real run on a real store) prints nothing of the other language. "Text of the other
 * language" is made from the bundles: each message's words (what lies between its arguments) that the two
 * languages do not share.
 */
class CommandLanguageTest {
    @TempDir
    static Path shared;
    static Path store;
    static String agreement;
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeAll
    static void buildAStoreWithOneEdit() {
        store = shared.resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), store);
        edit(store, 2, "Đã thông xe");
    }

    /** One saved edit in {@code file}: the state note of its {@code n}th link. */
    static void edit(Path file, int n, String note) {
        try (Database db = Database.open(file)) {
            EditStore edits = new EditStore(db, Clock.systemUTC());
            EditSession s = new EditSession(edits.load().catalogue());
            String link = s.current().links().get(n).id();
            agreement = s.current().agreements().get(0).id();
            s.execute(Edits.changeField(s.current(), new RecordRef("link", link), "stateNote",
                    org.linkatlas.edit.FieldJson.local(org.linkatlas.model.LocalText.of(note, null))));
            edits.save(s, "Nguyễn Văn A", "opened", true);
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CommandLanguageTest.class.getResourceAsStream("/org/linkatlas/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /**
     * The words of every message of {@code own} that the {@code other} language never uses: the literal runs
     * between a pattern's arguments, of two words or more. A line in the other language holding one of them
     * speaks this one.
     */
    static Set<String> wordsOnlyIn(Properties own, Properties other) {
        String otherText = String.join("\n", other.stringPropertyNames().stream().map(other::getProperty)
                .map(CommandLanguageTest::literal).toList());
        Set<String> words = new LinkedHashSet<>();
        for (String key : own.stringPropertyNames()) {
            for (String run : literal(own.getProperty(key)).split("\\{\\}")) {
                String w = run.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
                if (w.contains(" ") && w.length() >= 10 && w.matches(".*\\p{L}{3}.*") && !otherText.contains(w)) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /** A MessageFormat pattern's text with each argument (and a choice inside it) as "{}", '' as '. */
    static String literal(String pattern) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (char ch : pattern.replace("''", "'").toCharArray()) {
            if (ch == '{') {
                if (depth++ == 0) {
                    b.append("{}");
                }
            } else if (ch == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                b.append(ch);
            }
        }
        return b.toString();
    }

    static void speaksOnly(String lang, Result r, String what) throws Exception {
        Properties en = bundle("messages.properties");
        Properties vi = bundle("messages_vi.properties");
        Set<String> foreign = lang.equals("vi") ? wordsOnlyIn(en, vi) : wordsOnlyIn(vi, en);
        assertFalse(foreign.isEmpty());
        for (String line : r.all().split("\n")) {
            for (String w : foreign) {
                assertFalse(line.contains(w), what + " in " + lang + " prints \"" + w + "\" of the other language: " + line);
            }
        }
        assertFalse(r.all().contains("!cli."), what + ": a key missing from the bundle: " + r.all());
        assertFalse(r.all().matches("(?s).*(Exception|\\tat |\\.java:\\d+).*"), what + ": " + r.all());
    }

    /** The message of {@code key} in {@code lang}, its arguments left out: the text a run must show. */
    static String words(String lang, String key) throws Exception {
        Properties p = bundle(lang.equals("vi") ? "messages_vi.properties" : "messages.properties");
        String[] runs = literal(p.getProperty(key)).split("\\{\\}");
        String longest = "";
        for (String run : runs) {
            longest = run.strip().length() > longest.length() ? run.strip() : longest;
        }
        return longest;
    }

    static void check(String lang, String what, Result r, int code, String key) throws Exception {
        assertEquals(code, r.code(), what + ": " + r.all());
        assertTrue(r.all().contains(words(lang, key)), what + " says " + key + " in " + lang + ": " + r.all());
        speaksOnly(lang, r, what);
    }

    @Test
    void theCheckIsMadeFromTheBundlesAndCatchesTheOtherLanguage() throws Exception {
        Set<String> english = wordsOnlyIn(bundle("messages.properties"), bundle("messages_vi.properties"));
        assertTrue(english.contains("unknown command"), "a sample of the English words: " + english.size());
        Result vi = run("frobnicate", "--lang", "vi");
        assertFalse(vi.err().contains("unknown command"), vi.err());
        org.opentest4j.AssertionFailedError caught = org.junit.jupiter.api.Assertions.assertThrows(
                org.opentest4j.AssertionFailedError.class, () -> speaksOnly("vi", run("frobnicate", "--lang", "en"), "en as vi"));
        assertTrue(caught.getMessage().contains("of the other language"), caught.getMessage());
    }

    /**
     * The check above cannot see a Vietnamese message left as the English one (its words are then in both bundles):
     * every command message with words of its own must differ between the languages (names such as "MBTiles" or
     * "PostgreSQL" may stand alone).
     */
    @Test
    void noCommandMessageIsLeftUntranslated() throws Exception {
        Properties en = bundle("messages.properties");
        Properties vi = bundle("messages_vi.properties");
        List<String> same = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("cli.") && en.getProperty(key).equals(vi.getProperty(key))
                    && literal(en.getProperty(key)).matches("(?s).*\\b\\p{Ll}{3,}\\b.*")) {
                same.add(key);
            }
        }
        assertEquals(List.of(), same, "the same words in both languages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theUsageHelpTyposAndExtraArgumentsSpeakTheLanguage(String lang) throws Exception {
        check(lang, "--help", run("--help", "--lang", lang), 0, "cli.usage.exitCodes");
        check(lang, "no command", run("--lang", lang), 2, "cli.usage.window");
        check(lang, "a typo", run("sumary", "--lang", lang), 2, "cli.usage.unknownCommandNear");
        check(lang, "an unknown command", run("frobnicate", "--lang", lang), 2, "cli.usage.unknownCommand");
        check(lang, "--version with more", run("--version", "please", "--lang", lang), 2, "cli.usage.noArguments");
        for (Main.Command c : Main.COMMANDS) {
            Result help = run(c.name(), "--help", "--lang", lang);
            check(lang, c.name() + " --help", help, 0, "cli." + c.summaryKey());
            assertTrue(help.out().contains("[--lang vi|en]"), help.out());
            check(lang, c.name() + " --bogus", run(c.name(), "--bogus", "x", "--lang", lang), 2, "cli.usage.unknownOption");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyCommandsRealRunSpeaksTheLanguage(String lang) throws Exception {
        String s = store.toString();
        check(lang, "--self-check", run("--self-check", "--lang", lang), 0, "cli.self.ok");
        check(lang, "check", run("check", "--store", s, "--data", Fixtures.dataDir().toString(), "--seeds",
                Fixtures.seedsDir().toString(), "--lang", lang), 0, "cli.check.byProvinceToday");
        check(lang, "export", run("export", dir.resolve("l.csv").toString(), "--kind", "bridge", "--store", s,
                "--lang", lang), 0, "cli.export.wrote");
        check(lang, "export --kind", run("export", dir.resolve("l.csv").toString(), "--kind", "boat", "--store", s,
                "--lang", lang), 2, "cli.filter.code");
        check(lang, "export-geojson", run("export-geojson", dir.resolve("l.geojson").toString(), "--store", s,
                "--lang", lang), 0, "cli.export.wrote");
        check(lang, "sheets", run("sheets", "--pdf", dir.resolve("s.pdf").toString(), "--agreement", agreement,
                "--store", s, "--lang", lang), 0, "cli.sheets.wrote");
        check(lang, "sheets --agreement", run("sheets", "--pdf", dir.resolve("s.pdf").toString(), "--agreement", "nope",
                "--store", s, "--lang", lang), 2, "cli.filter.agreement");
        check(lang, "build-store", run("build-store", "--data", Fixtures.dataDir().toString(), "--seeds",
                Fixtures.seedsDir().toString(), "--out", dir.resolve("b.sqlite").toString(), "--lang", lang), 0, "cli.build.built");
        check(lang, "build-store missing", run("build-store", "--data", "/nonexistent", "--out",
                dir.resolve("c.sqlite").toString(), "--lang", lang), 1, "cli.folder.givenMissing");
        check(lang, "render-tile", run("render-tile", "9", "407", "226", dir.resolve("t.png").toString(), "--lang", lang),
                0, "cli.tile.wrote");
        check(lang, "render-tile Z", run("render-tile", "99", "0", "0", dir.resolve("t.png").toString(), "--lang", lang),
                2, "cli.tile.zoomRange");
        check(lang, "summary", run("summary", "--from", "Hiệp Hòa", "--to", "Phổ Yên", "--store", s, "--csv",
                dir.resolve("c.csv").toString(), "--lang", lang), 0, "cli.summary.wrote");
        check(lang, "summary unknown", run("summary", "--from", "Son Dongg", "--to", "Phổ Yên", "--store", s,
                "--lang", lang), 1, "cli.summary.unknownPlace");
        Path changes = dir.resolve("changes.json");
        Path mine = Files.copy(store, dir.resolve("mine.sqlite"));
        check(lang, "export-changes", run("export-changes", changes.toString(), "--store", mine.toString(), "--lang", lang),
                0, "cli.changes.wrote");
        check(lang, "export-changes --since", run("export-changes", changes.toString(), "--since", "yesterday",
                "--store", mine.toString(), "--lang", lang), 2, "cli.changes.since");
        Path other = Files.copy(store, dir.resolve("other.sqlite"));
        check(lang, "import-changes", run("import-changes", changes.toString(), "--store", other.toString(), "--lang", lang),
                0, "cli.changes.imported");
        Result history = run("history", "--store", mine.toString(), "--lang", lang);
        check(lang, "history", history, 0, "cli.history.op.modify");
        check(lang, "history none", run("history", "--record", "no-such-link", "--store", mine.toString(), "--lang", lang),
                0, "cli.history.noneTo");
        // the shared store's commands without a server: refused addresses and a server that is not there
        check(lang, "init-server", run("init-server", "--lang", lang), 2, "cli.server.give");
        check(lang, "sync --keep", run("sync", "--server", "postgresql://127.0.0.1/atlas?user=lan", "--keep", "both",
                "--lang", lang), 2, "cli.sync.keep");
        String nobody = "postgresql://127.0.0.1:1/atlas?user=lan";
        check(lang, "init-server refused", run("init-server", nobody, "--store", s, "--lang", lang), 1, "shared.error.unreachable");
        check(lang, "sync refused", run("sync", "--server", nobody, "--store", mine.toString(), "--lang", lang), 1,
                "shared.error.unreachable");
        check(lang, "check refused", run("check", "--store", nobody, "--lang", lang), 1, "shared.error.unreachable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void aConflictingImportIsListedInTheLanguage(String lang) throws Exception {
        Path mine = Files.copy(store, dir.resolve("mine.sqlite"));
        edit(mine, 2, "Mới thông xe");
        Path theirs = Files.copy(store, dir.resolve("theirs.sqlite"));
        edit(theirs, 2, "Chưa thông xe");
        Path file = dir.resolve("changes.json");
        assertEquals(0, run("export-changes", file.toString(), "--store", mine.toString(), "--lang", lang).code());
        Result r = run("import-changes", file.toString(), "--store", theirs.toString(), "--lang", lang);
        check(lang, "import-changes with a conflict", r, 1, "cli.changes.leftOut");
        assertTrue(r.out().contains(words(lang, "cli.changes.conflict")), r.out());
    }

    /** Dates and numbers in the language's notation, names in its alphabetical order. */
    @Test
    void numbersDatesAndNamesFollowTheLanguage() throws Exception {
        String[] checkArgs = {"check", "--store", store.toString()};
        Result vi = run(CliLanguage.in("vi", checkArgs));
        Result en = run(CliLanguage.in("en", checkArgs));
        assertTrue(vi.out().contains("(±25,0 km)"), vi.out());
        assertTrue(en.out().contains("(±25.0 km)"), en.out());
        for (String lang : List.of("vi", "en")) {
            Result r = lang.equals("vi") ? vi : en;
            String head = words(lang, "cli.check.byProvinceAtSigning") + ":";
            List<String> names = new ArrayList<>();
            boolean in = false;
            for (String line : r.out().split("\n")) {
                if (line.equals(head)) {
                    in = true;
                } else if (in && line.startsWith("  ")) {
                    names.add(line.strip().replaceAll("\\s+[\\d.,]+$", ""));
                } else {
                    in = false;
                }
            }
            assertTrue(names.size() > 5, r.out());
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(org.linkatlas.i18n.NameOrder.of(Locale.forLanguageTag(lang)));
            assertEquals(sorted, names, "provinces in " + lang + "'s alphabetical order");
            // word by word, as a Vietnamese index has them (the JDK's collator alone gave Hải Phòng before Hà Nội)
            assertTrue(names.indexOf("Hà Nội") < names.indexOf("Hải Dương")
                    && names.indexOf("Hải Dương") < names.indexOf("Hải Phòng"), names.toString());
            assertTrue(names.indexOf("Hải Dương") < names.indexOf("Hòa Bình") || !names.contains("Hòa Bình"), names.toString());
        }
        Path mine = Files.copy(store, dir.resolve("mine.sqlite"));
        String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertTrue(run("history", "--store", mine.toString(), "--lang", "vi").out().contains(day + " UTC"), "vi dates: " + day);
    }

    @Test
    void theSharedStoresCommandsSpeakTheLanguageAgainstARealServer() throws Exception {
        for (String lang : List.of("vi", "en")) {
            ServerAddress server = TestPostgres.newDatabase("clilang_" + lang);
            check(lang, "init-server", run("init-server", server.toString(), "--store", store.toString(), "--lang", lang),
                    0, "cli.init.loaded");
            check(lang, "init-server again", run("init-server", server.toString(), "--lang", lang), 0, "cli.init.notLoaded");
            Path mine = Files.copy(store, dir.resolve("mine-" + lang + ".sqlite"));
            edit(mine, 3, "Đang thi công");
            check(lang, "sync", run("sync", "--server", server.toString(), "--store", mine.toString(), "--lang", lang),
                    0, "cli.sync.pushed");
            check(lang, "sync again", run("sync", "--server", server.toString(), "--store", mine.toString(), "--lang", lang),
                    0, "cli.sync.inStep");
            check(lang, "check server", run("check", "--store", server.toString(), "--lang", lang), 0, "cli.check.serverRead");
            // another planner changed the same field meanwhile: a conflict, listed, then settled with --keep
            Path theirs = Files.copy(store, dir.resolve("theirs-" + lang + ".sqlite"));
            assertEquals(0, run("sync", "--server", server.toString(), "--store", theirs.toString()).code());
            edit(mine, 4, "Của tôi");
            edit(theirs, 4, "Của họ");
            assertEquals(0, run("sync", "--server", server.toString(), "--store", theirs.toString()).code());
            Result held = run("sync", "--server", server.toString(), "--store", mine.toString(), "--lang", lang);
            check(lang, "sync with a conflict", held, 1, "cli.sync.choose");
            assertTrue(held.out().contains(words(lang, "cli.sync.sides")), held.out());
            check(lang, "sync --keep mine", run("sync", "--server", server.toString(), "--store", mine.toString(),
                    "--keep", "mine", "--lang", lang), 0, "cli.sync.keptMine");
        }
    }
}
