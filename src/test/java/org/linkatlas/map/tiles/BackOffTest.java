package org.linkatlas.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Waits double from 2 s to the cap, a Retry-After wins, a success clears everything. */
class BackOffTest {
    private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void waitsDoubleUpToTheCap() {
        var b = new BackOff(Duration.ofSeconds(2), Duration.ofMinutes(5));
        long[] expected = {2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        Instant now = T;
        for (long s : expected) {
            Instant until = b.fail(Optional.empty(), now);
            assertEquals(now.plusSeconds(s), until);
            assertTrue(b.active(until.minusMillis(1)));
            assertFalse(b.active(until));
            now = until;
        }
    }

    @Test
    void retryAfterIsHonouredAndSuccessClears() {
        var b = new BackOff(Duration.ofSeconds(2), Duration.ofMinutes(5));
        assertFalse(b.active(T));
        assertEquals(T.plusSeconds(3600), b.fail(Optional.of(Duration.ofHours(1)), T));
        assertTrue(b.active(T.plusSeconds(3599)));
        b.reset();
        assertFalse(b.active(T));
        assertEquals(T.plusSeconds(2), b.fail(Optional.empty(), T));
    }

    @Test
    void aShorterLaterWaitNeverShortensTheCurrentOne() {
        var b = new BackOff(Duration.ofSeconds(2), Duration.ofMinutes(5));
        b.fail(Optional.of(Duration.ofMinutes(10)), T);
        assertEquals(T.plusSeconds(600), b.fail(Optional.of(Duration.ofSeconds(1)), T));
    }
}
