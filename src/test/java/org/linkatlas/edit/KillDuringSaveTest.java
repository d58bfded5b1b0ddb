package org.linkatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.model.RecordRef;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.KillDuringSaveChild;
import org.linkatlas.testing.Fixtures;

/** A save killed mid-transaction (a child JVM, SIGKILL) leaves the store as before: sound, earlier saves intact. */
class KillDuringSaveTest {
    @TempDir
    Path dir;

    @Test
    void aKillDuringASaveLosesNothingSavedBefore() throws Exception {
        Path file = dir.resolve("user.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), file);
        RecordRef ref;
        try (Database db = Database.open(file)) {
            EditStore store = new EditStore(db, EditStoreTest.CLOCK);
            EditSession s = new EditSession(store.load().catalogue());
            ref = new RecordRef("link", s.current().links().get(0).id());
            s.execute(Edits.changeField(s.current(), ref, "nameEn", TextNode.valueOf("Saved before the kill")));
            assertInstanceOf(EditStore.Saved.class, store.save(s, "t", "before", true));
        }

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KillDuringSaveChild.class.getName(), file.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean ready = false;
            while ((line = out.readLine()) != null) {
                if (line.equals(KillDuringSaveChild.READY)) {
                    ready = true;
                    break;
                }
            }
            assertTrue(ready, "the child reached the open transaction");
            assertTrue(Files.size(Path.of(file + "-wal")) > 0 || Files.exists(Path.of(file + "-journal")),
                    "the transaction has written to the journal before the kill");
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }

        try (Database db = Database.open(file)) {
            assertEquals(List.of(), db.integrityProblems());
            EditStore store = new EditStore(db, EditStoreTest.CLOCK);
            assertEquals(1, store.log().count(), "the killed save left nothing");
            var loaded = store.load();
            assertEquals("Saved before the kill", BundleUpgradeTest.link(loaded.catalogue(), ref.id()).nameEn());
            assertEquals(List.of(), loaded.conflicts());
        }
    }
}
