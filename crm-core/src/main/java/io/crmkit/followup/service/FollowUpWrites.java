package io.crmkit.followup.service;

import io.crmkit.access.OrgDirectory;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.Customer;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpEvent;
import io.crmkit.followup.FollowUpId;
import io.crmkit.followup.FollowUpStatus;
import io.crmkit.followup.FollowUps;
import io.crmkit.followup.NewFollowUp;
import io.crmkit.internal.session.ChangePath;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.UserId;
import io.crmkit.storage.StorageTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path by which {@link FollowUpService} stores a task, in the caller's transaction: the
 * task's state goes with its audit entry, its event in the outbox and its rescheduled notices,
 * so that no operation can store a task without them or leave the notices of an earlier state
 * pending. The caller has checked the input and the user's access.
 */
final class FollowUpWrites {
    /** The service's logger, so that a host's log configuration for the service keeps covering this. */
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpService.class);

    private final SessionContext ctx;
    private final ChangePath path;
    private final FollowUpReminders reminders;

    FollowUpWrites(SessionContext ctx, OrgDirectory directory) {
        this.ctx = ctx;
        this.path = new ChangePath(ctx);
        this.reminders = new FollowUpReminders(ctx, directory);
    }

    /** Names the event of a change, which needs the task both before and after it. */
    @FunctionalInterface
    interface Events {
        FollowUpEvent of(FollowUp before, FollowUp after);
    }

    /** Stores a new open task, with the configured priority unless the command names one. */
    FollowUp create(StorageTransaction tx, FollowUpId id, NewFollowUp command, Customer customer, UserId assignee,
                    UserId actor) {
        Instant now = ctx.now();
        FollowUp task = new FollowUp(id, customer.id(), command.contactId(),
                command.opportunityId(), command.method(), command.content(),
                FollowUpInputRules.micros(command.plannedAt()), assignee,
                command.priority().orElse(ctx.configuration().followUp().defaultPriority()), FollowUpStatus.OPEN,
                command.reminders(), Optional.empty(), Optional.empty(), now, actor, now, 1);
        tx.port(FollowUps.class).insert(task);
        record(tx, task, customer, "followup.created", FollowUpChanges.between(Optional.empty(), task),
                new FollowUpEvent.FollowUpCreated(task.id(), task.customerId(), task.assignee(), task.plannedAt(),
                        task.createdAt()));
        LOG.debug("follow-up {} created for customer {} in tenant {}", task.id(), customer.id(), ctx.tenant());
        return task;
    }

    /**
     * Applies a transition to an open task; {@code noted} adds to the audit entry what the task's
     * fields do not show, such as a reason. The version is checked here (a clear error) and by the
     * storage's conditional update (the one that counts under concurrency).
     */
    FollowUp change(StorageTransaction tx, FollowUp current, Customer customer, long expectedVersion, String action,
                    List<FieldChange> noted, UnaryOperator<FollowUp> transition, Events events) {
        ChangePath.checkVersion(FollowUpService.TYPE, current.id(), expectedVersion, current.version());
        if (current.status() != FollowUpStatus.OPEN) {
            throw new InvalidStateException("follow-up " + current.id() + " is "
                    + current.status().name().toLowerCase(Locale.ROOT) + " and can no longer be changed");
        }
        FollowUp next = transition.apply(current);
        tx.port(FollowUps.class).update(next, expectedVersion);
        List<FieldChange> changes = new ArrayList<>(FollowUpChanges.between(Optional.of(current), next));
        changes.addAll(noted);
        record(tx, next, customer, action, changes, events.of(current, next));
        return next;
    }

    private void record(StorageTransaction tx, FollowUp task, Customer customer, String action, List<FieldChange> changes,
                        FollowUpEvent event) {
        path.audit(tx, FollowUpService.TYPE, task.id().toString(), action, task.updatedAt(), changes);
        path.publish(tx, event);
        reminders.reschedule(tx, task, customer, task.updatedAt());
    }
}
