package io.crmkit.classification;

import java.util.Arrays;

/**
 * Quintile boundaries for RFM scoring: for each of recency (days since the last purchase),
 * frequency (orders in the window) and monetary value (spend in minor units), the values at the
 * 20th, 40th, 60th and 80th percentile of a sample of the tenant's customers.
 *
 * @param recency recency boundaries, ascending
 * @param frequency frequency boundaries, ascending
 * @param monetary monetary boundaries, ascending
 */
public record RfmBoundaries(long[] recency, long[] frequency, long[] monetary) {

    /**
     * Copies the arrays.
     *
     * @param recency see {@link #recency()}
     * @param frequency see {@link #frequency()}
     * @param monetary see {@link #monetary()}
     */
    public RfmBoundaries {
        recency = recency.clone();
        frequency = frequency.clone();
        monetary = monetary.clone();
    }

    /**
     * The quintile of a value: 1 + how many boundaries it is above.
     *
     * @param boundaries ascending boundaries
     * @param value the value
     * @return 1 to 5
     */
    static int quintile(long[] boundaries, long value) {
        int q = 1;
        for (long b : boundaries) {
            if (value > b) {
                q++;
            }
        }
        return q;
    }

    /**
     * Boundaries from samples.
     *
     * @param recency sampled recencies
     * @param frequency sampled frequencies
     * @param monetary sampled monetary values
     * @return the boundaries
     */
    static RfmBoundaries of(long[] recency, long[] frequency, long[] monetary) {
        return new RfmBoundaries(cuts(recency), cuts(frequency), cuts(monetary));
    }

    private static long[] cuts(long[] sample) {
        if (sample.length == 0) {
            return new long[0];
        }
        long[] sorted = sample.clone();
        Arrays.sort(sorted);
        long[] cuts = new long[4];
        for (int i = 1; i <= 4; i++) {
            cuts[i - 1] = sorted[Math.min(sorted.length - 1, (int) ((long) sorted.length * i / 5))];
        }
        return cuts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RfmBoundaries b && Arrays.equals(recency, b.recency) && Arrays.equals(frequency, b.frequency)
                && Arrays.equals(monetary, b.monetary);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(recency) * 961 + Arrays.hashCode(frequency) * 31 + Arrays.hashCode(monetary);
    }

    @Override
    public String toString() {
        return "RfmBoundaries[recency=" + Arrays.toString(recency) + ", frequency=" + Arrays.toString(frequency)
                + ", monetary=" + Arrays.toString(monetary) + "]";
    }
}
