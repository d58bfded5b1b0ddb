package org.linkatlas.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Freshness is max-age, else Expires, never under the policy's 7 days; Retry-After reads both of its forms. */
class HttpCacheHeadersTest {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private static HttpHeaders headers(String name, String value, String name2, String value2) {
        Map<String, List<String>> m = new HashMap<>();
        if (name != null) {
            m.put(name, List.of(value));
        }
        if (name2 != null) {
            m.put(name2, List.of(value2));
        }
        return HttpHeaders.of(m, (a, b) -> true);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        // Cache-Control,              Expires,                          fresh for (seconds)
        "-,                            -,                                604800",
        "max-age=60,                   -,                                604800",
        "'public, max-age=3600',       -,                                604800",
        "max-age=2592000,              -,                                2592000",
        "'public, MAX-AGE=1209600',    -,                                1209600",
        "-,                            'Tue, 01 Jan 2030 01:00:00 GMT',  604800",
        "-,                            'Thu, 31 Jan 2030 00:00:00 GMT',  2592000",
        "-,                            not a date,                       604800",
        "max-age=864000,               'Thu, 31 Jan 2030 00:00:00 GMT',  864000",
        "no-cache,                     -,                                604800",
        "max-age=99999999999,          -,                                31536000",
    })
    void freshnessFollowsTheServerButNeverUnderSevenDays(String cacheControl, String expires, long seconds) {
        var h = headers(cacheControl == null ? null : "Cache-Control", cacheControl, expires == null ? null : "Expires", expires);
        assertEquals(NOW.plusSeconds(seconds), HttpCacheHeaders.expiry(h, NOW));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "120,                            120",
        "' 30 ',                         30",
        "'Tue, 01 Jan 2030 00:05:00 GMT', 300",
        "'Mon, 31 Dec 2029 00:00:00 GMT', 0",
        "9999999999,                     86400",
        "soon,                           -",
        "-,                              -",
    })
    void retryAfterReadsSecondsAndDates(String value, Long seconds) {
        var h = headers(value == null ? null : "Retry-After", value, null, null);
        assertEquals(Optional.ofNullable(seconds).map(Duration::ofSeconds), HttpCacheHeaders.retryAfter(h, NOW));
    }
}
