package org.linkatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.testing.Fixtures;

class SummaryCommandTest {
    @TempDir
    static Path dir;
    static Path store;
    ByteArrayOutputStream out;
    ByteArrayOutputStream err;

    @BeforeAll
    static void buildTheRealStore() {
        store = dir.resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), store);
    }

    @BeforeEach
    void streams() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int summary(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "summary";
        all[1] = "--store";
        all[2] = store.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsBothVariantsAndTheSegments() {
        assertEquals(0, summary("--from", "son dong", "--to", "TP Hạ Long", "--lang", "en"), err());
        assertTrue(out().contains("Existing links only:"), out());
        assertTrue(out().contains("With planned links:"), out());
        assertTrue(out().contains("Saved by the planned links:"), out());
        assertTrue(out().contains("[ql-18]"), out());
        assertTrue(out().contains("Source: "), out());
    }

    @Test
    void plannedListsThePlannedVariantInVietnamese() {
        assertEquals(0, summary("--from", "Hiệp Hòa", "--to", "Phổ Yên", "--planned"), err());
        assertTrue(out().contains("Các đoạn (cùng tuyến quy hoạch):"), out());
        assertTrue(out().contains("Tuyến hiện có:        không nối được"), out());
    }

    @Test
    void anUnknownPlaceExitsOneListingTheClosestMatches() {
        assertEquals(1, summary("--from", "Son Dongg", "--to", "Phổ Yên"));
        assertTrue(err().contains("is not a known place; closest:"), err());
        assertTrue(err().contains("Sơn Động (TT An Châu)"), err());
        assertEquals("", out());
    }

    @Test
    void anAmbiguousPlaceExitsOneListingTheCandidates() {
        assertEquals(1, summary("--from", "Cầu", "--to", "Phổ Yên"));
        assertTrue(err().contains("is ambiguous"), err());
        assertTrue(err().lines().filter(l -> l.startsWith("  ")).count() <= 5, err());
        assertEquals("", out());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, summary("--from", "Hiệp Hòa"));
        assertEquals(2, summary("--from", "Hiệp Hòa", "--to", "Phổ Yên", "--lang", "fr"));
        assertEquals(2, summary("--from", "Hiệp Hòa", "--to", "Phổ Yên", "--bogus", "x"));
    }

    @Test
    void pdfIsNotImplementedYet() {
        assertEquals(2, summary("--from", "Hiệp Hòa", "--to", "Phổ Yên", "--pdf", dir.resolve("r.pdf").toString()));
        assertTrue(err().contains("PDF export is not implemented yet"), err());
        assertTrue(!dir.resolve("r.pdf").toFile().exists());
    }

    @Test
    void checkReportsIsolatedPiecesAndStillPasses() {
        assertEquals(0, run("check", "--store", store.toString(), "--data", Fixtures.dataDir().toString(),
                "--seeds", Fixtures.seedsDir().toString()), err());
        assertTrue(out().contains("road network pieces that join nothing else: "), out());
    }
}
