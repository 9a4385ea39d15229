package io.crmkit.plan;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a plan has got: members handled per outcome, and the last completed run.
 *
 * @param plan the plan
 * @param counts members handled so far, per outcome (every outcome present, 0 when none)
 * @param lastRun the last completed run, or empty if no run has completed
 */
public record PlanProgress(InteractionPlanId plan, Map<PlanOutcome, Long> counts, Optional<PlanLastRun> lastRun) {

    /**
     * Checks and copies the components, filling in absent outcomes with 0.
     *
     * @param plan see {@link #plan()}
     * @param counts see {@link #counts()}
     * @param lastRun see {@link #lastRun()}
     */
    public PlanProgress {
        Objects.requireNonNull(plan, "plan");
        Map<PlanOutcome, Long> all = new EnumMap<>(PlanOutcome.class);
        for (PlanOutcome o : PlanOutcome.values()) {
            all.put(o, counts.getOrDefault(o, 0L));
        }
        counts = Map.copyOf(all);
        Objects.requireNonNull(lastRun, "lastRun");
    }

    /**
     * Members handled with one outcome.
     *
     * @param outcome the outcome
     * @return how many
     */
    public long count(PlanOutcome outcome) {
        return counts.get(outcome);
    }

    /** {@return members handled so far, whatever the outcome} */
    public long handled() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
