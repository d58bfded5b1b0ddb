package org.linkatlas.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes a file or folder truly unwritable for the test's own process. As an ordinary user, permissions do it;
 * as root (CI runs as root) permissions are ignored, so the ext4 immutable attribute ({@code chattr +i}) is
 * used, which root cannot write through either. {@link #undo} before the temporary folder is deleted.
 */
public final class ReadOnlyFiles {
    private ReadOnlyFiles() {
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    public static void make(Path p) throws Exception {
        if (root()) {
            chattr("+i", p);
        } else {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
            perms.removeAll(EnumSet.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE));
            Files.setPosixFilePermissions(p, perms);
        }
        assumeTrue(!Files.isWritable(p), "cannot make " + p + " read-only on this file system");
    }

    public static void undo(Path p) throws Exception {
        if (!Files.exists(p)) {
            return;
        }
        if (root()) {
            chattr("-i", p);
        } else {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
            perms.add(PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(p, perms);
        }
    }

    private static void chattr(String flag, Path p) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no chattr here");
            return;
        }
        process.getInputStream().readAllBytes();
        assumeTrue(process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0, "chattr " + flag + " failed on " + p);
    }
}
