package org.linkatlas.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The user's working copy of the store. The first start copies the bundled store into the user's data folder;
 * later starts keep that copy (an upgrade never overwrites the user's edits) and migrate it. A copy that is
 * damaged is reported, never silently replaced: {@link #restoreBundled()} moves it aside and copies the bundled
 * store anew. Does file I/O: call it off the JavaFX thread.
 */
public final class UserStore {
    private final Path bundled;
    private final Path userFile;

    /** What opening the user's store found. */
    public sealed interface Outcome permits Ready, Damaged {
    }

    /**
     * The store is sound and open; {@code copiedFromBundle} on a first start or after a restore;
     * {@code upgradedToNewBundle} when a new bundled catalogue replaced the old one under the user's edits.
     */
    public record Ready(Database database, boolean copiedFromBundle, boolean upgradedToNewBundle) implements Outcome {
        public Ready(Database database, boolean copiedFromBundle) {
            this(database, copiedFromBundle, false);
        }
    }

    /** The user's file cannot be used; nothing has been changed on disk. */
    public record Damaged(Path file, String reason) implements Outcome {
    }

    public UserStore(Path bundled, Path userDir) {
        this.bundled = bundled;
        this.userFile = userDir.resolve(bundled.getFileName());
    }

    public Path userFile() {
        return userFile;
    }

    public Outcome open() {
        boolean copied = false;
        if (!Files.exists(userFile)) {
            copyBundled();
            copied = true;
        }
        boolean upgraded = false;
        Database db;
        try {
            if (!copied && Files.isRegularFile(bundled)) {
                upgraded = BundleUpgrade.upgradeIfChanged(bundled, userFile);
            }
            db = Database.open(userFile);
        } catch (StorageException e) {
            return new Damaged(userFile, e.getMessage());
        }
        List<String> problems = db.integrityProblems();
        if (!problems.isEmpty()) {
            db.close();
            return new Damaged(userFile, String.join("; ", problems.subList(0, Math.min(3, problems.size()))));
        }
        return new Ready(db, copied, upgraded);
    }

    /**
     * Keeps the damaged file as {@code link-atlas.sqlite.damaged-YYYYMMDD-HHMMSS} beside it, then copies the
     * bundled store in its place and opens it.
     *
     * @return where the damaged file was kept
     */
    public Path restoreBundled() {
        Path aside = userFile.resolveSibling(userFile.getFileName() + ".damaged-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            if (Files.exists(userFile)) {
                Files.move(userFile, aside);
                for (String suffix : new String[] {"-wal", "-shm"}) {
                    Path side = Path.of(userFile + suffix);
                    if (Files.exists(side)) {
                        Files.move(side, Path.of(aside + suffix));
                    }
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot move the damaged store " + userFile + " aside: " + e.getMessage(), e);
        }
        copyBundled();
        return aside;
    }

    private void copyBundled() {
        if (!Files.isRegularFile(bundled)) {
            throw new StorageException("the bundled store is missing: " + bundled
                    + " (build it with ./mvnw package, or reinstall Link Atlas)");
        }
        try {
            Files.createDirectories(userFile.getParent());
            Path temp = Files.createTempFile(userFile.getParent(), userFile.getFileName().toString(), ".copying");
            Files.copy(bundled, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, userFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("cannot copy the bundled store to " + userFile + ": " + e.getMessage(), e);
        }
    }
}
