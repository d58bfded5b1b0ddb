package org.linkatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.edit.EditSession;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.Edits;
import org.linkatlas.model.RecordRef;
import org.linkatlas.storage.Database;
import org.linkatlas.testing.Fixtures;
import org.linkatlas.testing.UnreadableFiles;

/** export-changes, import-changes and history as a user runs them, on real stores. */
class EditCommandsTest {
    @TempDir
    Path dir;
    Path a;
    Path b;
    String linkId;
    ByteArrayOutputStream out;
    ByteArrayOutputStream err;

    @BeforeEach
    void twoStoresOneEdited() throws Exception {
        a = dir.resolve("a.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), a);
        b = dir.resolve("b.sqlite");
        Files.copy(a, b, StandardCopyOption.REPLACE_EXISTING);
        try (Database db = Database.open(a)) {
            EditStore store = new EditStore(db, Clock.systemUTC());
            EditSession s = new EditSession(store.load().catalogue());
            linkId = s.current().links().get(2).id();
            s.execute(Edits.changeField(s.current(), new RecordRef("link", linkId), "stateNote", org.linkatlas.edit.FieldJson.local(org.linkatlas.model.LocalText.of("Đã thông xe", null))));
            store.save(s, "Nguyễn Văn A", "opened", true);
        }
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return Main.run(CliLanguage.in("en", args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportImportTwiceAndHistory() {
        Path file = dir.resolve("usb").resolve("changes.json");
        file.getParent().toFile().mkdirs();
        assertEquals(0, run("export-changes", file.toString(), "--store", a.toString()), err.toString());
        assertTrue(out().contains("wrote 1 changeset"), out());

        assertEquals(0, run("import-changes", file.toString(), "--store", b.toString()), err.toString());
        assertTrue(out().contains("applied 1, already here 0, left out 0"), out());
        assertEquals(0, run("import-changes", file.toString(), "--store", b.toString()));
        assertTrue(out().contains("applied 0, already here 1, left out 0"), out());

        assertEquals(0, run("history", "--record", "link:" + linkId, "--store", b.toString()));
        assertTrue(out().contains("Nguyễn Văn A") && out().contains("\"opened\""), out());
        assertTrue(out().contains("stateNote: ") && out().contains("→ {\"vi\":\"Đã thông xe\",\"en\":null}"), out());
        assertEquals(0, run("history", "--record", "no-such-record", "--store", b.toString()));
        assertTrue(out().contains("no changes to no-such-record"), out());
    }

    @Test
    void sinceAFutureDayExportsNothingAndBadUseExplainsItself() {
        Path file = dir.resolve("none.json");
        assertEquals(0, run("export-changes", file.toString(), "--since", "2999-01-01", "--store", a.toString()));
        assertTrue(out().contains("wrote 0 changeset"), out());
        assertEquals(2, run("export-changes", file.toString(), "--since", "yesterday", "--store", a.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--since takes a date"));
        assertEquals(2, run("import-changes"));
        Path notJson = dir.resolve("notes.txt");
        assertEquals(1, run("import-changes", notJson.toString(), "--store", b.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("import-changes: "), err.toString());
    }
    @Test
    void aUserStoreWhoseJournalFilesCannotBeReadIsSaidSoAndLeftAsItWas() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path store = home.resolve("link-atlas.sqlite");
        Path bundled = Files.createDirectories(dir.resolve("bundle")).resolve("link-atlas.sqlite"); // the user's copy's name
        Files.copy(b, bundled); // b: a store built from the catalogue, as the bundled one is
        Files.copy(bundled, store);
        org.linkatlas.storage.StoreJournals.journalsLeftBeside(store);
        Path wal = Path.of(store + "-wal");
        Path shm = Path.of(store + "-shm");
        byte[] walBefore = Files.readAllBytes(wal);
        UnreadableFiles.Run run;
        try {
            UnreadableFiles.make(wal);
            UnreadableFiles.make(shm);
            run = UnreadableFiles.java(wal, java.util.List.of("-Dlinkatlas.home=" + home, "-Dlinkatlas.bundledStore=" + bundled),
                    Main.class.getName(),
                    "history", "--lang", "en");
        } finally {
            UnreadableFiles.undo(wal);
            UnreadableFiles.undo(shm);
        }
        assertEquals(1, run.code(), run.output());
        assertTrue(run.output().contains("the store " + store + " cannot be opened: the journal files beside it"
                + " (link-atlas.sqlite-wal, link-atlas.sqlite-shm) cannot be read by your account"), run.output());
        assertTrue(!run.output().contains("SQLITE") && !run.output().contains("damaged"), run.output());
        org.junit.jupiter.api.Assertions.assertArrayEquals(walBefore, Files.readAllBytes(wal), "the journal as it was");
    }
    @Test
    void anEmptyUserStoreIsCalledDamagedInTheRunsLanguage() throws Exception {
        Path bundled = Files.createDirectories(dir.resolve("bundle")).resolve("link-atlas.sqlite");
        Files.copy(b, bundled);
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createFile(home.resolve("link-atlas.sqlite"));
        String before = System.getProperty("linkatlas.bundledStore");
        System.setProperty("linkatlas.bundledStore", bundled.toString());
        System.setProperty("linkatlas.home", home.toString());
        try {
            out = new ByteArrayOutputStream();
            err = new ByteArrayOutputStream();
            int code = Main.run(new String[] {"history", "--lang", "vi"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String said = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, code, said);
            assertTrue(said.contains("bị hỏng: tệp trống (0 byte)"), said);
            assertTrue(!said.contains("is empty") && !said.contains("bytes"), "not the English reason: " + said);
        } finally {
            System.clearProperty("linkatlas.home");
            if (before == null) {
                System.clearProperty("linkatlas.bundledStore");
            } else {
                System.setProperty("linkatlas.bundledStore", before);
            }
        }
        assertEquals(0, Files.size(home.resolve("link-atlas.sqlite")), "left as it was");
    }
}
