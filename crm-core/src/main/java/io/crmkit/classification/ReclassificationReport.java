package io.crmkit.classification;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a batch reclassification of a tenant did.
 *
 * @param customers how many customers were looked at
 * @param changed how many had at least one tag changed
 * @param transitions how many customers moved, per {@code "dimension: from -> to"} ({@code "-"} for none)
 * @param took how long it ran
 */
public record ReclassificationReport(long customers, long changed, Map<String, Long> transitions, Duration took) {

    /**
     * Checks and copies the components.
     *
     * @param customers see {@link #customers()}
     * @param changed see {@link #changed()}
     * @param transitions see {@link #transitions()}
     * @param took see {@link #took()}
     */
    public ReclassificationReport {
        transitions = Map.copyOf(transitions);
        Objects.requireNonNull(took, "took");
    }
}
