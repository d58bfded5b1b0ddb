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
            throw new Args.UsageException(e.getMessage());
        }
    }

    static PgStore connect(ServerAddress address, PrintStream err) {
        PgPass.lookup(address).warning().ifPresent(w -> err.println("warning: " + w));
        try {
            return PgStore.connect(address, Optional.empty());
        } catch (StorageException e) {
            Console console = System.console();
            if (!PgStore.needsPassword(e) || console == null) {
                throw e;
            }
            char[] password = console.readPassword("password of %s on %s:%d: ", address.user(), address.host(), address.port());
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
