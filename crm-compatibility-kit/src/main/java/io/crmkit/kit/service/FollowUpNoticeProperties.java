package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.crmkit.CrmSession;
import io.crmkit.customer.CustomerId;
import io.crmkit.followup.CancelFollowUp;
import io.crmkit.followup.CompleteFollowUp;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpResult;
import io.crmkit.followup.FollowUpStatus;
import io.crmkit.followup.NewFollowUp;
import io.crmkit.followup.ReassignFollowUp;
import io.crmkit.followup.RescheduleFollowUp;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import io.crmkit.kit.MovableClock;
import io.crmkit.kit.service.FollowUpFixtures.Notice;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.groups.Tuple;

/**
 * Random histories of one task (time passing, rescheduling, reassigning, completing, cancelling)
 * against a model of the notices it should have pending: after every step the outbox holds
 * exactly the reminders, due notice and escalation of the task's last state that were still in
 * the future when that state was written — none once it is done or cancelled. Configuration:
 * the sample's (1 day before by email and in_app, due in_app, escalation by email one day
 * after); managers from {@link FollowUpFixtures#DIRECTORY}.
 *
 * <p>Implement {@link #storage()} in the adapter's test class.
 */
public interface FollowUpNoticeProperties {

    /**
     * The storage under test; may be shared: every try uses a fresh tenant.
     *
     * @return the storage
     */
    Storage storage();

    /** One step of a history. */
    enum Kind {
        /** Let hours pass. */
        WAIT,
        /** Move the task. */
        RESCHEDULE,
        /** Hand it to another user. */
        REASSIGN,
        /** Record a result. */
        COMPLETE,
        /** Cancel it. */
        CANCEL
    }

    /**
     * A step: its kind and a number that picks hours or a user.
     *
     * @param kind what happens
     * @param n hours to wait or to move the planned time to (from now), or the user number
     */
    record Step(Kind kind, int n) {
    }

    /**
     * A random history.
     *
     * @param plannedHours the first planned time, in hours from the start
     * @param steps the steps
     */
    @Property(tries = 30)
    default void pendingNoticesFollowTheTask(@ForAll @IntRange(min = 0, max = 96) int plannedHours,
                                             @ForAll("histories") List<Step> steps) {
        MovableClock clock = MovableClock.at(ServiceFixtures.START);
        ServiceFixtures fixtures = new ServiceFixtures(storage(), clock, FollowUpFixtures.DIRECTORY);
        TenantId tenant = ServiceFixtures.freshTenant();
        CrmSession admin = fixtures.admin(tenant);
        CustomerId customer = admin.customers().create(ServiceFixtures.newCustomer("c"));
        FollowUp task = admin.followUps().create(NewFollowUp.of(customer, "phone", "x",
                clock.instant().plus(Duration.ofHours(plannedHours))).assignedTo(UserId.of("u-1")));
        Instant writtenAt = clock.instant();
        check(storage(), tenant, task, writtenAt);
        for (Step s : steps) {
            if (task.status() != FollowUpStatus.OPEN && s.kind() != Kind.WAIT) {
                continue;
            }
            switch (s.kind()) {
                case WAIT -> clock.advance(Duration.ofHours(s.n()));
                case RESCHEDULE -> task = admin.followUps().reschedule(new RescheduleFollowUp(task.id(), task.version(),
                        clock.instant().plus(Duration.ofHours(s.n()))));
                case REASSIGN -> {
                    UserId next = UserId.of("u-" + (s.n() % 3 + 1));
                    if (next.equals(task.assignee())) {
                        continue;
                    }
                    task = admin.followUps().reassign(new ReassignFollowUp(task.id(), task.version(), next, Optional.empty()));
                }
                case COMPLETE -> task = admin.followUps().complete(new CompleteFollowUp(task.id(), task.version(),
                        FollowUpResult.of(clock.instant(), "done"), false)).task();
                case CANCEL -> task = admin.followUps().cancel(new CancelFollowUp(task.id(), task.version(), "no"));
                default -> throw new AssertionError(s.kind());
            }
            if (s.kind() != Kind.WAIT) {
                writtenAt = clock.instant();
            }
            check(storage(), tenant, task, writtenAt);
        }
    }

    private static void check(Storage storage, TenantId tenant, FollowUp task, Instant writtenAt) {
        List<Tuple> expected = new ArrayList<>();
        if (task.status() == FollowUpStatus.OPEN) {
            String user = task.assignee().value();
            Instant planned = task.plannedAt();
            Instant reminder = planned.minus(Duration.ofDays(1));
            List<Tuple> all = new ArrayList<>(List.of(tuple("followup.reminder", user, "email", reminder),
                    tuple("followup.reminder", user, "in_app", reminder), tuple("followup.due", user, "in_app", planned)));
            FollowUpFixtures.DIRECTORY.managerOf(tenant, task.assignee()).ifPresent(m ->
                    all.add(tuple("followup.overdue", m.value(), "email", planned.plus(Duration.ofDays(1)))));
            // Listed in the order pendingNotices sorts by: due time, template, channel.
            all.stream().filter(t -> ((Instant) t.toArray()[3]).isAfter(writtenAt)).forEach(expected::add);
        }
        assertThat(FollowUpFixtures.pendingNotices(storage, tenant, task.id()))
                .extracting(Notice::templateKey, Notice::recipient, Notice::channel, Notice::availableAt)
                .containsExactlyElementsOf(expected);
    }

    /** {@return histories of up to 8 steps, mostly waiting, moving and handing over} */
    @Provide
    default Arbitrary<List<Step>> histories() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(net.jqwik.api.Tuple.of(4, Kind.WAIT),
                net.jqwik.api.Tuple.of(3, Kind.RESCHEDULE), net.jqwik.api.Tuple.of(3, Kind.REASSIGN),
                net.jqwik.api.Tuple.of(1, Kind.COMPLETE), net.jqwik.api.Tuple.of(1, Kind.CANCEL));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 60)).as(Step::new).list().ofMaxSize(8);
    }
}
