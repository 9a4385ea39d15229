package io.crmkit.plan.service;

import io.crmkit.storage.StorageTransaction;

/**
 * Creates the task of a {@link io.crmkit.plan.PlanAction#CREATE_TASK} plan for one member. The
 * follow-up feature implements it ({@code FollowUpPlanTasks}, the default); a host that keeps
 * its own kind of task wires another with {@code Crm.builder().planTaskCreator(...)}.
 *
 * <p>It runs inside the transaction of the member's page, which also records the member's
 * result: the task and the result commit together or not at all.
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
}
