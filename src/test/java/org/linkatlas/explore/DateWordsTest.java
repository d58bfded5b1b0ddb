package org.linkatlas.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.DatePrecision;
import org.linkatlas.model.DateRelation;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Period;

/** Dates and deadlines as the catalogue has them, in each language: the app's words first, the source's quoted. */
class DateWordsTest {
    private final DateWords en = new DateWords(new Messages(Locale.ENGLISH));
    private final DateWords vi = new DateWords(new Messages(Locale.forLanguageTag("vi")));

    private static FuzzyDate date(String text, String value, DatePrecision p, DateRelation r) {
        return new FuzzyDate(text, value, p, r, null);
    }

    @Test
    void aMonthDeadlineReadsInTheReadersLanguageWithTheSourcesWordsQuoted() {
        FuzzyDate d = date("phấn đấu thông xe toàn tuyến trước tháng 9/2024", "2024-09", DatePrecision.MONTH, DateRelation.BEFORE);
        assertEquals("before September 2024 (“phấn đấu thông xe toàn tuyến trước tháng 9/2024”)", en.of(d));
        // in Vietnamese the source's words alone when they already say it
        assertEquals("phấn đấu thông xe toàn tuyến trước tháng 9/2024", vi.of(d));
    }

    @Test
    void yearsDaysAndPeriods() {
        FuzzyDate year = date("phấn đấu khởi công trước năm 2025", "2025", DatePrecision.YEAR, DateRelation.BEFORE);
        assertEquals("before 2025 (“phấn đấu khởi công trước năm 2025”)", en.of(year));
        assertEquals("phấn đấu khởi công trước năm 2025", vi.of(year));
        FuzzyDate day = date("Ngày 10/3/2022", "2022-03-10", DatePrecision.DAY, null);
        assertEquals("10 Mar 2022 (“Ngày 10/3/2022”)", en.of(day));
        assertEquals("ngày 10/03/2022 (“Ngày 10/3/2022”)", vi.of(day));
        FuzzyDate within = date("giai đoạn 2021 – 2025", "2025", DatePrecision.YEAR, DateRelation.WITHIN);
        assertEquals("in the period up to 2025 (“giai đoạn 2021 – 2025”)", en.of(within));
        assertEquals("trong giai đoạn đến năm 2025 (“giai đoạn 2021 – 2025”)", vi.of(within));
        assertEquals("by 2025", en.of(date(null, "2025", DatePrecision.YEAR, DateRelation.BY)));
        assertEquals("chậm nhất vào năm 2025", vi.of(date(null, "2025", DatePrecision.YEAR, DateRelation.BY)));
        // a day with "in" (a planner may enter one): "on", and "ngày" after a Vietnamese relation word
        assertEquals("on 30 Sep 2024", en.of(date(null, "2024-09-30", DatePrecision.DAY, DateRelation.IN)));
        assertEquals("vào ngày 30/09/2024", vi.of(date(null, "2024-09-30", DatePrecision.DAY, DateRelation.IN)));
        assertEquals("trước ngày 30/09/2024", vi.of(date(null, "2024-09-30", DatePrecision.DAY, DateRelation.BEFORE)));
        assertEquals("from 2009 (“Từ năm 2009”)", en.of(date("Từ năm 2009", "2009", DatePrecision.YEAR, DateRelation.FROM)));
    }

    @Test
    void anInferredDateSaysSo() {
        FuzzyDate d = date("Chiều 29/3", "2023-03-29", DatePrecision.INFERRED, null);
        assertEquals("29 Mar 2023 (inferred; the source says “Chiều 29/3”)", en.of(d));
        assertEquals("ngày 29/03/2023 (suy ra; nguồn ghi “Chiều 29/3”)", vi.of(d));
        assertEquals("before March 2023 (inferred; the source says “Những năm qua”)",
                en.of(date("Những năm qua", "2023-03", DatePrecision.INFERRED, DateRelation.BEFORE)));
    }

    @Test
    void wordsWithoutADateStayQuotedAndAreNeverNoDeadline() {
        assertEquals("“sớm” (no date given)", en.of(date("sớm", null, DatePrecision.VAGUE, null)));
        assertEquals("“sớm” (không nêu ngày cụ thể)", vi.of(date("sớm", null, DatePrecision.VAGUE, null)));
        assertEquals("no date given", en.of(date(" ", null, DatePrecision.VAGUE, null)));
        assertEquals("“Chiều 18/10” — date not stated in the source", en.of(date("Chiều 18/10", null, DatePrecision.UNKNOWN, null)));
        assertEquals("no deadline", en.of(null));
        assertEquals("không có thời hạn", vi.of(null));
    }

    @Test
    void aPeriodIsItsYearsInEnglishAndTheSourcesWordsInVietnamese() {
        Period p = new Period(2023, 2025, "giai đoạn 2023-2025 và những năm tiếp theo");
        assertEquals("2023–2025", en.period(p));
        assertEquals("giai đoạn 2023-2025 và những năm tiếp theo", vi.period(p));
        assertEquals("from 2023", en.period(new Period(2023, null, null)));
        assertEquals("“những năm tới”", en.period(new Period(null, null, "những năm tới")));
        assertNull(en.period(new Period(null, null, null)));
        assertNull(en.period(null));
    }

    @Test
    void aValueAloneInTheLanguagesNotation() {
        assertEquals("29 Mar 2023", en.valueOf(date("Chiều 29/3", "2023-03-29", DatePrecision.INFERRED, null)));
        assertEquals("tháng 9/2024", vi.valueOf(date(null, "2024-09", DatePrecision.MONTH, null)));
        assertNull(en.valueOf(date("sớm", null, DatePrecision.VAGUE, null)));
    }

    @Test
    void briefForATableCell() {
        FuzzyDate d = date("phấn đấu thông xe toàn tuyến trước tháng 9/2024", "2024-09", DatePrecision.MONTH, DateRelation.BEFORE);
        assertEquals("before September 2024", en.brief(d));
        assertEquals("trước tháng 9/2024", vi.brief(d));
        assertEquals("29 Mar 2023 (inferred)", en.brief(date("Chiều 29/3", "2023-03-29", DatePrecision.INFERRED, null)));
        assertEquals("“sớm” (no date given)", en.brief(date("sớm", null, DatePrecision.VAGUE, null)));
        assertEquals("no deadline", en.brief(null));
    }
}
