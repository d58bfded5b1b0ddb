package org.linkatlas.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.testing.ChildJvm;

/** Issue 11: no {@code .part} file of a killed export survives the next start. */
class PartJournalTest {
    @TempDir
    Path dir;

    @AfterEach
    void noJournal() {
        PartJournal.stop();
    }

    private static List<Path> parts(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void theNextStartDeletesThePartFileOfAWriteKilledHalfWay() throws Exception {
        Path journal = dir.resolve("home").resolve(".parts");
        Path exports = Files.createDirectories(dir.resolve("Documents"));
        Process export = ChildJvm.start("part", journal.toString(), exports.resolve("route.pdf").toString());
        assertEquals(1, parts(exports).size(), "the export is half-way");
        assertEquals(0, PartJournal.cleanStale(journal), "a running export's file is not touched");
        assertEquals(1, parts(exports).size());

        export.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertEquals(1, parts(exports).size(), "the kill leaves the .part");
        assertEquals(1, PartJournal.cleanStale(journal));
        assertEquals(List.of(), parts(exports));
        assertFalse(Files.exists(exports.resolve("route.pdf")));
        try (Stream<Path> entries = Files.list(journal)) {
            assertEquals(0, entries.count(), "the journal is empty again");
        }
    }

    @Test
    void aFinishedWriteLeavesNoEntry() throws Exception {
        Path journal = dir.resolve(".parts");
        PartJournal.keepIn(journal);
        AtomicFile.write(dir.resolve("a.csv"), t -> Files.writeString(t, "x"));
        assertEquals("x", Files.readString(dir.resolve("a.csv")));
        try (Stream<Path> entries = Files.list(journal)) {
            assertEquals(0, entries.count());
        }
        assertTrue(parts(dir).isEmpty());
    }
}
