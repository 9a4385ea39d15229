package io.crmkit.followup.service;

import io.crmkit.audit.FieldChange;
import io.crmkit.config.ReminderRule;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The audit trail's view of a task change: one {@link FieldChange} per field that differs. */
final class FollowUpChanges {
    private FollowUpChanges() {
    }

    static List<FieldChange> between(Optional<FollowUp> before, FollowUp after) {
        List<FieldChange> out = new ArrayList<>();
        add(out, "customerId", before, after, f -> Optional.of(f.customerId().toString()));
        add(out, "contactId", before, after, f -> f.contactId().map(Object::toString));
        add(out, "opportunityId", before, after, FollowUp::opportunityId);
        add(out, "method", before, after, f -> Optional.of(f.method()));
        add(out, "content", before, after, f -> Optional.of(f.content()));
        add(out, "plannedAt", before, after, f -> Optional.of(f.plannedAt().toString()));
        add(out, "assignee", before, after, f -> Optional.of(f.assignee().value()));
        add(out, "priority", before, after, f -> Optional.of(f.priority()));
        add(out, "status", before, after, f -> Optional.of(f.status().name()));
        add(out, "reminders", before, after, f -> f.reminders().map(FollowUpChanges::rules));
        add(out, "result", before, after, f -> f.result().map(FollowUpChanges::summary));
        add(out, "cancelReason", before, after, FollowUp::cancelReason);
        return out;
    }

    private static void add(List<FieldChange> out, String field, Optional<FollowUp> before, FollowUp after,
                            Function<FollowUp, Optional<String>> value) {
        Optional<String> old = before.flatMap(value);
        Optional<String> now = value.apply(after);
        if (!Objects.equals(old, now)) {
            out.add(new FieldChange(field, old, now));
        }
    }

    private static String rules(List<ReminderRule> rules) {
        return rules.isEmpty() ? "none" : rules.stream()
                .map(r -> r.before() + " " + r.channels().stream().map(c -> c.name()).collect(Collectors.joining("+")))
                .collect(Collectors.joining(", "));
    }

    private static String summary(FollowUpResult r) {
        return "at " + r.actualAt() + ": " + r.outcome()
                + r.nextStep().map(n -> "; next: " + n.description() + " at " + n.plannedAt()).orElse("")
                + (r.attachments().isEmpty() ? "" : "; " + r.attachments().size() + " attachment(s)");
    }
}
