package io.crmkit.outbox.dispatch;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and when a failed message is tried again: exponential back-off with jitter, then
 * the dead-letter state. The delay before attempt {@code n + 1} is
 * {@code min(maxDelay, initialDelay × multiplier^(n-1))}, moved by a random factor in
 * {@code [1 - jitterRatio, 1 + jitterRatio)} and capped at {@code maxDelay} again.
 *
 * @param maxAttempts how many attempts a message gets; after the last one fails it is dead
 * @param initialDelay the delay after the first failure; positive
 * @param multiplier how much each further delay grows; at least 1
 * @param maxDelay the longest delay; at least {@code initialDelay}
 * @param jitterRatio how far a delay may move at random, 0 to 1 (0.2: ±20 %)
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay,
                          double jitterRatio) {

    /**
     * Checks the components.
     *
     * @param maxAttempts see {@link #maxAttempts()}
     * @param initialDelay see {@link #initialDelay()}
     * @param multiplier see {@link #multiplier()}
     * @param maxDelay see {@link #maxDelay()}
     * @param jitterRatio see {@link #jitterRatio()}
     * @throws IllegalArgumentException if one is out of range
     */
    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
        }
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initialDelay must be positive but was " + initialDelay);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay (" + maxDelay + ") must be at least initialDelay ("
                    + initialDelay + ")");
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be at least 1 but was " + multiplier);
        }
        if (!(jitterRatio >= 0.0 && jitterRatio <= 1.0)) {
            throw new IllegalArgumentException("jitterRatio must be 0-1 but was " + jitterRatio);
        }
    }

    /**
     * The default: 8 attempts, 10 s doubling up to 1 h, ±20 % jitter (about 21 minutes from
     * the first failure to the dead-letter state).
     *
     * @return the policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(8, Duration.ofSeconds(10), 2.0, Duration.ofHours(1), 0.2);
    }

    /**
     * Whether a failed attempt was the last one.
     *
     * @param attempt the attempt that failed, 1 for the first
     * @return {@code true} if the message is dead now
     */
    public boolean exhausted(int attempt) {
        return attempt >= maxAttempts;
    }

    /**
     * The delay after a failed attempt.
     *
     * @param attempt the attempt that failed, 1 for the first
     * @param random where the jitter comes from (called once)
     * @return the delay, in whole microseconds, at most {@link #maxDelay()}
     */
    public Duration delayAfter(int attempt, RandomGenerator random) {
        double base = initialDelay.toNanos() * Math.pow(multiplier, Math.max(0, attempt - 1));
        double capped = Math.min(base, maxDelay.toNanos());
        double factor = 1.0 + jitterRatio * (2.0 * random.nextDouble() - 1.0);
        long nanos = (long) Math.min(capped * factor, maxDelay.toNanos());
        return Duration.ofNanos(Math.max(nanos, 1000L)).truncatedTo(ChronoUnit.MICROS);
    }
}
