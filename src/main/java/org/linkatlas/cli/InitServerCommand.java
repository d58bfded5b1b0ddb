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
    private final CliText text;
    private final PrintStream out;
    private final PrintStream err;

    InitServerCommand(CliText text, PrintStream out, PrintStream err) {
        this.text = text;
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("store"));
        if (args.positional().size() != 1) {
            throw new Args.UsageException("server.give");
        }
        ServerAddress address = ServerLogin.address(args.positional().get(0));
        Path store = args.path("store", AppPaths.bundledStore());
        try (PgStore server = ServerLogin.connect(address, err, text)) {
            out.println(text.get("init.server", address.toString(), server.serverVersion()));
            ServerInit.Result r = ServerInit.run(server, store);
            String postgis = server.postgisVersion().orElse("?");
            out.println(r.migrationsApplied().isEmpty()
                    ? text.get("init.current", String.valueOf(r.schemaVersion()), postgis)
                    : text.get("init.applied", String.valueOf(r.schemaVersion()), r.migrationsApplied().toString(), postgis));
            if (r.loaded()) {
                StringBuilder b = new StringBuilder();
                r.rowsLoaded().forEach((t, n) -> b.append(b.length() == 0 ? "" : ", ").append(text.number(n)).append(' ')
                        .append(text.label("cli.check.what.", t)));
                out.println(text.get("init.loaded", store.toString(), b.toString()));
            } else {
                out.println(text.get("init.notLoaded"));
            }
            return 0;
        } catch (StorageException e) {
            err.println("init-server: " + ServerLogin.problem(e, address, text));
            err.println("init-server: " + text.get("init.leftAsItWas"));
            return 1;
        }
    }
}
