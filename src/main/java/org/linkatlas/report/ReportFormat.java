package org.linkatlas.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as each language writes them: "13.7 km" in English, "13,7 km" in Vietnamese (comma decimals, dot
 * thousands: "1.200 tỷ đồng"). Every output of a report (text, PDF, print, CSV) formats through here so they
 * agree. Immutable; any thread.
 */
public final class ReportFormat {
    private final Locale locale;

    public ReportFormat(String lang) {
        this.locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    /** One decimal: "13.7 km"; NaN (unknown) as "?". */
    public String km(double km) {
        return Double.isNaN(km) ? "? km" : number(km, "#,##0.0") + " km";
    }

    /** One decimal without the unit, for table cells: "13.7" / "13,7". */
    public String number(double value) {
        return number(value, "#,##0.0");
    }

    /** A cost in billion VND: thousands grouped, a decimal only when there is one ("1,500", "2.5"). */
    public String cost(double billionVnd) {
        return number(billionVnd, "#,##0.#");
    }

    private String number(double value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale)).format(value);
    }
}
