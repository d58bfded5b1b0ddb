package org.linkatlas.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuoteLocateTest {
    @Test
    void findsTheQuoteInTheOriginalTextAcrossLineBreaks() {
        String seed = "Mở đầu.\nphấn đấu thông xe toàn tuyến\n  trước tháng 9/2024, tỉnh Bắc Giang";
        int[] at = QuoteMatcher.locate("thông xe toàn tuyến trước tháng 9/2024", seed);
        assertEquals("thông xe toàn tuyến\n  trước tháng 9/2024", seed.substring(at[0], at[1]));
    }

    @Test
    void aMissingQuoteHasNoPlace() {
        assertNull(QuoteMatcher.locate("không có", "Bắc Giang"));
    }
}
