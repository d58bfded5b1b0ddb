package org.linkatlas.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers every temporary {@code .part} file that {@link AtomicFile} is filling, wherever it is (an export goes
 * to a folder the user chose), as one small entry per file in a journal folder of the user's data folder; the
 * entry goes when the write ends. A process killed mid-write (a PDF export stopped by the window manager) leaves
 * its entries; the next start calls {@link #cleanStale} and deletes the {@code .part} files of processes that
 * have ended. Without a journal folder set (the commands, the tests) nothing is recorded. Once {@link #stop}
 * returns, no entry is made in the old folder: a write begun on another thread (a map tile saved to the cache
 * after the window closed) goes on unrecorded rather than re-create a folder that may be being removed. Any
 * thread; file I/O, never on the JavaFX thread.
 */
public final class PartJournal {
    private static final String ENTRY = ".entry";
    private static final AtomicLong COUNTER = new AtomicLong();
    /** Guarded by {@link #FOLDER}. */
    private static Path journal;
    /** Held shared while an entry is made, exclusively to change the folder: so a change waits for those. */
    private static final java.util.concurrent.locks.ReentrantReadWriteLock FOLDER = new java.util.concurrent.locks.ReentrantReadWriteLock();

    private PartJournal() {
    }

    /** From now on, record this process's {@code .part} files in {@code folder} (made when first needed). */
    public static void keepIn(Path folder) {
        FOLDER.writeLock().lock();
        try {
            journal = folder;
        } finally {
            FOLDER.writeLock().unlock();
        }
    }

    /** Stops recording (the window has closed; tests), once the entries being made are made. */
    public static void stop() {
        keepIn(null);
    }

    /** A unique name for the next temporary file of this process. */
    static String uniqueSuffix() {
        return ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    /**
     * Records {@code part} before it is created.
     *
     * @return the entry to pass to {@link #end}, or null when there is no journal or it cannot be written
     */
    static Path begin(Path part, String suffix) {
        FOLDER.readLock().lock();
        try {
            return record(journal, part, suffix);
        } finally {
            FOLDER.readLock().unlock();
        }
    }

    private static Path record(Path folder, Path part, String suffix) {
        if (folder == null) {
            return null;
        }
        try {
            Files.createDirectories(folder);
            Path entry = folder.resolve(suffix + ENTRY);
            Files.writeString(entry, part.toAbsolutePath().toString(), StandardCharsets.UTF_8);
            return entry;
        } catch (IOException e) {
            return null; // a read-only data folder: the write goes on, unrecorded
        }
    }

    static void end(Path entry) {
        if (entry != null) {
            try {
                Files.deleteIfExists(entry);
            } catch (IOException ignored) {
                // left for the next start's sweep, which finds the .part gone
            }
        }
    }

    /**
     * Deletes the {@code .part} files recorded by processes that have ended, and their entries.
     *
     * @return how many {@code .part} files were deleted
     */
    public static int cleanStale(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + ENTRY)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                long pid;
                try {
                    pid = Long.parseLong(name.substring(0, name.indexOf('-')));
                } catch (RuntimeException e) {
                    continue; // not ours
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue; // still writing (another window's export)
                }
                try {
                    String recorded = Files.readString(entry, StandardCharsets.UTF_8).strip();
                    if (recorded.endsWith(AtomicFile.PART) && Files.deleteIfExists(Path.of(recorded))) {
                        deleted++;
                    }
                    Files.deleteIfExists(entry);
                } catch (IOException | RuntimeException e) {
                    // unreadable or undeletable: try again next start
                }
            }
        } catch (IOException e) {
            return deleted;
        }
        return deleted;
    }
}
