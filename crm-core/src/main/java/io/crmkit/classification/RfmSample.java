package io.crmkit.classification;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A fixed-size uniform sample (reservoir sampling) of customers' RFM inputs, so quintile
 * boundaries over a tenant of any size take constant memory. Exact for tenants no larger than
 * the sample; seeded, so the same data gives the same boundaries.
 */
public final class RfmSample {
    private final long[][] values;
    private final SplittableRandom random;
    private long seen;

    /**
     * Creates an empty sample.
     *
     * @param size how many customers it keeps at most
     * @param seed the random seed
     */
    public RfmSample(int size, long seed) {
        this.values = new long[3][size];
        this.random = new SplittableRandom(seed);
    }

    /**
     * Offers one customer's inputs.
     *
     * @param inputs recency, frequency, monetary
     */
    public void add(long[] inputs) {
        int size = values[0].length;
        long slot = seen < size ? seen : random.nextLong(seen + 1);
        seen++;
        if (slot < size) {
            for (int i = 0; i < 3; i++) {
                values[i][(int) slot] = inputs[i];
            }
        }
    }

    /** {@return the quintile boundaries of what was sampled} */
    public RfmBoundaries boundaries() {
        int n = (int) Math.min(seen, values[0].length);
        return RfmBoundaries.of(Arrays.copyOf(values[0], n), Arrays.copyOf(values[1], n), Arrays.copyOf(values[2], n));
    }
}
