package org.linkatlas.catalogue;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.Seed;
import org.linkatlas.model.Source;
import org.linkatlas.testing.Fixtures;

/** The real catalogue in data/ against the real seeds: every claim traceable to the words of its source. */
class CatalogueHonestyTest {
    static Catalogue catalogue;
    static Map<String, Seed> seeds;

    @BeforeAll
    static void read() {
        catalogue = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        seeds = catalogue.seeds().stream().collect(Collectors.toMap(Seed::fileName, Function.identity()));
    }

    @Test
    void theCatalogueBreaksNoRule() {
        assertEquals(List.of(), new CatalogueValidator().validate(catalogue));
    }

    @Test
    void everyQuoteIsFoundVerbatimInItsSeed() {
        List<Executable> checks = new ArrayList<>();
        List<Source> all = new ArrayList<>();
        catalogue.agreements().forEach(a -> all.addAll(a.sources()));
        catalogue.links().forEach(l -> all.addAll(l.sources()));
        catalogue.commitments().forEach(c -> all.add(c.source()));
        catalogue.results().forEach(r -> all.add(r.source()));
        catalogue.interventions().forEach(iv -> iv.events().forEach(e -> all.add(e.source())));
        for (Source s : all) {
            checks.add(() -> {
                Seed seed = seeds.get(s.seed());
                assertNotNull(seed, "seed " + s.seed());
                assertTrue(QuoteMatcher.occursIn(s.quote(), seed.text()), () -> s.seed() + " lacks: " + s.quote());
            });
        }
        assertTrue(all.size() >= 40, "a catalogue of five articles quotes more than " + all.size() + " times");
        assertAll(checks);
    }

    @Test
    void everySeedIsCatalogued() {
        Set<String> cited = new java.util.HashSet<>();
        catalogue.agreements().forEach(a -> a.sources().forEach(s -> cited.add(s.seed())));
        assertEquals(seeds.keySet(), cited, "every seed reports at least one agreement");
    }

    @Test
    void everyLinkHasKindStateAccuracyOrUnknownLocationAndABacking() {
        Set<String> committed = catalogue.commitments().stream().flatMap(c -> c.linkIds().stream())
                .collect(Collectors.toSet());
        catalogue.results().forEach(r -> committed.addAll(r.linkIds()));
        assertFalse(catalogue.links().isEmpty());
        assertAll(catalogue.links().stream().map(l -> (Executable) () -> {
            if (l.located()) {
                assertFalse(l.geometry().isEmpty(), l.id());
                assertNotNull(l.accuracy(), l.id());
            } else {
                assertNull(l.accuracy(), l.id() + ": a link of unknown location claims no accuracy");
            }
            assertNotNull(l.kind(), l.id());
            assertNotNull(l.state(), l.id());
            assertNotNull(l.status(), l.id());
            assertFalse(l.coordSource().isBlank(), l.id());
            assertTrue(!l.agreementIds().isEmpty() || committed.contains(l.id()),
                    l.id() + " has no agreement, commitment or result");
        }));
    }

    @Test
    void theFourBridgesTheUserNamedAreBridges() {
        for (String name : List.of("Đồng Việt", "Hòa Sơn", "Cẩm Lý", "Bến Rừng")) {
            assertTrue(catalogue.links().stream().anyMatch(l -> l.kind() == LinkKind.BRIDGE && l.nameVi().contains(name)),
                    "a bridge named " + name);
        }
    }

    @Test
    void everyProvinceOfALinkHasASuccessorSinceTheMerger() {
        Map<String, String> successors = catalogue.provinces().stream()
                .collect(Collectors.toMap(p -> p.name(), p -> p.successor()));
        assertEquals("Bắc Ninh", successors.get("Bắc Giang"));
        assertEquals("Hải Phòng", successors.get("Hải Dương"));
        catalogue.links().forEach(l -> l.provinces().forEach(p -> assertTrue(successors.containsKey(p), l.id() + ": " + p)));
    }

    @Test
    void theSeedsAreTheSharedArticlesByteForByte() throws Exception {
        Path shared = Fixtures.seedsDir().toAbsolutePath().getParent().getParent().resolve("shared").resolve("seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "shared/seeds beside the checkout");
        try (var files = Files.list(shared)) {
            for (Path original : files.toList()) {
                Path copy = Fixtures.seedsDir().resolve(original.getFileName());
                assertEquals(-1L, Files.mismatch(original, copy), original.getFileName() + " differs");
            }
        }
    }

    @Test
    void theSeedIndexNamesEverySeed() throws Exception {
        String index = Files.readString(Fixtures.seedsDir().resolve("README.md"));
        seeds.keySet().forEach(name -> assertTrue(index.contains(name), "seeds/README.md lacks " + name));
    }
}
