package org.linkatlas.catalogue;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.LocalText;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.Database;
import org.linkatlas.testing.Fixtures;

/**
 * Issue 10: every text of the built store that a user reads (in the window, a report, an export) exists in
 * Vietnamese and English, and none shows a file path, a project file's name or a curator's working note.
 */
class UserFacingTextTest {
    /** Paths, project file names and the marks of working notes that once reached the user. */
    static final Pattern NOT_FOR_USERS = Pattern.compile(
            "\\.\\./|/shared/|\\.(csv|geojson|json|md|txt|sqlite)\\b|ROUTES\\.md|features_named|\\[mem\\]|this file"
                    + "|this catalogue|another catalogue file|\\bplace-[a-z]|\\b[a-z]+(-[a-z0-9]+){2,}\\b"
                    + "|confidence [A-D]|grade [A-D]|TODO|FIXME");

    @TempDir
    static Path dir;
    static Catalogue built;

    @BeforeAll
    static void build() {
        Path store = dir.resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), store);
        try (Database db = Database.openReadOnly(store)) {
            built = new CatalogueStore(db).read();
        }
    }

    record Text(String where, LocalText text) {
    }

    static List<Text> bilingualTexts() {
        List<Text> out = new ArrayList<>();
        built.agreements().forEach(a -> a.uncertaintyTexts().forEach(u -> out.add(new Text(a.id(), u))));
        built.links().forEach(l -> {
            out.add(new Text(l.id() + " coord_source", l.coordSourceText()));
            if (l.stateNote() != null) {
                out.add(new Text(l.id() + " state_note", l.stateNote()));
            }
            if (l.figuresNote() != null) {
                out.add(new Text(l.id() + " figures_note", l.figuresNote()));
            }
            l.uncertaintyTexts().forEach(u -> out.add(new Text(l.id(), u)));
            l.interventions().forEach(iv -> {
                if (iv.what() != null) {
                    out.add(new Text(iv.id(), iv.what()));
                }
                iv.events().stream().filter(e -> e.note() != null).forEach(e -> out.add(new Text(e.id(), e.note())));
            });
        });
        built.commitments().forEach(c -> {
            c.uncertainties().forEach(u -> out.add(new Text(c.id(), u)));
            out.add(new Text(c.id() + " action", new LocalText(c.actionVi(), c.actionEn())));
        });
        built.results().forEach(r -> {
            out.add(new Text(r.id(), r.text()));
            r.uncertainties().forEach(u -> out.add(new Text(r.id(), u)));
        });
        return out;
    }

    @Test
    void everyTextAUserReadsIsInBothLanguages() {
        List<Text> texts = bilingualTexts();
        assertTrue(texts.size() > 300, "texts scanned: " + texts.size());
        assertAll(texts.stream().map(t -> (Executable) () -> assertTrue(t.text() != null && t.text().bothLanguages(),
                t.where() + ": " + t.text())));
    }

    @Test
    void noTextAUserReadsHoldsAPathAFileNameOrAWorkingNote() {
        List<String> all = new ArrayList<>();
        bilingualTexts().forEach(t -> {
            all.add(t.where() + " | " + t.text().vi());
            all.add(t.where() + " | " + t.text().en());
        });
        built.links().forEach(l -> all.add(l.id() + " | " + l.nameVi() + " | " + l.nameEn()));
        built.agreements().forEach(a -> all.add(a.id() + " | " + a.titleVi() + " | " + a.titleEn()));
        built.parties().forEach(p -> all.add(p.id() + " | " + p.nameVi() + " | " + p.nameEn()));
        List<String> bad = all.stream().filter(s -> NOT_FOR_USERS.matcher(s.substring(s.indexOf(" | ") + 3)).find()).toList();
        assertEquals(List.of(), bad);
    }

    @Test
    void thePatternCatchesWhatOnceReachedUsers() {
        for (String old : List.of("../shared/geodata/routes_schematic.geojson 'QL10'", "from memory (ROUTES.md)",
                "place-cang-con-ong-hon-net (this file; estimate)", "per features_named.csv",
                "mapped to cao-toc-ha-noi-bac-giang-lang-son")) {
            assertTrue(NOT_FOR_USERS.matcher(old).find(), old);
        }
        assertTrue(!NOT_FOR_USERS.matcher("Đường sơ đồ theo các điểm mốc; Hà Nội – Bắc Giang – Lạng Sơn").find());
    }
}
