package io.crmkit.plan;

import java.time.Instant;
import java.util.Objects;

/**
 * The last completed run of a plan.
 *
 * @param at when it started
 * @param members how many members the segment had then
 */
public record PlanLastRun(Instant at, long members) {

    /**
     * Checks the components.
     *
     * @param at see {@link #at()}
     * @param members see {@link #members()}
     */
    public PlanLastRun {
        Objects.requireNonNull(at, "at");
    }
}
