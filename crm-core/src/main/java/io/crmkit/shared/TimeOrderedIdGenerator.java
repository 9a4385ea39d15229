package io.crmkit.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * The default {@link IdGenerator}: version 7 UUIDs (RFC 9562), which sort by creation time.
 * Time-ordered ids keep B-tree inserts at the right edge of an index and give newest-first
 * listings a stable tie-break. Within one millisecond a counter keeps ids increasing.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private long sequence;

    /**
     * Creates a generator reading the given clock.
     *
     * @param clock the clock whose milliseconds lead each id
     */
    public TimeOrderedIdGenerator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized UUID next() {
        long millis = clock.millis();
        if (millis <= lastMillis) {
            millis = lastMillis;
            sequence++;
            if (sequence > 0xFFF) {
                millis = ++lastMillis;
                sequence = 0;
            }
        } else {
            lastMillis = millis;
            sequence = 0;
        }
        long high = (millis << 16) | 0x7000L | sequence;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
