package io.crmkit.followup.internal;

import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.customer.CustomerId;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpQuery;
import io.crmkit.followup.FollowUpResult;
import io.crmkit.followup.FollowUpStatus;
import io.crmkit.followup.FollowUps;
import io.crmkit.followup.service.FollowUpService;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.timeline.TimelineEntry;
import io.crmkit.timeline.TimelinePosition;
import io.crmkit.timeline.service.TimelineSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer's follow-up tasks on the timeline, as {@value TimelineEntry#TASK} entries: one
 * when a task was created (at its creation, by its creator; attributes {@code method},
 * {@code content}, {@code plannedAt}, {@code assignee}, {@code priority}), one when it was done
 * (at the result's actual time; {@code outcome}, and {@code nextStep}, {@code nextAt},
 * {@code budget}, {@code decisionCycle}, {@code feedback} when given) and one when it was
 * cancelled (with {@code reason} when given). Who finished a task comes from the task's own
 * audit trail. The entry of a finished task has an id derived from the task's id, so that every
 * entry has its own.
 *
 * <p>It reads all of the customer's tasks for each page (a customer has tens or hundreds, not
 * millions) and the audit entry of at most a page of finished ones.
 */
public final class FollowUpTimelineSource implements TimelineSource {

    /** Creates the source. */
    public FollowUpTimelineSource() {
    }

    @Override
    public List<TimelineEntry> entries(StorageTransaction tx, CustomerId customer, Optional<TimelinePosition> after,
                                       int limit) {
        List<TimelineEntry> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<FollowUp> page = tx.port(FollowUps.class).search(FollowUpQuery.ofCustomer(customer),
                    new PageRequest(PageRequest.MAX_SIZE, cursor));
            for (FollowUp task : page.items()) {
                all.add(created(task));
                finished(task).ifPresent(all::add);
            }
            cursor = page.next();
        } while (cursor.isPresent());
        return all.stream()
                .filter(e -> after.map(p -> p.isBefore(e.at(), e.id())).orElse(true))
                .sorted((a, b) -> TimelinePosition.NEWEST_FIRST.compare(a.position(), b.position()))
                .limit(limit)
                .map(e -> e.title().equals("followup.created") ? e : withFinisher(tx, e))
                .toList();
    }

    private static TimelineEntry created(FollowUp task) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("method", task.method());
        a.put("content", task.content());
        a.put("plannedAt", task.plannedAt().toString());
        a.put("assignee", task.assignee().value());
        a.put("priority", task.priority());
        return new TimelineEntry(TimelineEntry.TASK, task.id().value(), task.createdAt(), task.createdBy(),
                "followup.created", a);
    }

    /** The entry of a done or cancelled task, its actor for now the assignee (see {@link #withFinisher}). */
    private static Optional<TimelineEntry> finished(FollowUp task) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("task", task.id().toString());
        if (task.status() == FollowUpStatus.DONE && task.result().isPresent()) {
            FollowUpResult r = task.result().get();
            a.put("outcome", r.outcome());
            r.nextStep().ifPresent(n -> {
                a.put("nextStep", n.description());
                a.put("nextAt", n.plannedAt().toString());
            });
            r.feedback().budget().ifPresent(b -> a.put("budget", b.amount().toPlainString() + " " + b.currency()));
            r.feedback().decisionCycle().ifPresent(p -> a.put("decisionCycle", p.toString()));
            if (!r.feedback().comments().isEmpty()) {
                a.put("feedback", r.feedback().comments());
            }
            return Optional.of(new TimelineEntry(TimelineEntry.TASK, derivedId(task, "done"), r.actualAt(),
                    task.assignee(), "followup.done", a));
        }
        if (task.status() == FollowUpStatus.CANCELLED) {
            task.cancelReason().ifPresent(reason -> a.put("reason", reason));
            return Optional.of(new TimelineEntry(TimelineEntry.TASK, derivedId(task, "cancelled"), task.updatedAt(),
                    task.assignee(), "followup.cancelled", a));
        }
        return Optional.empty();
    }

    /** Names who finished the task, from the newest entry of its audit trail (a finished task changes no more). */
    private static TimelineEntry withFinisher(StorageTransaction tx, TimelineEntry e) {
        List<AuditEntry> newest = tx.port(AuditTrail.class).history(FollowUpService.TYPE, e.attributes().get("task"), PageRequest.first(1)).items();
        return newest.isEmpty() ? e
                : new TimelineEntry(e.kind(), e.id(), e.at(), newest.get(0).actor(), e.title(), e.attributes());
    }

    private static UUID derivedId(FollowUp task, String what) {
        return UUID.nameUUIDFromBytes((task.id() + ":" + what).getBytes(StandardCharsets.UTF_8));
    }
}
