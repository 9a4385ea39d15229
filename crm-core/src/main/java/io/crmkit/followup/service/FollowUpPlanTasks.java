package io.crmkit.followup.service;

import io.crmkit.followup.NewFollowUp;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.plan.service.PlanTask;
import io.crmkit.plan.service.PlanTaskCreator;
import io.crmkit.storage.StorageTransaction;
import java.time.Instant;

/**
 * The follow-up tasks of {@code CREATE_TASK} interaction plans: one open task per member,
 * assigned to the member's owner, with the plan's content, the plan's channel as its method,
 * and the deployment's default reminders. It is planned at the member's not-before time, or
 * now when that has passed (a task created already overdue would only raise an escalation).
 * {@code CrmSession} wires it unless the host brings its own {@link PlanTaskCreator}.
 */
public final class FollowUpPlanTasks implements PlanTaskCreator {
    private final SessionContext ctx;
    private final FollowUpService followUps;

    /**
     * Creates the creator for a session.
     *
     * @param ctx the session
     * @param followUps the session's follow-up service
     */
    @SuppressWarnings("exports") // built by CrmSession from crmkit's internals; a host gets the service from the session
    public FollowUpPlanTasks(SessionContext ctx, FollowUpService followUps) {
        this.ctx = ctx;
        this.followUps = followUps;
    }

    @Override
    public String create(StorageTransaction tx, PlanTask task) {
        Instant now = ctx.now();
        Instant planned = task.notBefore().isAfter(now) ? task.notBefore() : now;
        NewFollowUp command = NewFollowUp.of(task.customer(), task.channel().name(), task.content(), planned)
                .assignedTo(task.assignee());
        return followUps.createForPlan(tx, command, task.member()).id().toString();
    }

    /**
     * A task's content limit, so that a plan whose content no task could hold is refused when
     * it is saved rather than failing for every member when it runs.
     *
     * @return {@value NewFollowUp#MAX_CONTENT}
     */
    @Override
    public int maxContentLength() {
        return NewFollowUp.MAX_CONTENT;
    }
}
