package org.linkatlas.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Labels are placed once per zoom, never overlap, and come in a face that has every Vietnamese letter. */
class LabelLayoutTest {
    private static List<LabelCandidate> candidates;
    private static final LabelFonts FONTS = new LabelFonts();

    @BeforeAll
    static void readPlacesAndProvinces() {
        var data = BasemapData.load(GeoJsonFeatureReaderTest.BASEMAP);
        candidates = LabelCandidate.of(data.layer(BasemapLayer.PLACES), data.layer(BasemapLayer.PROVINCES));
    }

    @Test
    void theFontShowsEveryNameWithItsDiacritics() {
        assertTrue(FONTS.canDisplay(LabelFonts.VIETNAMESE_SAMPLE), FONTS.family());
        for (LabelCandidate c : candidates) {
            assertTrue(FONTS.canDisplay(c.text()), c.text() + " in " + FONTS.family());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void placedLabelsNeverOverlap(int zoom) {
        var placed = LabelLayout.place(candidates, zoom, FONTS).placed();
        assertFalse(placed.isEmpty());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).box().intersects(placed.get(j).box()),
                        placed.get(i).text() + " overlaps " + placed.get(j).text() + " at z" + zoom);
            }
        }
    }

    @Test
    void capitalsComeFirstAndDistrictSeatsOnlyFromZoomNine() {
        var z6 = LabelLayout.place(candidates, 6, FONTS).placed().stream().map(LabelLayout.Placed::text).toList();
        assertEquals("Hà Nội", z6.get(0));
        assertFalse(z6.contains("Lục Nam") || z6.contains("Chũ"), z6.toString());
        var z11 = LabelLayout.place(candidates, 11, FONTS).placed().stream().map(LabelLayout.Placed::text).toList();
        assertTrue(z11.contains("Chũ"), z11.toString());
    }

    @Test
    void citiesGeoNamesSpellsInEnglishTakeTheirVietnameseSpellingFromTheProvinceLayer() {
        var texts = candidates.stream().map(LabelCandidate::text).toList();
        assertTrue(texts.contains("Hà Nội") && texts.contains("Hải Phòng"), texts.toString());
        assertFalse(texts.contains("Hanoi") || texts.contains("Haiphong"), texts.toString());
        // only plain-ASCII Vietnamese names that are a province's name: a Chinese town keeps its name
        assertEquals("Shangsi", LabelCandidate.vietnameseSpelling("Shangsi", "CN", java.util.Map.of("shangsi", "X")));
    }

    @Test
    void administrativeRanksAreLeftOutOfNames() {
        assertEquals("Na Sầm", LabelCandidate.withoutRank("Thị Trấn Na Sầm"));
        assertEquals("Uông Bí", LabelCandidate.withoutRank("Thành Phố Uông Bí"));
        assertEquals("Hạ Long", LabelCandidate.withoutRank("Hạ Long"));
    }

    @Test
    void theSamePlacementEveryTime() {
        var a = LabelLayout.place(candidates, 10, FONTS).placed();
        var b = LabelLayout.place(candidates, 10, FONTS).placed();
        assertEquals(a.stream().map(LabelLayout.Placed::box).toList(), b.stream().map(LabelLayout.Placed::box).toList());
    }
}
