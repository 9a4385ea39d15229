package io.crmkit.followup;

import java.util.Objects;
import java.util.Optional;

/**
 * What completing a task produced.
 *
 * @param task the task, now done
 * @param nextTask the next task, if one was created
 */
public record Completed(FollowUp task, Optional<FollowUp> nextTask) {

    /**
     * Checks the components.
     *
     * @param task see {@link #task()}
     * @param nextTask see {@link #nextTask()}
     */
    public Completed {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(nextTask, "nextTask");
    }
}
