package io.crmkit.config;

import io.crmkit.notify.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code followUp:} section of the configuration: the methods and priorities a task may
 * have, the reminders every task gets unless it names its own, the notice at the planned time
 * and the escalation to the assignee's manager.
 *
 * @param methods the methods (phone, visit, email, meeting by default)
 * @param priorities the priorities, lowest first (low, normal, high, urgent by default)
 * @param defaultPriority the priority of a task that names none
 * @param reminders the default reminders (by default one day before, by e-mail and in-app)
 * @param dueNotice the channels of the notice at the planned time; empty for none
 * @param escalation the escalation to the assignee's manager, if any
 */
public record FollowUpSettings(
        List<String> methods,
        List<String> priorities,
        String defaultPriority,
        List<ReminderRule> reminders,
        List<Channel> dueNotice,
        Optional<EscalationRule> escalation) {

    /**
     * Checks and copies the components.
     *
     * @param methods see {@link #methods()}
     * @param priorities see {@link #priorities()}
     * @param defaultPriority see {@link #defaultPriority()}
     * @param reminders see {@link #reminders()}
     * @param dueNotice see {@link #dueNotice()}
     * @param escalation see {@link #escalation()}
     */
    public FollowUpSettings {
        methods = List.copyOf(methods);
        priorities = List.copyOf(priorities);
        Objects.requireNonNull(defaultPriority, "defaultPriority");
        reminders = List.copyOf(reminders);
        dueNotice = List.copyOf(dueNotice);
        Objects.requireNonNull(escalation, "escalation");
    }

    /**
     * The sample settings: methods phone, visit, email, meeting; priorities low, normal, high,
     * urgent (normal by default); a reminder one day before by e-mail and in-app; a due notice
     * in-app; an escalation by e-mail one day after the planned time.
     *
     * @return the defaults
     */
    public static FollowUpSettings defaults() {
        return new FollowUpSettings(List.of("phone", "visit", "email", "meeting"), List.of("low", "normal", "high", "urgent"),
                "normal", List.of(ReminderRule.of(Duration.ofDays(1), Channel.EMAIL, Channel.IN_APP)),
                List.of(Channel.IN_APP), Optional.of(new EscalationRule(Duration.ofDays(1), List.of(Channel.EMAIL))));
    }
}
