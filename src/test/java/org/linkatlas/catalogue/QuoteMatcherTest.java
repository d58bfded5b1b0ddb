package org.linkatlas.catalogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {
    private static final String SEED = "phấn đấu thông xe toàn tuyến\n  trước tháng 9/2024, tỉnh Bắc Giang";

    @Test
    void whitespaceRunsAndLineBreaksCountAsOneSpace() {
        assertTrue(QuoteMatcher.occursIn("thông xe toàn tuyến trước tháng 9/2024", SEED));
    }

    @Test
    void decomposedAccentsMatchTheirComposedForm() {
        assertTrue(QuoteMatcher.occursIn(Normalizer.normalize("Bắc Giang", Normalizer.Form.NFD), SEED));
    }

    @Test
    void changedWordsCaseOrPunctuationDoNotMatch() {
        assertFalse(QuoteMatcher.occursIn("thông xe toàn tuyến trước tháng 10/2024", SEED));
        assertFalse(QuoteMatcher.occursIn("Thông xe toàn tuyến", SEED));
        assertFalse(QuoteMatcher.occursIn("9/2024. tỉnh", SEED));
        assertFalse(QuoteMatcher.occursIn("thong xe", SEED), "diacritics are part of the words");
        assertFalse(QuoteMatcher.occursIn("   ", SEED), "an empty quote proves nothing");
    }
}
