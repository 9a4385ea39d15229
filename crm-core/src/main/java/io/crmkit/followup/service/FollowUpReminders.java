package io.crmkit.followup.service;

import io.crmkit.access.OrgDirectory;
import io.crmkit.config.FollowUpSettings;
import io.crmkit.config.LabelKind;
import io.crmkit.config.ReminderRule;
import io.crmkit.customer.Customer;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpId;
import io.crmkit.followup.FollowUpStatus;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.notify.Channel;
import io.crmkit.notify.Notification;
import io.crmkit.notify.NotificationTemplates;
import io.crmkit.notify.json.NotificationMessages;
import io.crmkit.outbox.Outbox;
import io.crmkit.shared.UserId;
import io.crmkit.storage.StorageTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules a task's notices as outbox messages in the transaction of the change, all with the
 * reference {@code followup:<taskId>}: a reminder to the assignee per rule and channel at
 * {@code plannedAt - before}, a due notice to the assignee per channel at {@code plannedAt}, and
 * an escalation to the assignee's manager per channel at {@code plannedAt + after}. A notice
 * whose time is not after now is not scheduled (a reminder already in the past is never sent).
 * A change first cancels every pending notice of the task and then schedules anew; a task that
 * is no longer open keeps none.
 *
 * <p>Each notice's id (its idempotency key) is a name-based UUID of tenant, task, version, kind,
 * rule, channel and recipient, so the same change can never schedule the same notice twice.
 * The recipient is the user id: the host's sender maps users to addresses.
 */
final class FollowUpReminders {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpReminders.class);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final SessionContext ctx;
    private final OrgDirectory directory;

    FollowUpReminders(SessionContext ctx, OrgDirectory directory) {
        this.ctx = ctx;
        this.directory = directory;
    }

    /**
     * The outbox reference of a task's notices.
     *
     * @param id the task
     * @return {@code followup:<id>}
     */
    static String reference(FollowUpId id) {
        return "followup:" + id;
    }

    /** Cancels the task's pending notices and, if it is open, schedules them for its current state. */
    void reschedule(StorageTransaction tx, FollowUp task, Customer customer, Instant now) {
        if (task.version() > 1) {
            // A new task has no notices yet: skipping the cancel saves a statement on every create.
            tx.port(Outbox.class).cancelPending(reference(task.id()));
        }
        if (task.status() == FollowUpStatus.OPEN) {
            schedule(tx, task, customer, now);
        }
    }

    private void schedule(StorageTransaction tx, FollowUp task, Customer customer, Instant now) {
        FollowUpSettings settings = ctx.configuration().followUp();
        List<ReminderRule> rules = task.reminders().orElse(settings.reminders());
        for (int i = 0; i < rules.size(); i++) {
            Instant at = task.plannedAt().minus(rules.get(i).before());
            for (Channel channel : rules.get(i).channels()) {
                notice(tx, task, customer, now, at, NotificationTemplates.FOLLOW_UP_REMINDER, "#" + i, channel,
                        task.assignee());
            }
        }
        for (Channel channel : settings.dueNotice()) {
            notice(tx, task, customer, now, task.plannedAt(), NotificationTemplates.FOLLOW_UP_DUE, "", channel,
                    task.assignee());
        }
        settings.escalation().ifPresent(e -> {
            Instant at = task.plannedAt().plus(e.after());
            if (!at.isAfter(now)) {
                return;
            }
            Optional<UserId> manager = directory.managerOf(ctx.tenant(), task.assignee());
            if (manager.isEmpty()) {
                LOG.warn("follow-up {} in tenant {}: its assignee has no manager in the OrgDirectory, so no overdue"
                        + " escalation is scheduled", task.id(), ctx.tenant());
                return;
            }
            for (Channel channel : e.channels()) {
                notice(tx, task, customer, now, at, NotificationTemplates.FOLLOW_UP_OVERDUE, "", channel, manager.get());
            }
        });
    }

    /**
     * Schedules one notice. {@code rule} tells apart the notices of several reminder rules
     * ({@code #0}, {@code #1}…; empty for the others): it is part of the notice's idempotency
     * key, beside the template, so the keys of existing notices stay as they were.
     */
    private void notice(StorageTransaction tx, FollowUp task, Customer customer, Instant now, Instant at,
                        String template, String rule, Channel channel, UserId recipient) {
        if (!at.isAfter(now)) {
            return;
        }
        UUID key = UUID.nameUUIDFromBytes(String.join("|", ctx.tenant().value(), task.id().toString(),
                Long.toString(task.version()), template + rule, channel.name(), recipient.value())
                .getBytes(StandardCharsets.UTF_8));
        Locale locale = directory.localeOf(ctx.tenant(), recipient).orElse(ctx.configuration().locale().locale());
        Map<String, String> parameters = Map.of(
                "customerName", customer.details().name(),
                "plannedAt", MINUTES.format(task.plannedAt().atZone(ctx.configuration().locale().zone())),
                "content", task.content(),
                "assignee", task.assignee().value(),
                "method", ctx.configuration().labels().of(LabelKind.FOLLOW_UP_METHOD, task.method(), locale),
                "priority", task.priority(),
                "taskId", task.id().toString());
        Notification n = new Notification(key, channel, recipient.value(), template, parameters, locale);
        tx.port(Outbox.class).append(NotificationMessages.toMessage(n, now, at, Optional.of(reference(task.id()))));
    }
}
