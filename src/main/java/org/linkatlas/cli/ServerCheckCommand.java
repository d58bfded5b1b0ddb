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
    private final CliText text;
    private final PrintStream out;
    private final PrintStream err;

    ServerCheckCommand(CliText text, PrintStream out, PrintStream err) {
        this.text = text;
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
            err.println(text.get("check.noTempFolder", e.getMessage()));
            return 1;
        }
        Path copy = dir.resolve("shared-store.sqlite");
        try {
            try (PgStore server = ServerLogin.connect(address, err, text)) {
                out.println(text.get(server.canEdit() ? "check.serverEditor" : "check.serverViewer", address.toString(),
                        server.serverVersion(), server.postgisVersion().orElse(text.get("check.postgisMissing")),
                        String.valueOf(server.schemaVersion())));
                Map<String, Integer> rows = ServerSnapshot.download(server, copy);
                out.println(text.get("check.serverRead", rows.values().stream().mapToInt(Integer::intValue).sum(), rows.size()));
            } catch (StorageException e) {
                err.println(text.get("check.problem", ServerLogin.problem(e, address, text)));
                err.println(text.get("check.problems", 1));
                return 1;
            }
            List<String> local = new ArrayList<>(List.of(argv));
            int i = local.indexOf("--store");
            local.set(i + 1, copy.toString());
            return new CheckCommand(text, out, err).run(local.toArray(String[]::new));
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
