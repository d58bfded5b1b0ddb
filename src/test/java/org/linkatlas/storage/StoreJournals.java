package org.linkatlas.storage;

import java.nio.file.Files;
import java.nio.file.Path;

/** Stores as other processes leave them, for tests in any package. The test's thread. */
public final class StoreJournals {
    private StoreJournals() {
    }

    /**
     * The user's store with its journal beside it as a window of another account leaves it while open (or killed):
     * a change in the {@code -wal} that is not yet in the store file, and the {@code -shm}. Returns the change's
     * English name.
     */
    public static String journalsLeftBeside(Path userFile) throws Exception {
        Path copies = Files.createDirectories(userFile.resolveSibling("copies"));
        String changed = "Changed, still in the journal";
        try (Database db = Database.open(userFile)) {
            db.inTransaction(() -> {
                try (var s = db.connection().createStatement()) {
                    return s.executeUpdate("UPDATE link SET name_en = '" + changed + "'");
                }
            });
            for (String suffix : new String[] {"", "-wal", "-shm"}) { // copied while open: the journal not yet folded in
                Files.copy(Path.of(userFile + suffix), copies.resolve(userFile.getFileName() + suffix));
            }
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.move(copies.resolve(userFile.getFileName() + suffix), Path.of(userFile + suffix),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.delete(copies);
        if (Files.size(Path.of(userFile + "-wal")) == 0) {
            throw new AssertionError("the change is not in the journal");
        }
        return changed;
    }
}
