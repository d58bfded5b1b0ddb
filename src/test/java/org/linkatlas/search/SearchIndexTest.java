package org.linkatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.testing.Fixtures;

class SearchIndexTest {
    static SearchIndex index;

    @BeforeAll
    static void build() {
        index = new SearchIndex(new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir()));
    }

    @ParameterizedTest
    @CsvSource({
        "Cầu Đồng Việt, cau dong viet",
        "ĐƯỜNG SẮT Kép – Lưu Xá, duong sat kep luu xa",
        "Kết luận số 352/KL-TU, ket luan so 352 kl tu",
        "Hòa Sơn, hoa son"
    })
    void foldingDropsCaseDiacriticsAndPunctuationAndMapsDStroke(String text, String folded) {
        assertEquals(folded, TextFolding.fold(text));
    }

    @ParameterizedTest
    @CsvSource({
        "dong viet, Cầu Đồng Việt",
        "cau hoa son, Cầu Hòa Sơn",
        "hoa son, Cầu Hòa Sơn",
        "DONG VIET, Cầu Đồng Việt"
    })
    void theNamedBridgeComesFirst(String query, String expected) {
        List<SearchHit> hits = index.search(query, 10);
        assertEquals(expected, hits.get(0).label(), hits.toString());
        assertEquals(SearchHit.Type.LINK, hits.get(0).type());
    }

    @Test
    void agreementsAreFoundByTheirNumber() {
        SearchHit first = index.search("ket luan 352", 10).get(0);
        assertEquals(SearchHit.Type.AGREEMENT, first.type());
        assertTrue(first.label().startsWith("Kết luận số 352"), "the conclusion itself, not the plan that cites it: " + first.label());
    }

    @Test
    void wordsMayComeFromAnywhereInTheName() {
        List<SearchHit> hits = index.search("kep luu xa", 10);
        assertTrue(hits.stream().anyMatch(h -> h.label().contains("Kép") && h.label().contains("Lưu Xá")), hits.toString());
    }

    @Test
    void placesAreFoundToo() {
        assertTrue(index.search("yen tu", 20).stream().anyMatch(h -> h.type() == SearchHit.Type.PLACE), "Yên Tử");
    }

    @Test
    void aBlankOrUnknownQueryFindsNothing() {
        assertEquals(List.of(), index.search("   ", 10));
        assertEquals(List.of(), index.search("zzzz qqq", 10));
    }
}
