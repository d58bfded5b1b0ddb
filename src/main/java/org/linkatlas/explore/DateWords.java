package org.linkatlas.explore;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.DatePrecision;
import org.linkatlas.model.DateRelation;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Period;

/**
 * A date, target or deadline in the reader's language, with the source's own words after it in quotes, for the
 * window, the route summary (text, PDF, CSV) and the agreement sheets: "before September 2024 (“phấn đấu thông xe
 * toàn tuyến trước tháng 9/2024”)" in English, "trước tháng 9/2024 (“…”)" in Vietnamese. The source's words are
 * Vietnamese and stay verbatim, marked as a quote; what the app says about them (the relation, the month, that a
 * year was inferred, that no date is given) is in the reader's language and notation. Immutable; any thread.
 */
public final class DateWords {
    private final Messages messages;
    private final java.util.Locale locale;
    private final DateTimeFormatter day;

    public DateWords(Messages messages) {
        this.messages = messages;
        // the English bundle is the base one, whose locale is the root: its month names would be "Sep"
        this.locale = messages.locale().getLanguage().isEmpty() ? java.util.Locale.ENGLISH : messages.locale();
        this.day = DateTimeFormatter.ofPattern(messages.get("report.pdf.datePattern"), locale);
    }

    /** {@code d} in words; "no deadline" for {@code null}. */
    public String of(FuzzyDate d) {
        if (d == null) {
            return messages.get("deadline.none");
        }
        String words = d.text() == null || d.text().isBlank() ? null : d.text().strip();
        if (d.precision() == DatePrecision.VAGUE) {
            return words == null ? messages.get("dates.noDate") : messages.get("deadline.vague", words);
        }
        if (d.value() == null) {
            return (words == null ? "" : "“" + words + "” — ") + messages.get("date.notStated");
        }
        String when = when(d);
        if (d.precision() == DatePrecision.INFERRED) {
            return words == null ? messages.get("dates.inferred", when) : messages.get("dates.inferredWithWords", when, words);
        }
        if (words != null && "vi".equals(locale.getLanguage())
                && words.toLowerCase(locale).contains(when.toLowerCase(locale))) {
            return words; // "phấn đấu thông xe toàn tuyến trước tháng 9/2024" already says "trước tháng 9/2024"
        }
        return words == null ? when : messages.get("dates.withWords", when, words);
    }

    /**
     * Short, for a table cell: the app's words without the source's ("before September 2024"); as {@link #of}
     * when the source gives no date.
     */
    public String brief(FuzzyDate d) {
        if (d == null || d.value() == null || d.precision() == DatePrecision.VAGUE) {
            return of(d);
        }
        return d.precision() == DatePrecision.INFERRED ? messages.get("dates.inferred", when(d)) : when(d);
    }

    private String when(FuzzyDate d) {
        String v = value(d.value());
        if (d.relation() == null) {
            return v;
        }
        if (d.relation() == DateRelation.IN && d.value().length() == 10) {
            return messages.get("dates.on", v); // "on 10 Mar 2022", not "in"
        }
        return messages.get("dates." + d.relation().name().toLowerCase(java.util.Locale.ROOT), v);
    }

    /**
     * An agreement's period: in Vietnamese the source's words ("giai đoạn 2023-2025 và những năm tiếp theo"), in
     * English its years ("2023–2025", "from 2023"), else the words quoted; {@code null} for none.
     */
    public String period(Period p) {
        if (p == null) {
            return null;
        }
        if ("vi".equals(locale.getLanguage()) && p.text() != null && !p.text().isBlank()) {
            return p.text().strip();
        }
        if (p.from() != null) {
            return p.to() == null ? messages.get("sheets.periodFrom", String.valueOf(p.from())) : p.from() + "–" + p.to();
        }
        return p.text() == null || p.text().isBlank() ? null : "“" + p.text().strip() + "”";
    }

    /** The value alone in the language's notation ("29 Mar 2023", "September 2024"), or {@code null}. */
    public String valueOf(FuzzyDate d) {
        return d == null || d.value() == null ? null : value(d.value());
    }

    /** A day in the reports' notation: "31 Dec 2025" / "31/12/2025". */
    public String day(LocalDate d) {
        return day.format(d);
    }

    /** An ISO partial value ("2025", "2024-09", "2022-03-10") in the language's notation. */
    String value(String iso) {
        LocalDate first = new FuzzyDate(null, iso, DatePrecision.DAY, null, null).firstDay().orElseThrow();
        return switch (iso.length()) {
            case 4 -> messages.get("dates.year", iso);
            case 7 -> messages.get("dates.month", first.getMonth().getDisplayName(TextStyle.FULL, locale),
                    String.valueOf(first.getYear()), String.valueOf(first.getMonthValue()));
            default -> messages.get("dates.day", day.format(first)); // "ngày 10/03/2022" after "trước"
        };
    }
}
