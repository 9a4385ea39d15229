package io.crmkit.schedule.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link JobRunner#runDue()} call did.
 *
 * @param at the time the call evaluated the schedules at
 * @param runs the runs it claimed and worked on, in the order it did them; empty when nothing was due
 */
public record JobReport(Instant at, List<RunReport> runs) {

    /**
     * Checks and copies the components.
     *
     * @param at see {@link #at()}
     * @param runs see {@link #runs()}
     */
    public JobReport {
        Objects.requireNonNull(at, "at");
        runs = List.copyOf(runs);
    }

    /** {@return the items the runs have done, over all their attempts} */
    public long processed() {
        return runs.stream().mapToLong(r -> r.run().processed()).sum();
    }

    /** {@return the items the runs failed on and stepped over} */
    public long failed() {
        return runs.stream().mapToLong(r -> r.run().failed()).sum();
    }
}
