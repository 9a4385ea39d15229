package io.crmkit.plan;

import io.crmkit.shared.CrmException;

/**
 * Thrown when a plan with {@link PlanAction#CREATE_TASK} is saved or run but this crmkit has no
 * follow-up tasks to create: no {@code PlanTaskCreator} is wired into {@code Crm}. crmkit never
 * skips the action silently.
 */
public final class FollowUpTasksUnavailableException extends CrmException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public FollowUpTasksUnavailableException() {
        super("follow-up tasks are not available: a plan cannot CREATE_TASK until a PlanTaskCreator is wired"
                + " (Crm.builder().planTaskCreator(...)); use NOTIFY meanwhile");
    }
}
