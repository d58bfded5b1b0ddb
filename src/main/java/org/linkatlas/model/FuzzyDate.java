package org.linkatlas.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as vague as its source: the words ({@code text}), an ISO partial value ({@code 2024}, {@code 2024-09},
 * {@code 2024-09-30}) or none, how precise it is, and for deadlines how it relates to the value.
 *
 * @param text      the source's words, e.g. "trước tháng 9/2024"
 * @param value     ISO partial date, or {@code null} when the text gives none
 * @param precision how much of the value the text gives
 * @param relation  for deadlines and targets; {@code null} for plain dates
 * @param note      why a value was inferred, or {@code null}
 */
public record FuzzyDate(String text, String value, DatePrecision precision, DateRelation relation, String note) {

    private static final Pattern ISO_PARTIAL = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public FuzzyDate {
        Objects.requireNonNull(precision, "precision");
        if (value != null && !ISO_PARTIAL.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (value != null) {
            first(value); // rejects 2024-13 and 2024-02-30
        }
    }

    /** The first day the value covers (2024-09 → 1 Sept 2024). */
    public Optional<LocalDate> firstDay() {
        return value == null ? Optional.empty() : Optional.of(first(value));
    }

    /** The last day the value covers (2024-09 → 30 Sept 2024; 2025 → 31 Dec 2025). */
    public Optional<LocalDate> lastDay() {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 12, 31);
            case 7 -> YearMonth.parse(value).atEndOfMonth();
            default -> LocalDate.parse(value);
        });
    }

    private static LocalDate first(String value) {
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
            case 7 -> YearMonth.parse(value).atDay(1);
            default -> LocalDate.parse(value);
        };
    }
}
