package org.linkatlas.map.tiles;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A "not before" instant that grows after each failure: the server's own Retry-After when it gives one, else
 * {@code first}, twice that, … up to {@code max}; a success clears it. Keeps a refused or unreachable server
 * from being asked again in a tight loop. Thread-safe (synchronized; every method is a few field reads).
 */
final class BackOff {
    private final Duration first;
    private final Duration max;
    private int failures;
    private Instant notBefore;

    BackOff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
    }

    /** True while requests must wait. */
    synchronized boolean active(Instant now) {
        return notBefore != null && now.isBefore(notBefore);
    }

    /** Records a failure at {@code now}; returns the instant before which no request may be made. */
    synchronized Instant fail(Optional<Duration> retryAfter, Instant now) {
        Duration wait = retryAfter.orElseGet(this::nextDelay);
        failures = Math.min(failures + 1, 30);
        Instant until = now.plus(wait);
        if (notBefore == null || until.isAfter(notBefore)) {
            notBefore = until;
        }
        return notBefore;
    }

    synchronized void reset() {
        failures = 0;
        notBefore = null;
    }

    synchronized Optional<Instant> notBefore() {
        return Optional.ofNullable(notBefore);
    }

    private Duration nextDelay() {
        Duration d = first.multipliedBy(1L << Math.min(failures, 20));
        return d.compareTo(max) > 0 ? max : d;
    }
}
