package io.crmkit.config;

/** How a value assessment turns purchase figures into a score from 0 to 100. */
public enum ScoringMethod {
    /**
     * Each factor scores {@code min(value / fullScoreAt, 1) * 100} (0 for a negative value); the
     * score is the weighted mean of the factors' scores.
     */
    WEIGHTED,
    /**
     * RFM: recency (days since the last purchase, fewer is better), frequency and monetary value
     * each score a quintile 1-5 against the tenant's customers; the score is
     * {@code (R + F + M - 3) / 12 * 100}. Quintile boundaries come from the batch
     * reclassification (a sample of at most 10,000 customers, so memory stays constant).
     */
    RFM_QUINTILES
}
