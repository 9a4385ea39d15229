package io.crmkit.examples.quickstart;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the quick start moves forward by hand, so that a reminder due tomorrow is delivered
 * in a second. crmkit takes all its time from the clock given to {@code Crm.builder().clock(...)};
 * tests and demos inject one like this, production the system clock.
 */
public final class ManualClock extends Clock {
    private final AtomicReference<Instant> now;

    /**
     * Creates the clock.
     *
     * @param start the first instant it tells
     */
    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /**
     * Moves the clock forward.
     *
     * @param by how far
     */
    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the quick start's clock stays in UTC");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
