package org.linkatlas.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.linkatlas.i18n.Messages;

/**
 * The PDF's words in the report's language: {@code report.pdf.*} messages, numbers as {@link ReportFormat}
 * writes them for every output (13,7 km / 13.7 km) and dates in the language's usual order. Immutable; any thread.
 */
final class PdfLabels {
    private static final String PREFIX = "report.pdf.";
    private final Messages messages;
    private final ReportFormat format;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    PdfLabels(String lang) {
        Locale locale = Locale.forLanguageTag(lang == null ? "en" : lang);
        messages = new Messages(locale);
        format = new ReportFormat(lang);
        date = DateTimeFormatter.ofPattern(get("datePattern"), locale);
        dateTime = DateTimeFormatter.ofPattern(get("dateTimePattern"), locale);
    }

    /** The message {@code report.pdf.<key>}. */
    String get(String key, Object... args) {
        return messages.get(PREFIX + key, args);
    }

    /** The messages of the report's language, for the words the PDF shares with the text report. */
    Messages messages() {
        return messages;
    }

    /** "1,32" / "1.32": a ratio with two decimals in the language's way. */
    String ratio(double ratio) {
        return String.format(messages.locale(), "%.2f", ratio);
    }

    /** "13,7 km" / "13.7 km". */
    String km(double km) {
        return format.km(km);
    }

    /** "13,7" / "13.7": a length without its unit, for table cells. */
    String number(double km) {
        return format.number(km);
    }

    /** "1,500" / "1.500" billion VND, without the unit. */
    String cost(double billionVnd) {
        return format.cost(billionVnd);
    }

    String date(LocalDate d) {
        return d == null ? "" : date.format(d);
    }

    String dateTime(ZonedDateTime t) {
        return dateTime.format(t);
    }
}
