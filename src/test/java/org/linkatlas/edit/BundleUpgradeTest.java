package org.linkatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.catalogue.QuoteMatcher;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.QuoteAnchor;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.Source;
import org.linkatlas.storage.Database;
import org.linkatlas.storage.UserStore;
import org.linkatlas.testing.Fixtures;

/**
 * An app upgrade brings a new bundled catalogue: two real bundles are built from two data folders (v2 renames
 * two links and rewords one unquoted sentence of a seed); the user's edits made on v1 survive, the field both
 * changed is listed as a conflict with the user's value standing, and the quote whose source sentence changed
 * is flagged.
 */
class BundleUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void userEditsSurviveANewBundleAndConflictsAreListedUntilChosen() throws Exception {
        Path data1 = Fixtures.copyTree(Fixtures.dataDir(), dir.resolve("v1/data"));
        Path seeds1 = Fixtures.copyTree(Fixtures.seedsDir(), dir.resolve("v1/seeds"));
        Path data2 = Fixtures.copyTree(Fixtures.dataDir(), dir.resolve("v2/data"));
        Path seeds2 = Fixtures.copyTree(Fixtures.seedsDir(), dir.resolve("v2/seeds"));
        Path bundle1 = dir.resolve("app1/link-atlas.sqlite");
        Catalogue v1 = new StoreBuilder().build(data1, seeds1, bundle1).catalogue();

        Link both = v1.links().get(0);      // renamed by v2 and by the user
        Link theirsOnly = v1.links().get(1); // renamed by v2 only
        Link mineOnly = v1.links().get(2);   // changed by the user only, and given a new quote
        String seed = v1.seeds().get(0).fileName();
        String sentence = unquotedSentence(v1, seed);

        renameLink(data2, both.id(), "Bundle two name A");
        renameLink(data2, theirsOnly.id(), "Bundle two name B");
        Path seedFile = seeds2.resolve(seed);
        String text = Files.readString(seedFile);
        Files.writeString(seedFile, text.replace(sentence, sentence.replaceFirst(" ", " đã được sửa ")));
        Path bundle2 = dir.resolve("app2/link-atlas.sqlite");
        new StoreBuilder().build(data2, seeds2, bundle2);

        Path home = dir.resolve("home");
        try (Database db = ready(new UserStore(bundle1, home).open())) {
            EditStore store = new EditStore(db, EditStoreTest.CLOCK);
            EditSession s = new EditSession(store.load().catalogue());
            s.execute(Edits.changeField(s.current(), new RecordRef("link", both.id()), "nameEn", TextNode.valueOf("My name A")));
            List<Source> sources = new ArrayList<>(mineOnly.sources());
            sources.add(new Source(seed, sentence));
            s.execute(Edits.change(s.current(), new RecordRef("link", mineOnly.id()), java.util.Map.of(
                    "stateNote", org.linkatlas.edit.FieldJson.local(org.linkatlas.model.LocalText.english("My note")), "sources", FieldJson.sources(sources))));
            assertInstanceOf(EditStore.Saved.class, store.save(s, "planner", "local corrections", true));
            assertEquals(List.of(), store.load().flaggedQuotes());
        }

        UserStore upgraded = new UserStore(bundle2, home);
        UserStore.Outcome outcome = upgraded.open();
        assertTrue(((UserStore.Ready) outcome).upgradedToNewBundle());
        try (Database db = ready(outcome)) {
            EditStore store = new EditStore(db, EditStoreTest.CLOCK);
            EditStore.Loaded loaded = store.load();
            assertEquals("My name A", link(loaded.catalogue(), both.id()).nameEn(), "until chosen, the user's value stands");
            assertEquals("Bundle two name B", link(loaded.catalogue(), theirsOnly.id()).nameEn(), "the bundle's own change arrives");
            assertEquals("My note", link(loaded.catalogue(), mineOnly.id()).statusNote(), "the user's other edit is kept");
            assertEquals(1, loaded.conflicts().size(), loaded.conflicts().toString());
            Conflict c = loaded.conflicts().get(0);
            assertEquals(new RecordRef("link", both.id()), c.ref());
            assertEquals("nameEn", c.field());
            assertEquals("\"My name A\"", c.mine());
            assertEquals("\"Bundle two name A\"", c.theirs());
            assertEquals(FieldJson.write(TextNode.valueOf(both.nameEn())), c.base());

            assertEquals(1, loaded.flaggedQuotes().size(), "the reworded sentence no longer matches");
            QuoteAnchor flagged = loaded.flaggedQuotes().get(0);
            assertEquals(new RecordRef("link", mineOnly.id()), flagged.ref());
            assertEquals(sentence, flagged.exact());
            assertTrue(link(loaded.catalogue(), mineOnly.id()).sources().contains(new Source(seed, sentence)),
                    "a flagged quote is never dropped");

            store.choose(c, "theirs");
            EditStore.Loaded again = store.load();
            assertEquals("Bundle two name A", link(again.catalogue(), both.id()).nameEn());
            assertEquals(List.of(), again.conflicts());
            assertEquals(List.of(), db.integrityProblems());
        }
        try (Stream<Path> files = Files.list(home)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().contains(".before-upgrade-")), "the old file is kept");
        }
        try (Database db = ready(new UserStore(bundle2, home).open())) {
            assertFalse(new EditStore(db, EditStoreTest.CLOCK).load().conflicts().size() > 0, "the choice is remembered");
        }
    }

    static Database ready(UserStore.Outcome o) {
        return assertInstanceOf(UserStore.Ready.class, o, o.toString()).database();
    }

    static Link link(Catalogue c, String id) {
        return c.links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    /** A line of the seed that no record of the catalogue quotes any part of. */
    static String unquotedSentence(Catalogue c, String seed) {
        String text = c.seeds().stream().filter(s -> s.fileName().equals(seed)).findFirst().orElseThrow().text();
        List<int[]> quoted = new ArrayList<>();
        for (RecordType<?> t : RecordTypes.all()) {
            RecordType<Object> type = RecordTypes.typed(t.name());
            for (Object r : type.all(c)) {
                for (Source s : type.citations(r)) {
                    if (s.seed().equals(seed)) {
                        quoted.add(QuoteMatcher.locate(s.quote(), text));
                    }
                }
            }
        }
        int at = 0;
        for (String line : text.split("\n")) {
            int start = text.indexOf(line, at);
            at = start + line.length();
            String l = line.strip();
            int s = start;
            boolean free = l.length() > 60 && l.length() < 400 && l.contains(" ")
                    && quoted.stream().noneMatch(q -> q != null && q[0] < s + line.length() && q[1] > s);
            if (free) {
                return l;
            }
        }
        throw new AssertionError("no unquoted line in " + seed);
    }

    static void renameLink(Path data, String id, String nameEn) throws Exception {
        try (Stream<Path> files = Files.list(data.resolve("catalogue"))) {
            for (Path f : files.toList()) {
                JsonNode root = FieldJson.MAPPER.readTree(f.toFile());
                boolean changed = false;
                for (JsonNode l : root.path("links")) {
                    if (l.path("id").asText().equals(id)) {
                        ((ObjectNode) l).put("name_en", nameEn);
                        changed = true;
                    }
                }
                if (changed) {
                    Files.writeString(f, FieldJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root),
                            StandardCharsets.UTF_8);
                    return;
                }
            }
        }
        throw new AssertionError("no link " + id + " in " + data);
    }

}
