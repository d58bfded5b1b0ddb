package org.linkatlas.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenFileIsReadableByOthersLikeAnyOrdinaryFile() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path f = dir.resolve("route.pdf");
        AtomicFile.write(f, t -> Files.writeString(t, "x"));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryOne() throws Exception {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "before");
        assertThrows(IOException.class, () -> AtomicFile.write(f, t -> {
            Files.writeString(t, "half");
            throw new IOException("disk full");
        }));
        assertEquals("before", Files.readString(f));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList());
        }
    }
}
