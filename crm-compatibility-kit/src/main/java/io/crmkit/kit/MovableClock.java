package io.crmkit.kit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves forward: another clock's time plus an offset that only grows. Over a
 * fixed clock it stands still until moved (leases and back-offs without waiting); over the
 * system clock it runs and can jump. Thread-safe; always UTC.
 */
public final class MovableClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /**
     * Creates the clock.
     *
     * @param base the clock to add the offset to
     */
    public MovableClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /**
     * A clock standing at an instant until moved.
     *
     * @param start the instant
     * @return the clock
     */
    public static MovableClock at(Instant start) {
        return new MovableClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    /**
     * Moves the clock forward.
     *
     * @param by how far; not negative
     */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("a movable clock only moves forward");
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
        return base.instant().plus(offset.get());
    }
}
