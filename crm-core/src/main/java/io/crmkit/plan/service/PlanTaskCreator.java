package io.crmkit.plan.service;

import io.crmkit.plan.SavePlan;
import io.crmkit.storage.StorageTransaction;

/**
 * Creates the task of a {@link io.crmkit.plan.PlanAction#CREATE_TASK} plan for one member. The
 * follow-up feature implements it ({@code FollowUpPlanTasks}, the default); a host that keeps
 * its own kind of task wires another with {@code Crm.builder().planTaskCreator(...)}.
 *
 * <p>It runs inside the transaction of the member's page, which also records the member's
 * result: the task and the result commit together or not at all.
 *
 * <p>It states the longest content its tasks hold, {@link #maxContentLength()}: the plan service
 * refuses to save a CREATE_TASK plan with longer content, which would otherwise be saved and then
 * fail for every member when it runs.
 */
@FunctionalInterface
public interface PlanTaskCreator {

    /**
     * Creates the task.
     *
     * @param tx the page's transaction; write the task through it
     * @param task what to create
     * @return the new task's id, as text
     * @throws io.crmkit.shared.CrmException other than {@link io.crmkit.shared.StorageException}
     *     when the task is refused for this member (recorded as {@link io.crmkit.plan.PlanOutcome#FAILED}
     *     with the message; throw it before writing anything); anything else aborts the page
     */
    String create(StorageTransaction tx, PlanTask task);

    /**
     * The longest plan content, in characters ({@link String#length()}), that {@link #create}
     * accepts as a task's text.
     *
     * @return the limit; by default any plan's content ({@value SavePlan#MAX_CONTENT}), so a
     *     creator that states none keeps accepting every plan it accepted before
     */
    default int maxContentLength() {
        return SavePlan.MAX_CONTENT;
    }
}
