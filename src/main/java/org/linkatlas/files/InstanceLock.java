package org.linkatlas.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One window per user folder: an OS file lock ({@link FileChannel#tryLock()}) on {@code link-atlas.lock} in the
 * folder, held while the window is open and released by the OS when the process ends, however it ends (a
 * crash leaves no stale lock). The file's content (the holder's process id) is only informative.
 * File I/O: any thread but the JavaFX one.
 */
public final class InstanceLock implements AutoCloseable {
    public static final String FILE = "link-atlas.lock";

    private final FileChannel channel;
    private final FileLock lock;

    /** What trying the lock found. */
    public enum State {
        /** This process holds the folder. */
        ACQUIRED,
        /** Another window (another process, or another lock in this one) holds it. */
        HELD_ELSEWHERE,
        /** The folder cannot hold a lock file (it cannot be created or written): no other window can lock it either. */
        UNAVAILABLE
    }

    /** The outcome: the lock when {@link State#ACQUIRED}, else null. */
    public record Attempt(State state, InstanceLock lock) {
    }

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Attempt tryAcquire(Path folder) {
        Path file = folder.resolve(FILE);
        FileChannel channel;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        } catch (IOException | SecurityException e) {
            return new Attempt(State.UNAVAILABLE, null);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return new Attempt(State.HELD_ELSEWHERE, null);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return new Attempt(State.ACQUIRED, new InstanceLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return new Attempt(State.HELD_ELSEWHERE, null);
        } catch (IOException e) {
            closeQuietly(channel);
            return new Attempt(State.UNAVAILABLE, null);
        }
    }

    private static void closeQuietly(FileChannel c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing held
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // released when the channel closes
        }
        closeQuietly(channel);
    }
}
