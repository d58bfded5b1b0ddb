package org.linkatlas.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a temporary {@code .part} file beside the target, then one move over
 * it. A crash, a full disk or an exception while writing leaves the previous file (or none) and no half file;
 * a process killed mid-write leaves its {@code .part}, which {@link PartJournal} records so the next start
 * deletes it. File I/O: any thread but the JavaFX one.
 */
public final class AtomicFile {
    static final String PART = ".part";

    private AtomicFile() {
    }

    /** What fills the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temp) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp;
        Path entry;
        while (true) {
            String suffix = PartJournal.uniqueSuffix();
            Path candidate = dir.resolve("." + target.getFileName() + "." + suffix + PART);
            entry = PartJournal.begin(candidate, suffix); // recorded before it exists: a kill in between leaves nothing unknown
            try {
                temp = Files.createFile(candidate);
                break;
            } catch (FileAlreadyExistsException e) {
                PartJournal.end(entry); // left by an earlier process with the same id: take the next name
            } catch (IOException e) {
                PartJournal.end(entry);
                throw e;
            }
        }
        try {
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                // an ordinary file the user may share, like any other they save (not a private rw------- temp)
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            content.writeTo(temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temp);
            } finally {
                PartJournal.end(entry);
            }
        }
    }
}
