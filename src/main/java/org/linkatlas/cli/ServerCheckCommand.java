package org.linkatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.linkatlas.storage.StorageException;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.storage.pg.ServerSnapshot;

/**
 * {@code check --store postgresql://…}: the shared store checked like a local one. Its records are read in one
 * consistent server transaction into a temporary SQLite store, which {@link CheckCommand} then checks with every
 * rule and counts; the temporary file is deleted. Main thread.
 */
final class ServerCheckCommand {
    private final PrintStream out;
    private final PrintStream err;

    ServerCheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** {@code argv} as given to check; {@code --store} holds the server's address. */
    int run(String[] argv, String serverText) {
        ServerAddress address = ServerLogin.address(serverText);
        Path dir;
        try {
            dir = Files.createTempDirectory("link-atlas-check");
        } catch (IOException e) {
            err.println("check: cannot make a temporary folder: " + e.getMessage());
            return 1;
        }
        Path copy = dir.resolve("shared-store.sqlite");
        try {
            try (PgStore server = ServerLogin.connect(address, err)) {
                out.println("server: " + address + " (PostgreSQL " + server.serverVersion() + ", PostGIS "
                        + server.postgisVersion().orElse("missing") + ", schema version " + server.schemaVersion()
                        + (server.canEdit() ? ", this user may edit" : ", this user may only read") + ")");
                Map<String, Integer> rows = ServerSnapshot.download(server, copy);
                out.println("read " + rows.values().stream().mapToInt(Integer::intValue).sum() + " rows of "
                        + rows.size() + " tables into a temporary copy, checked as a local store:");
            } catch (StorageException e) {
                err.println("problem: " + e.getMessage());
                err.println("check: 1 problem(s)");
                return 1;
            }
            List<String> local = new ArrayList<>(List.of(argv));
            int i = local.indexOf("--store");
            local.set(i + 1, copy.toString());
            return new CheckCommand(out, err).run(local.toArray(String[]::new));
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
