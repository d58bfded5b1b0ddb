package org.linkatlas.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Maps enum constants to the lower-case codes used in the catalogue files and the store
 * ({@code UNDER_CONSTRUCTION} ↔ {@code "under_construction"}). Pure functions; any thread.
 */
public final class Codes {
    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the allowed codes when {@code code} is not one of them
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            throw new IllegalArgumentException("missing; expected one of " + allowed(type));
        }
        for (E e : type.getEnumConstants()) {
            if (of(e).equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not one of " + allowed(type));
    }

    public static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
    }

    /** The SQL list for a CHECK constraint, e.g. {@code 'road','bridge'}. */
    public static <E extends Enum<E>> String sqlList(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> "'" + of(e) + "'").collect(Collectors.joining(","));
    }
}
