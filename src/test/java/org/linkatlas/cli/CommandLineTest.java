package org.linkatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.testing.Fixtures;

/** Issue 11, "Command line": usage, help, version, typos, extra arguments and the defects named there. */
class CommandLineTest {
    @TempDir
    static Path shared;
    static Path store;
    @TempDir
    Path dir;
    ByteArrayOutputStream out;
    ByteArrayOutputStream err;

    @BeforeAll
    static void buildTheRealStore() {
        store = shared.resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), store);
    }

    @BeforeEach
    void streams() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
    }

    private int run(String... args) {
        return Main.run(CliLanguage.in("en", args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void noStackTrace() {
        assertFalse((out() + err()).matches("(?s).*(Exception|\\tat |\\.java:\\d+).*"), out() + err());
    }

    @ParameterizedTest
    @CsvSource({"sumary, summary", "chek, check", "export-geojsn, export-geojson", "buildstore, build-store",
        "self-check, --self-check", "render-tiles, render-tile", "SUMMARY, summary"})
    void aTypoIsRefusedWithTheNearestCommand(String typed, String meant) {
        assertEquals(2, run(typed, "--from", "a"));
        assertTrue(err().startsWith("unknown command: " + typed + " (did you mean " + meant + "?)"), err());
        assertTrue(err().contains("usage:"), err());
        noStackTrace();
    }

    @Test
    void anUnknownCommandFarFromAnyIsRefusedWithoutAGuess() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().startsWith("unknown command: frobnicate\n"), err());
        assertFalse(err().contains("did you mean"), err());
        noStackTrace();
    }

    @ParameterizedTest
    @CsvSource({"-h", "--help", "help"})
    void helpPrintsTheUsageMadeFromTheTableAndExitsZero(String flag) {
        assertEquals(0, run(flag));
        assertTrue(out().startsWith("usage: "), out());
        for (Main.Command c : Main.COMMANDS) {
            assertTrue(out().contains("\n  " + c.name()), "the usage lists " + c.name() + ": " + out());
        }
        assertTrue(out().contains("exit codes: 0"), out());
        assertEquals("", err());
    }

    @ParameterizedTest
    @CsvSource({"--version", "-V"})
    void versionPrintsTheVersionAndExitsZero(String flag) {
        assertEquals(0, run(flag));
        assertTrue(out().matches("Link Atlas \\S+\\R"), out());
    }

    @Test
    void noArgumentsToMainIsUsageExitTwo() {
        assertEquals(2, run());
        assertTrue(err().startsWith("usage: "), err());
    }

    @Test
    void aCommandsOwnHelpPrintsItsUsageAndRunsNothing() {
        assertEquals(0, run("summary", "--help"));
        assertTrue(out().startsWith("usage: java -jar link-atlas.jar summary --from A --to B"), out());
        assertEquals(0, run("build-store", "-h"));
        assertFalse(Files.exists(dir.resolve("x.sqlite")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "check|extra|unexpected argument extra",
        "--self-check|now|unexpected argument now",
        "--version|please|takes no arguments",
        "--help|me|takes no arguments",
        "export-geojson|a.geojson b.geojson|give exactly one output FILE",
        "render-tile|9 407 226 a.png b.png|give Z X Y and the output FILE",
        "summary|--from a --to b c|needs --from A --to B"})
    void extraArgumentsAreRefused(String command, String extra, String message) {
        String[] words = (command + " " + extra).split(" ");
        assertEquals(2, run(words));
        assertTrue(err().contains(message), err());
        noStackTrace();
    }

    @Test
    void buildStoreNamesTheRealMissingFoldersAndNeverSaysANewFileWasLeftAsItWas() {
        Path target = dir.resolve("never.sqlite");
        assertEquals(1, run("build-store", "--data", "/nonexistent", "--seeds", "seeds-that-are-not-here", "--out", target.toString()));
        assertTrue(err().contains("the data folder /nonexistent does not exist"), err());
        assertTrue(err().contains("the seeds folder seeds-that-are-not-here (" + Path.of("seeds-that-are-not-here").toAbsolutePath()
                + ") does not exist"), err());
        assertFalse(err().contains("was left as it was"), err());
        assertFalse(Files.exists(target));
        noStackTrace();
    }

    @Test
    void buildStoreIntoANewFileWithABrokenCatalogueSaysNothingWasCreated() throws Exception {
        Path target = dir.resolve("new.sqlite");
        Path emptyData = Files.createDirectories(dir.resolve("data"));
        assertEquals(1, run("build-store", "--data", emptyData.toString(), "--seeds", Fixtures.seedsDir().toString(),
                "--out", target.toString()));
        assertTrue(err().contains("was not created"), err());
        assertFalse(err().contains("was left as it was"), err());
        assertFalse(Files.exists(target));
    }

    @Test
    void exportIntoAMissingFolderIsAnErrorAndCreatesNoFolder() {
        Path missing = dir.resolve("no-such-folder");
        assertEquals(1, run("export-geojson", missing.resolve("links.geojson").toString(), "--store", store.toString()));
        assertTrue(err().contains("the folder " + missing + " does not exist"), err());
        assertFalse(Files.exists(missing), "the folder was not made");
    }

    @Test
    void summaryFromAPlaceToItselfIsBadUsage() {
        Path pdf = dir.resolve("route.pdf");
        assertEquals(2, run("summary", "--store", store.toString(), "--from", "Hiệp Hòa", "--to", "hiep hoa",
                "--pdf", pdf.toString()));
        assertTrue(err().contains("--from and --to name the same place"), err());
        assertFalse(out().contains("0,0 km"), out());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void summaryIntoAMissingFolderWritesNothing() {
        Path missing = dir.resolve("gone");
        assertEquals(1, run("summary", "--store", store.toString(), "--from", "Hiệp Hòa", "--to", "Phổ Yên",
                "--csv", missing.resolve("c.csv").toString()));
        assertTrue(err().contains("the folder " + missing + " does not exist"), err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void anUnexpectedFailureIsOneLineWithoutAStackTrace() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        // the store path runs through a regular file: the driver fails deep inside
        assertEquals(1, run("check", "--store", notAFolder.resolve("store.sqlite").toString()));
        noStackTrace();
    }
}
