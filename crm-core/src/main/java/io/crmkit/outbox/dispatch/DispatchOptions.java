package io.crmkit.outbox.dispatch;

import io.crmkit.outbox.OutboxLimits;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * How an {@link OutboxDispatcher} works. Build with {@link #builder()}; every option has a default.
 *
 * @param dispatcherId names this dispatcher in claims; unique per running instance (default: random)
 * @param batchSize the most messages claimed at once, and the most in flight in the built-in loop
 * @param lease how long a claim holds; a message not finished by then is claimed again by
 *              another dispatcher, so it must exceed the slowest expected send
 * @param pollInterval how long the built-in loop waits when nothing was due
 * @param sendConcurrency how many messages are sent at the same time, so that one slow
 *                        message does not hold the others
 * @param retryPolicy back-off, jitter and the number of attempts
 * @param random the source of jitter (inject a seeded one for deterministic tests); used under a lock
 * @param shutdownGrace how long {@link OutboxDispatcher#close()} waits for sends in flight
 */
public record DispatchOptions(String dispatcherId, int batchSize, Duration lease, Duration pollInterval,
                              int sendConcurrency, RetryPolicy retryPolicy, RandomGenerator random,
                              Duration shutdownGrace) {

    /**
     * Checks the components.
     *
     * @param dispatcherId see {@link #dispatcherId()}
     * @param batchSize see {@link #batchSize()}
     * @param lease see {@link #lease()}
     * @param pollInterval see {@link #pollInterval()}
     * @param sendConcurrency see {@link #sendConcurrency()}
     * @param retryPolicy see {@link #retryPolicy()}
     * @param random see {@link #random()}
     * @param shutdownGrace see {@link #shutdownGrace()}
     * @throws IllegalArgumentException if one is out of range
     */
    public DispatchOptions {
        OutboxLimits.checkDispatcherId(dispatcherId);
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(random, "random");
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize must be 1-10000 but was " + batchSize);
        }
        if (sendConcurrency < 1 || sendConcurrency > 256) {
            throw new IllegalArgumentException("sendConcurrency must be 1-256 but was " + sendConcurrency);
        }
        requirePositive(lease, "lease");
        requirePositive(pollInterval, "pollInterval");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative but was " + shutdownGrace);
        }
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive but was " + d);
        }
    }

    /**
     * The defaults: a random id, batches of 50, a 5-minute lease, polling every second, 4
     * sends at once, {@link RetryPolicy#defaults()}, and 10 seconds of grace on close.
     *
     * @return the options
     */
    public static DispatchOptions defaults() {
        return builder().build();
    }

    /** {@return a builder holding the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link DispatchOptions}. */
    public static final class Builder {
        private String dispatcherId = "crmkit-" + UUID.randomUUID();
        private int batchSize = 50;
        private Duration lease = Duration.ofMinutes(5);
        private Duration pollInterval = Duration.ofSeconds(1);
        private int sendConcurrency = 4;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
        private Duration shutdownGrace = Duration.ofSeconds(10);

        private Builder() {
        }

        /**
         * Sets {@link DispatchOptions#dispatcherId()}.
         *
         * @param value see {@link DispatchOptions#dispatcherId()}
         * @return this builder
         */
        public Builder dispatcherId(String value) {
            this.dispatcherId = value;
            return this;
        }

        /**
         * Sets {@link DispatchOptions#batchSize()}.
         *
         * @param value see {@link DispatchOptions#batchSize()}
         * @return this builder
         */
        public Builder batchSize(int value) {
            this.batchSize = value;
            return this;
        }

        /**
         * Sets {@link DispatchOptions#lease()}.
         *
         * @param value see {@link DispatchOptions#lease()}
         * @return this builder
         */
        public Builder lease(Duration value) {
            this.lease = value;
            return this;
        }

        /**
         * Sets {@link DispatchOptions#pollInterval()}.
         *
         * @param value see {@link DispatchOptions#pollInterval()}
         * @return this builder
         */
        public Builder pollInterval(Duration value) {
            this.pollInterval = value;
            return this;
        }

        /**
         * Sets {@link DispatchOptions#sendConcurrency()}.
         *
         * @param value see {@link DispatchOptions#sendConcurrency()}
         * @return this builder
         */
        public Builder sendConcurrency(int value) {
            this.sendConcurrency = value;
            return this;
        }

        /**
         * Sets {@link DispatchOptions#retryPolicy()}.
         *
         * @param value see {@link DispatchOptions#retryPolicy()}
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = value;
            return this;
        }

        /**
         * Sets {@link DispatchOptions#random()}.
         *
         * @param value see {@link DispatchOptions#random()}
         * @return this builder
         */
        public Builder random(RandomGenerator value) {
            this.random = value;
            return this;
        }

        /**
         * Sets {@link DispatchOptions#shutdownGrace()}.
         *
         * @param value see {@link DispatchOptions#shutdownGrace()}
         * @return this builder
         */
        public Builder shutdownGrace(Duration value) {
            this.shutdownGrace = value;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException if an option is out of range
         */
        public DispatchOptions build() {
            return new DispatchOptions(dispatcherId, batchSize, lease, pollInterval, sendConcurrency, retryPolicy,
                    random, shutdownGrace);
        }
    }
}
