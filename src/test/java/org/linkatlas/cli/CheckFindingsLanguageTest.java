package org.linkatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.testing.Fixtures;

/**
 * Issue 11 item 3 for the catalogue's findings: {@code check} and {@code build-store} over a copy of the real
 * catalogue with one broken reference (a link naming an agreement that does not exist) print the validator's
 * finding in the run's language, and nothing of the other language ({@link CommandLanguageTest#speaksOnly}).
 */
class CheckFindingsLanguageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    Path data;
    Path seeds;
    Path store;
    String link;

    @BeforeEach
    void aCopyOfTheCatalogueWithOneBrokenReference() throws IOException {
        data = Fixtures.copyTree(Fixtures.dataDir(), dir.resolve("data"));
        seeds = Fixtures.copyTree(Fixtures.seedsDir(), dir.resolve("seeds"));
        store = dir.resolve("link-atlas.sqlite");
        new StoreBuilder().build(data, seeds, store); // the store from the files as they were
        Path file;
        try (Stream<Path> files = Files.list(data.resolve("catalogue"))) {
            file = files.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
        }
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ObjectNode first = (ObjectNode) ((ArrayNode) root.get("links")).get(0);
        first.putArray("agreements").add("no-such-agreement");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        link = first.get("id").asText();
    }

    @Test
    void checkPrintsTheFindingInVietnamese() throws Exception {
        var r = CommandLanguageTest.run("check", "--store", store.toString(), "--data", data.toString(), "--seeds",
                seeds.toString(), "--lang", "vi");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("vấn đề: danh mục: tuyến " + link + ": không có thoả thuận nào mang mã 'no-such-agreement'"),
                r.err());
        assertFalse(r.all().contains("is unknown"), r.all());
        CommandLanguageTest.speaksOnly("vi", r, "check of a broken catalogue");
    }

    @Test
    void checkInEnglishKeepsTheBuildsWords() throws Exception {
        var r = CommandLanguageTest.run("check", "--store", store.toString(), "--data", data.toString(), "--seeds",
                seeds.toString(), "--lang", "en");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("problem: catalogue: link " + link + ": agreement 'no-such-agreement' is unknown"), r.err());
        CommandLanguageTest.speaksOnly("en", r, "check of a broken catalogue");
    }

    @Test
    void buildStoreFollowsLang() throws Exception {
        Path out = dir.resolve("new.sqlite");
        var vi = CommandLanguageTest.run("build-store", "--data", data.toString(), "--seeds", seeds.toString(),
                "--out", out.toString(), "--lang", "vi");
        assertEquals(1, vi.code(), vi.all());
        assertTrue(vi.err().contains("build-store: Danh mục có 1 lỗi:\n  tuyến " + link
                + ": không có thoả thuận nào mang mã 'no-such-agreement'"), vi.err());
        CommandLanguageTest.speaksOnly("vi", vi, "build-store of a broken catalogue");
        var en = CommandLanguageTest.run("build-store", "--data", data.toString(), "--seeds", seeds.toString(),
                "--out", out.toString(), "--lang", "en");
        assertTrue(en.err().contains("build-store: 1 problem(s) in the catalogue:\n  link " + link
                + ": agreement 'no-such-agreement' is unknown"), en.err());
        CommandLanguageTest.speaksOnly("en", en, "build-store of a broken catalogue");
        assertFalse(Files.exists(out), "nothing written");
    }

}
