package org.linkatlas.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Seed;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.Database;

/**
 * Builds a store file from {@code data/} and {@code seeds/}: read, validate, write into a temporary file
 * beside the target, check it, then move it over the target in one step. Any failure leaves the previous
 * store exactly as it was. Does file I/O: never on the JavaFX thread.
 */
public final class StoreBuilder {

    /** What a build produced. */
    public record Result(Path store, Catalogue catalogue) {
    }

    public Result build(Path dataDir, Path seedsDir, Path target) {
        Catalogue catalogue = new CatalogueReader().read(dataDir, seedsDir);
        List<Finding> problems = new CatalogueValidator().findings(catalogue);
        if (!problems.isEmpty()) {
            throw CatalogueValidationException.of(problems);
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temp;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, target.getFileName().toString(), ".building");
        } catch (IOException e) {
            throw new CatalogueException(dir.toString(), null, null, "cannot write here: " + e.getMessage(), e);
        }
        try {
            try (Database db = Database.open(temp)) {
                new CatalogueStore(db).write(catalogue, info(catalogue));
                List<String> integrity = db.integrityProblems();
                if (!integrity.isEmpty()) {
                    throw new CatalogueValidationException(integrity);
                }
                db.makeSelfContained();
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Result(target, catalogue);
        } catch (IOException e) {
            throw new CatalogueException(target.toString(), null, null, "cannot replace the store: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(Path.of(temp + "-wal"));
            deleteQuietly(Path.of(temp + "-shm"));
        }
    }

    private static List<String[]> info(Catalogue c) {
        List<String[]> info = new ArrayList<>();
        info.add(new String[] {"built_at", Instant.now().toString()});
        info.add(new String[] {"app_version", org.linkatlas.AppVersion.get()});
        StringBuilder seeds = new StringBuilder();
        for (Seed s : c.seeds()) {
            seeds.append(s.fileName()).append('=').append(s.sha256()).append('\n');
        }
        info.add(new String[] {"seeds", seeds.toString().strip()});
        return info;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray temp file is harmless; the build result stands
        }
    }
}
