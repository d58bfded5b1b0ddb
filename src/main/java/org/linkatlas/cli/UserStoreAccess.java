package org.linkatlas.cli;

import java.nio.file.Path;
import org.linkatlas.AppPaths;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.StorageException;
import org.linkatlas.storage.UserStore;

/**
 * Opens the store that the edit commands work on: the file given with {@code --store}, else the user's own copy
 * (made from the bundled store on first use, as the window does). Main thread.
 */
final class UserStoreAccess {
    private UserStoreAccess() {
    }

    static Database open(Args args, CliText text) {
        String store = args.option("store");
        if (store != null) {
            return Database.open(Path.of(store));
        }
        UserStore.Outcome o = new UserStore(AppPaths.bundledStore(), AppPaths.userDataDir()).open();
        if (o instanceof UserStore.Damaged d) {
            throw new StorageException(text.get("store.damaged", d.file().toString(),
                    d.kind() == UserStore.DamageKind.OTHER ? d.reason() : text.get("store.reason." + d.kind().name())));
        }
        if (o instanceof UserStore.JournalUnreadable j) {
            throw new StorageException(text.get("store.journalUnreadable", j.file().toString(),
                    String.join(", ", j.journals()), j.journals().size()));
        }
        return ((UserStore.Ready) o).database();
    }
}
