package org.linkatlas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.linkatlas.AppPaths;
import org.linkatlas.storage.StorageException;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.storage.pg.ServerInit;

/**
 * {@code init-server postgresql://host[:port]/db?user=…}: the office administrator's one command. Creates or
 * upgrades the shared store's schema and the two roles and, when the store is empty, loads the bundled catalogue
 * (or {@code --store F}), all in one server transaction. Main thread.
 */
final class InitServerCommand {
    private final PrintStream out;
    private final PrintStream err;

    InitServerCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("store"));
        if (args.positional().size() != 1) {
            throw new Args.UsageException("give the server as postgresql://host[:port]/database?user=name");
        }
        ServerAddress address = ServerLogin.address(args.positional().get(0));
        Path store = args.path("store", AppPaths.bundledStore());
        try (PgStore server = ServerLogin.connect(address, err)) {
            out.println("server: " + address + " (PostgreSQL " + server.serverVersion() + ")");
            ServerInit.Result r = ServerInit.run(server, store);
            out.println("schema version " + r.schemaVersion() + (r.migrationsApplied().isEmpty()
                    ? " (already current)" : " (applied " + r.migrationsApplied() + ")")
                    + "; roles link_atlas_viewer and link_atlas_editor ready; PostGIS "
                    + server.postgisVersion().orElse("?"));
            if (r.loaded()) {
                StringBuilder b = new StringBuilder();
                r.rowsLoaded().forEach((t, n) -> b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(t));
                out.println("loaded " + store + ": " + b);
            } else {
                out.println("the shared store holds records already: nothing loaded");
            }
            return 0;
        } catch (StorageException e) {
            err.println("init-server: " + e.getMessage());
            err.println("init-server: the server was left as it was");
            return 1;
        }
    }
}
