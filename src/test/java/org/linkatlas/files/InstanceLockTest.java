package org.linkatlas.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.testing.ChildJvm;

/** Issue 11: a second window on the same user folder is told; the OS frees the lock when the first dies. */
class InstanceLockTest {
    @TempDir
    Path dir;

    @Test
    void aFolderHeldByAnotherProcessIsHeldElsewhereUntilThatProcessEnds() throws Exception {
        Process other = ChildJvm.start("lock", dir.toString());
        try {
            assertEquals(InstanceLock.State.HELD_ELSEWHERE, InstanceLock.tryAcquire(dir).state());
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // killed, as a crash would: no clean release
        }
        var attempt = InstanceLock.tryAcquire(dir);
        assertEquals(InstanceLock.State.ACQUIRED, attempt.state(), "a crashed window leaves no stale lock");
        attempt.lock().close();
    }

    @Test
    void aSecondLockInTheSameProcessIsHeldElsewhereAndFreedOnClose() {
        var first = InstanceLock.tryAcquire(dir);
        assertEquals(InstanceLock.State.ACQUIRED, first.state());
        assertEquals(InstanceLock.State.HELD_ELSEWHERE, InstanceLock.tryAcquire(dir).state());
        first.lock().close();
        var again = InstanceLock.tryAcquire(dir);
        assertEquals(InstanceLock.State.ACQUIRED, again.state());
        again.lock().close();
    }

    @Test
    void aFolderThatCannotBeMadeIsUnavailable() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(InstanceLock.State.UNAVAILABLE, InstanceLock.tryAcquire(file.resolve("home")).state());
    }
}
