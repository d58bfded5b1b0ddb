package org.linkatlas.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.linkatlas.i18n.Messages;

/**
 * The PDF's words in the report's language: {@code report.pdf.*} messages, lengths with one decimal in the
 * language's notation (13,7 km / 13.7 km) and dates in its usual order. Immutable; any thread.
 */
final class PdfLabels {
    private static final String PREFIX = "report.pdf.";
    private final Messages messages;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    PdfLabels(String lang) {
        Locale locale = Locale.forLanguageTag(lang == null ? "en" : lang);
        messages = new Messages(locale);
        date = DateTimeFormatter.ofPattern(get("datePattern"), locale);
        dateTime = DateTimeFormatter.ofPattern(get("dateTimePattern"), locale);
    }

    /** The message {@code report.pdf.<key>}. */
    String get(String key, Object... args) {
        return messages.get(PREFIX + key, args);
    }

    /** "13,7 km" / "13.7 km". */
    String km(double km) {
        return get("km", km);
    }

    /** "13,7" / "13.7": a length without its unit, for table cells. */
    String number(double km) {
        return get("number", km);
    }

    String date(LocalDate d) {
        return d == null ? "" : date.format(d);
    }

    String dateTime(ZonedDateTime t) {
        return dateTime.format(t);
    }
}
