package org.linkatlas.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;
import org.linkatlas.storage.StorageException;
import org.linkatlas.storage.pg.PgPass;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;

/**
 * Connects a command to a shared store: the password from ~/.pgpass (libpq's rules), else asked on the terminal
 * when the server wants one and there is a terminal; it is never printed or stored. Main thread.
 */
final class ServerLogin {
    private ServerLogin() {
    }

    static ServerAddress address(String text) {
        try {
            return ServerAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("server.badAddress", e.getMessage());
        }
    }

    /**
     * What a failure means, in the run's language, as the window says it ({@code shared.error.*}); a failure that
     * is not the server's (the local store's, or one PostgreSQL gives no code for) keeps its own words.
     */
    static String problem(StorageException e, ServerAddress a, CliText text) {
        var m = text.messages();
        String port = String.valueOf(a.port());
        return switch (PgStore.reason(e)) {
            case NOT_ALLOWED -> m.get("shared.error.notAllowed", a.user());
            case PASSWORD -> m.get("shared.error.password", a.user(), a.host());
            case REFUSED -> m.get("shared.error.refused", a.user(), a.host());
            case NO_DATABASE -> m.get("shared.error.noDatabase", a.database(), a.host());
            case UNREACHABLE -> m.get("shared.error.unreachable", a.host(), port);
            case ENDED -> m.get("shared.error.ended", a.host());
            case OTHER -> String.valueOf(e.getMessage());
        };
    }

    static PgStore connect(ServerAddress address, PrintStream err, CliText text) {
        PgPass.lookup(address).warning().ifPresent(w -> err.println(text.get("warning", w)));
        try {
            return PgStore.connect(address, Optional.empty());
        } catch (StorageException e) {
            Console console = System.console();
            if (!PgStore.needsPassword(e) || console == null) {
                throw e;
            }
            char[] password = console.readPassword("%s", text.get("server.password", address.user(), address.host(),
                    String.valueOf(address.port())));
            if (password == null) {
                throw e;
            }
            try {
                return PgStore.connect(address, Optional.of(password));
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }
}
