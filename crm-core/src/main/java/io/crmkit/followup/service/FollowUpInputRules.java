package io.crmkit.followup.service;

import io.crmkit.config.FollowUpSettings;
import io.crmkit.config.ReminderRule;
import io.crmkit.followup.Attachment;
import io.crmkit.followup.CustomerFeedback;
import io.crmkit.followup.FollowUpResult;
import io.crmkit.followup.NewFollowUp;
import io.crmkit.followup.NextStep;
import io.crmkit.internal.validation.DecimalRules;
import io.crmkit.internal.validation.ReferenceRules;
import io.crmkit.shared.TextRules;
import io.crmkit.shared.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of follow-up input that annotations cannot express: configured methods and
 * priorities, reminder offsets, storable characters, a result's times, amounts and attachment
 * references. Each check skips values the annotations already reported missing.
 */
final class FollowUpInputRules {
    /** The most reminder rules one task has. */
    static final int MAX_REMINDERS = 10;
    private static final Period MAX_CYCLE = Period.ofYears(10);
    private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s\\p{Cntrl}]+");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*"
            + "(\\s*;\\s*[A-Za-z0-9!#$&^_.+-]+=[^\\p{Cntrl};]+)*");

    private final FollowUpSettings settings;

    FollowUpInputRules(FollowUpSettings settings) {
        this.settings = settings;
    }

    /**
     * Checks a new task beyond its annotations.
     *
     * @param command the task
     * @param out the annotations' violations, added to
     * @return {@code out}
     */
    List<Violation> newTask(NewFollowUp command, List<Violation> out) {
        text("content", command.content(), out);
        method(command.method(), out);
        command.priority().ifPresent(p -> priority(p, out));
        ReferenceRules.check("opportunityId", command.opportunityId()).ifPresent(out::add);
        reminders(command.reminders(), out);
        return out;
    }

    void method(String method, List<Violation> out) {
        if (method != null && !method.isBlank() && !settings.methods().contains(method)) {
            out.add(Violation.of("method", "followup.method.unknown", "allowed", String.join(", ", settings.methods())));
        }
    }

    void priority(String priority, List<Violation> out) {
        if (priority != null && !priority.isBlank() && !settings.priorities().contains(priority)) {
            out.add(Violation.of("priority", "followup.priority.unknown", "allowed", String.join(", ", settings.priorities())));
        }
    }

    void reminders(Optional<List<ReminderRule>> rules, List<Violation> out) {
        if (rules.isEmpty()) {
            return;
        }
        List<ReminderRule> list = rules.get();
        if (list.size() > MAX_REMINDERS) {
            out.add(Violation.of("reminders", "items.max", "max", MAX_REMINDERS));
            return;
        }
        Set<Duration> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "reminders[" + i + "]";
            ReminderRule r = list.get(i);
            if (r == null) {
                out.add(Violation.of(path, "required"));
                continue;
            }
            Duration before = r.before();
            if (before.isNegative() || before.isZero() || before.compareTo(ReminderRule.MAX_BEFORE) > 0) {
                out.add(Violation.of(path + ".before", "followup.reminder.before"));
            } else if (!seen.add(before)) {
                out.add(Violation.of(path + ".before", "followup.reminder.duplicate"));
            }
            if (r.channels() == null || r.channels().isEmpty() || r.channels().contains(null)) {
                out.add(Violation.of(path + ".channels", "required"));
            } else if (new HashSet<>(r.channels()).size() < r.channels().size()) {
                out.add(Violation.of(path + ".channels", "followup.channel.duplicate"));
            }
        }
    }

    void result(FollowUpResult result, boolean createNextTask, Instant now, List<Violation> out) {
        if (result == null) {
            return;
        }
        text("result.outcome", result.outcome(), out);
        if (result.actualAt() != null && result.actualAt().isAfter(now)) {
            out.add(Violation.of("result.actualAt", "followup.actual.future"));
        }
        if (createNextTask && result.nextStep().isEmpty()) {
            out.add(Violation.of("result.nextStep", "followup.next_step.required"));
        }
        result.nextStep().ifPresent(n -> nextStep(n, result.actualAt(), out));
        if (result.feedback() != null) {
            feedback(result.feedback(), out);
        }
        List<Attachment> attachments = result.attachments();
        for (int i = 0; attachments != null && i < attachments.size(); i++) {
            if (attachments.get(i) != null) {
                attachment("result.attachments[" + i + "]", attachments.get(i), out);
            }
        }
    }

    private void nextStep(NextStep n, Instant actualAt, List<Violation> out) {
        text("result.nextStep.description", n.description(), out);
        if (n.plannedAt() != null && actualAt != null && !n.plannedAt().isAfter(actualAt)) {
            out.add(Violation.of("result.nextStep.plannedAt", "followup.next_step.before_actual"));
        }
    }

    private void feedback(CustomerFeedback f, List<Violation> out) {
        text("result.feedback.comments", f.comments(), out);
        f.budget().ifPresent(b -> {
            if (b.amount().signum() < 0) {
                out.add(Violation.of("result.feedback.budget", "amount.negative"));
            } else {
                DecimalRules.checkSize("result.feedback.budget", b.amount()).ifPresent(out::add);
            }
        });
        f.decisionCycle().ifPresent(c -> {
            // isNegative is true when any unit is negative, so this is "every unit at least 0, one above".
            boolean positive = !c.isNegative() && !c.isZero();
            if (!positive || c.toTotalMonths() * 31 + c.getDays() > MAX_CYCLE.toTotalMonths() * 31) {
                out.add(Violation.of("result.feedback.decisionCycle", "followup.decision_cycle.invalid"));
            }
        });
    }

    private void attachment(String path, Attachment a, List<Violation> out) {
        text(path + ".name", a.name(), out);
        if (a.uri() != null && !a.uri().isBlank() && !URI.matcher(a.uri()).matches()) {
            out.add(Violation.of(path + ".uri", "followup.attachment.uri"));
        }
        if (a.sizeBytes() < 0) {
            out.add(Violation.of(path + ".sizeBytes", "followup.attachment.size"));
        }
        if (a.mediaType() != null && !MEDIA_TYPE.matcher(a.mediaType()).matches()) {
            out.add(Violation.of(path + ".mediaType", "followup.attachment.media_type"));
        }
    }

    static void text(String path, String value, List<Violation> out) {
        if (value != null) {
            TextRules.check(path, value).ifPresent(out::add);
        }
    }

    /** The result with its times at the precision storage keeps, so it reads back as written. */
    static FollowUpResult normalised(FollowUpResult r) {
        return new FollowUpResult(micros(r.actualAt()), r.outcome(),
                r.nextStep().map(n -> new NextStep(n.description(), micros(n.plannedAt()))), r.feedback(), r.attachments());
    }

    static Instant micros(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
