package org.linkatlas.map.tiles;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the few HTTP headers the OSM tile usage policy asks us to honour: how long a tile stays fresh
 * (Cache-Control max-age, else Expires; never less than {@link #MIN_FRESHNESS}) and how long to wait after a
 * refusal (Retry-After). Pure functions: any thread.
 */
final class HttpCacheHeaders {
    /** The policy asks clients to keep tiles at least this long, whatever shorter lifetime the server names. */
    static final Duration MIN_FRESHNESS = Duration.ofDays(7);
    /** Guards against a nonsensical header keeping a tile (or a back-off) forever. */
    static final Duration MAX_FRESHNESS = Duration.ofDays(365);
    static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,12})\"?", Pattern.CASE_INSENSITIVE);

    private HttpCacheHeaders() {
    }

    /** The instant until which a tile received at {@code now} with these headers may be served without asking. */
    static Instant expiry(HttpHeaders headers, Instant now) {
        Duration lifetime = maxAge(headers).or(() -> expires(headers).map(e -> Duration.between(now, e))).orElse(Duration.ZERO);
        if (lifetime.compareTo(MIN_FRESHNESS) < 0) {
            lifetime = MIN_FRESHNESS;
        } else if (lifetime.compareTo(MAX_FRESHNESS) > 0) {
            lifetime = MAX_FRESHNESS;
        }
        return now.plus(lifetime);
    }

    /** Retry-After as delay-seconds or an HTTP date, at most {@link #MAX_RETRY_AFTER}; empty when absent or unreadable. */
    static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::trim);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        String v = value.get();
        Duration d;
        if (v.chars().allMatch(Character::isDigit)) {
            d = v.length() > 9 ? MAX_RETRY_AFTER : Duration.ofSeconds(Long.parseLong(v));
        } else {
            Optional<Instant> at = httpDate(v);
            if (at.isEmpty()) {
                return Optional.empty();
            }
            d = Duration.between(now, at.get());
            if (d.isNegative()) {
                d = Duration.ZERO;
            }
        }
        return Optional.of(d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
    }

    private static Optional<Duration> maxAge(HttpHeaders headers) {
        for (String cc : headers.allValues("Cache-Control")) {
            Matcher m = MAX_AGE.matcher(cc);
            if (m.find()) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1))));
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> expires(HttpHeaders headers) {
        return headers.firstValue("Expires").flatMap(HttpCacheHeaders::httpDate);
    }

    private static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
