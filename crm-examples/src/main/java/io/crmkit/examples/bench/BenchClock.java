package io.crmkit.examples.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock in UTC plus an offset that only grows: a benchmark jumps it past a lease or
 * a back-off instead of waiting. Thread-safe.
 */
final class BenchClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Jumps the clock forward by a non-negative duration. */
    void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the benchmark clock only moves forward");
        }
        offset.updateAndGet(o -> o.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
