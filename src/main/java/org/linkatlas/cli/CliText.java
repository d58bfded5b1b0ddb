package org.linkatlas.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.linkatlas.i18n.Messages;
import org.linkatlas.report.ReportFormat;

/**
 * What a command prints for people, in one language: its lines ({@code cli.*} messages, numbers in them in the
 * language's notation through MessageFormat), lengths as the reports write them ({@link ReportFormat}), times
 * with the reports' date pattern, the labels of codes and names in the language's collation. Chosen once per
 * run by {@link Main} from {@code --lang}, else the window's language ({@link org.linkatlas.i18n.ChosenLanguage}).
 * Immutable; any thread.
 */
final class CliText {
    private static final String PREFIX = "cli.";
    private final Messages messages;
    private final boolean explicit;
    private final ReportFormat format;
    private final DateTimeFormatter time;

    /** @param explicit whether {@code --lang} named the language (a JSON output then follows it) */
    CliText(Locale locale, boolean explicit) {
        this.messages = new Messages(locale);
        this.explicit = explicit;
        this.format = new ReportFormat(lang());
        this.time = DateTimeFormatter.ofPattern(messages.get("report.pdf.dateTimePattern"), locale).withZone(ZoneOffset.UTC);
    }

    /** The message {@code cli.<key>}. */
    String get(String key, Object... args) {
        return messages.get(PREFIX + key, args);
    }

    /** The messages of this language, for what the commands share with the window (labels, findings). */
    Messages messages() {
        return messages;
    }

    /** "vi" or "en", as the reports take it. */
    String lang() {
        return "vi".equals(messages.locale().getLanguage()) ? "vi" : "en";
    }

    boolean explicit() {
        return explicit;
    }

    /** A whole number: "1.234" / "1,234". */
    String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(messages.locale()).format(n);
    }

    /** "13,7 km" / "13.7 km". */
    String km(double km) {
        return format.km(km);
    }

    /** A moment in UTC with the reports' date pattern: "14:05 30/11/2026 UTC" / "30 Nov 2026, 14:05 UTC". */
    String time(Instant when) {
        return time.format(when) + " UTC";
    }

    /** The label of a code under {@code prefix} ("kind." + "road" → "Road"), else the code itself. */
    String label(String prefix, String code) {
        return messages.has(prefix + code) ? messages.get(prefix + code) : code;
    }

    /** Names in this language's alphabetical order, word by word ("Hà Nội", "Hải Dương", "Hòa Bình"). */
    Comparator<String> collation() {
        return org.linkatlas.i18n.NameOrder.of(messages.locale());
    }

    /** {@code counts} by name in this language's alphabetical order. */
    Map<String, Integer> byName(Map<String, Integer> counts) {
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(collation());
        Map<String, Integer> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, counts.get(n)));
        return out;
    }
}
