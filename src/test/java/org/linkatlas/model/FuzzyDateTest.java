package org.linkatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FuzzyDateTest {

    @ParameterizedTest
    @CsvSource({
        "2024, 2024-01-01, 2024-12-31",
        "2024-09, 2024-09-01, 2024-09-30",
        "2024-02, 2024-02-01, 2024-02-29",
        "2022-03-10, 2022-03-10, 2022-03-10"
    })
    void partialValuesCoverTheirWholePeriod(String value, LocalDate first, LocalDate last) {
        FuzzyDate d = new FuzzyDate("text", value, DatePrecision.MONTH, DateRelation.BEFORE, null);
        assertEquals(first, d.firstDay().orElseThrow());
        assertEquals(last, d.lastDay().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"9/2024", "2024-13", "2024-02-30", "24", "2024-9"})
    void rejectsValuesThatAreNotIsoPartialDates(String value) {
        assertThrows(RuntimeException.class, () -> new FuzzyDate("x", value, DatePrecision.DAY, null, null));
    }

    @Test
    void aDateWithoutValueHasNoDays() {
        FuzzyDate d = new FuzzyDate("18/10", null, DatePrecision.UNKNOWN, null, "no year");
        assertTrue(d.firstDay().isEmpty());
        assertTrue(d.lastDay().isEmpty());
    }
}
