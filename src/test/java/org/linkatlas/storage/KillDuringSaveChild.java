package org.linkatlas.storage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;

/**
 * Run as a child JVM by the kill test: opens the store, writes a large changeset inside a transaction the way a
 * save does, says so on stdout, and waits with the transaction open until the parent kills it.
 */
public final class KillDuringSaveChild {
    public static final String READY = "IN-TRANSACTION";

    private KillDuringSaveChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Database db = Database.open(Path.of(args[0]));
        try (var s = db.connection().createStatement()) {
            s.execute("PRAGMA cache_size = 8"); // a tiny page cache spills the open transaction into the WAL file
        }
        List<RecordChange> changes = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            changes.add(new RecordChange(new RecordRef("link", "killed-" + i), ChangeOp.MODIFY,
                    List.of(new FieldChange("nameEn", "null", "\"never saved " + i + "\""))));
        }
        Changeset cs = new Changeset(UUID.randomUUID().toString(), "child", Instant.now(), "killed mid-save", null, changes);
        ChangesetRepository log = new ChangesetRepository(db);
        db.inTransaction(() -> {
            log.appendWithin(cs);
            out.println(READY);
            try {
                System.in.read(); // the parent never writes: wait to be killed with the transaction open
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }
}
