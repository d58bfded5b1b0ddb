package org.linkatlas.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * When the app brings a new bundled catalogue (its {@code built_at} differs from the one the user's copy was
 * made from), the user's copy is rebuilt from the new bundle with the user's own tables carried over: the
 * changeset log, conflict choices, imported sources and quote anchors. The changesets are then applied over
 * the new catalogue when the store opens, where conflicts show. The new file is made beside the old one and
 * moved over it in one step; the old one is kept as {@code …before-upgrade-…}. File I/O: off the JavaFX thread.
 */
final class BundleUpgrade {
    /** The user's tables, in an order that satisfies their foreign keys. */
    static final List<String> USER_TABLES = List.of("changeset", "changeset_record", "changeset_field", "conflict_choice",
            "source_document", "quote_anchor");

    private BundleUpgrade() {
    }

    /**
     * Whether the bundle was built at another time than the catalogue in {@code user} (the user's store, open and
     * migrated: the one opening of it a start needs). The bundle is read immutable: it is not written while the
     * app runs.
     */
    static boolean changed(Path bundled, Database user) {
        Optional<String> bundleBuilt;
        try (Database b = Database.openReadOnly(bundled, true)) {
            bundleBuilt = builtAt(b);
        }
        return bundleBuilt.isPresent() && !bundleBuilt.equals(builtAt(user));
    }

    /**
     * Rebuilds the user's file (closed, after {@link #changed}) on the new bundle, its own tables carried over.
     *
     * @return true (it was rebuilt)
     */
    static boolean upgrade(Path bundled, Path userFile) {
        Path dir = userFile.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, userFile.getFileName().toString(), ".upgrading");
            Files.copy(bundled, temp, StandardCopyOption.REPLACE_EXISTING);
            try (Database db = Database.open(temp)) {
                carryOver(db, userFile);
                List<String> problems = db.integrityProblems();
                if (!problems.isEmpty()) {
                    throw new StorageException("the upgraded store failed its check: " + problems.get(0));
                }
            }
            Path keep = userFile.resolveSibling(userFile.getFileName() + ".before-upgrade-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Files.copy(userFile, keep, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, userFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new StorageException("cannot upgrade " + userFile + " to the new catalogue: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
                deleteQuietly(Path.of(temp + "-wal"));
                deleteQuietly(Path.of(temp + "-shm"));
            }
        }
    }

    private static void carryOver(Database db, Path userFile) {
        var c = db.connection();
        try (Statement s = c.createStatement()) {
            s.execute("ATTACH DATABASE '" + userFile.toAbsolutePath().toString().replace("'", "''") + "' AS prev");
            try {
                db.inTransaction(() -> {
                    for (String table : USER_TABLES) {
                        try (Statement copy = c.createStatement()) {
                            copy.executeUpdate("INSERT INTO main." + table + " SELECT * FROM prev." + table);
                        }
                    }
                    return null;
                });
            } finally {
                s.execute("DETACH DATABASE prev");
            }
        } catch (SQLException e) {
            throw new StorageException("cannot carry the user's edits over from " + userFile + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> builtAt(Database db) {
        return new CatalogueStore(db).info("built_at");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray temp file is harmless
        }
    }
}
