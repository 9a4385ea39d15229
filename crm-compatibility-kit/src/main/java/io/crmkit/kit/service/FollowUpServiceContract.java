package io.crmkit.kit.service;

import static io.crmkit.kit.service.FollowUpFixtures.pendingCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.crmkit.CrmSession;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.access.TeamId;
import io.crmkit.config.ReminderRule;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.CustomerId;
import io.crmkit.followup.Attachment;
import io.crmkit.followup.CancelFollowUp;
import io.crmkit.followup.ChangeFollowUp;
import io.crmkit.followup.CompleteFollowUp;
import io.crmkit.followup.Completed;
import io.crmkit.followup.CustomerFeedback;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpResult;
import io.crmkit.followup.FollowUpStatus;
import io.crmkit.followup.NewFollowUp;
import io.crmkit.followup.NextStep;
import io.crmkit.followup.ReassignFollowUp;
import io.crmkit.followup.RescheduleFollowUp;
import io.crmkit.notify.Channel;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.Money;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import io.crmkit.kit.MovableClock;
import io.crmkit.kit.service.FollowUpFixtures.Notice;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The follow-up service, end to end on the adapter under test: round trip, validation (nothing
 * stored on error), access, tenant isolation, conflicts, queries, and the reminders, due notice
 * and escalation it keeps in the outbox. The clock starts at {@link ServiceFixtures#START} and
 * the tests move it. Subclass it and implement {@link #storage()}.
 */
public abstract class FollowUpServiceContract {
    private static final Instant T0 = ServiceFixtures.START;
    private static final Instant PLANNED = T0.plus(Duration.ofDays(3));

    private MovableClock clock;
    private ServiceFixtures fixtures;
    private TenantId tenant;
    private CrmSession rep;
    private CustomerId customer;

    /** Creates the subject. */
    protected FollowUpServiceContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    /** Wires crmkit with a clock the tests move, opens u-1's session in a fresh tenant and creates a customer. */
    @BeforeEach
    void wire() {
        clock = MovableClock.at(T0);
        fixtures = new ServiceFixtures(storage(), clock, FollowUpFixtures.DIRECTORY);
        tenant = ServiceFixtures.freshTenant();
        rep = fixtures.rep(tenant, "u-1");
        customer = rep.customers().create(ServiceFixtures.newCustomer("华东精密"));
    }

    private FollowUp task(Instant planned) {
        return rep.followUps().create(NewFollowUp.of(customer, "phone", "discuss the quote", planned));
    }

    private List<Notice> notices(FollowUp f) {
        return FollowUpFixtures.pendingNotices(storage(), tenant, f.id());
    }

    @Test
    @DisplayName("creates a task with contact, opportunity and own reminders, and reads it back exactly")
    void roundTrip() {
        ContactId contact = rep.customers().get(customer).contacts().get(0).id();
        NewFollowUp cmd = new NewFollowUp(customer, Optional.of(contact), Optional.of("OPP-7"), "visit", "带样品拜访 'x'; --",
                PLANNED.plusNanos(1_234_567), Optional.empty(), Optional.of("high"),
                Optional.of(List.of(ReminderRule.of(Duration.ofHours(1), Channel.SMS))));
        FollowUp created = rep.followUps().create(cmd);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(created.assignee()).isEqualTo(UserId.of("u-1"));
        assertThat(created.plannedAt()).isEqualTo(PLANNED.plusNanos(1_234_000));
        assertThat(created.reminders()).contains(List.of(ReminderRule.of(Duration.ofHours(1), Channel.SMS)));
        assertThat(rep.followUps().get(created.id())).isEqualTo(created);
        assertThat(rep.followUps().history(created.id(), PageRequest.first(5)).items())
                .extracting(e -> e.action()).containsExactly("followup.created");
        List<OutboxMessage> events = storage().inTransaction(tenant, tx -> tx.port(Outbox.class).pending(1000));
        assertThat(events).anySatisfy(m -> {
            assertThat(m.eventType()).isEqualTo("FollowUpCreated");
            assertThat(m.aggregateId()).isEqualTo(created.id().toString());
        });
        FollowUp plain = task(PLANNED);
        assertThat(plain.priority()).isEqualTo("normal");
        assertThat(plain.reminders()).isEmpty();
        assertThat(rep.followUps().get(plain.id())).isEqualTo(plain);
    }

    @Test
    @DisplayName("lists every problem of a new task with its path, and stores nothing")
    void validatesCreation() {
        int before = pendingCount(storage(), tenant);
        NewFollowUp bad = new NewFollowUp(customer, Optional.empty(), Optional.of(" "), "fax", "bad\u0000text",
                PLANNED, Optional.empty(), Optional.of("someday"), Optional.of(List.of(
                        new ReminderRule(Duration.ZERO, List.of(Channel.EMAIL)), new ReminderRule(Duration.ofDays(1), List.of()))));
        assertThatThrownBy(() -> rep.followUps().create(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                        tuple("method", "followup.method.unknown"), tuple("content", "characters.invalid"),
                        tuple("priority", "followup.priority.unknown"), tuple("opportunityId", "blank"),
                        tuple("reminders[0].before", "followup.reminder.before"), tuple("reminders[1].channels", "required")));
        assertThatThrownBy(() -> fixtures.crm().session(tenant, Principal.user("u-1", RoleName.SALES_REP),
                Locale.SIMPLIFIED_CHINESE).followUps().create(bad)).hasMessageContaining("跟进方式");
        NewFollowUp strangerContact = new NewFollowUp(customer, Optional.of(new ContactId(java.util.UUID.randomUUID())),
                Optional.empty(), "phone", "x", PLANNED, Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> rep.followUps().create(strangerContact)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.paths()).containsExactly("contactId"));
        assertThat(rep.followUps().ofCustomer(customer, PageRequest.first(10)).items()).isEmpty();
        assertThat(pendingCount(storage(), tenant)).isEqualTo(before);
    }

    @Test
    @DisplayName("refuses a bad result naming each field (result.attachments[0].uri…), and changes nothing")
    void validatesResult() {
        FollowUp f = task(PLANNED);
        int before = pendingCount(storage(), tenant);
        FollowUpResult bad = new FollowUpResult(T0.plusSeconds(60), "", Optional.empty(),
                new CustomerFeedback(Optional.of(Money.of("-1", "CNY")), Optional.of(Period.ZERO), "ok"),
                List.of(new Attachment("quote.pdf", "not a uri", -1, "pdf")));
        assertThatThrownBy(() -> rep.followUps().complete(new CompleteFollowUp(f.id(), 1, bad, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                                tuple("result.outcome", "blank"), tuple("result.actualAt", "followup.actual.future"),
                                tuple("result.nextStep", "followup.next_step.required"),
                                tuple("result.feedback.budget", "amount.negative"),
                                tuple("result.feedback.decisionCycle", "followup.decision_cycle.invalid"),
                                tuple("result.attachments[0].uri", "followup.attachment.uri"),
                                tuple("result.attachments[0].sizeBytes", "followup.attachment.size"),
                                tuple("result.attachments[0].mediaType", "followup.attachment.media_type")));
        assertThat(rep.followUps().get(f.id())).isEqualTo(f);
        assertThat(pendingCount(storage(), tenant)).isEqualTo(before);
        assertThat(rep.followUps().history(f.id(), PageRequest.first(5)).items()).hasSize(1);
    }

    @Test
    @DisplayName("schedules the reminders, due notice and escalation at their times, for the right people")
    void schedulesNotices() {
        FollowUp f = task(PLANNED);
        assertThat(notices(f)).extracting(Notice::templateKey, Notice::recipient, Notice::channel, Notice::availableAt)
                .containsExactly(
                        tuple("followup.reminder", "u-1", "email", PLANNED.minus(Duration.ofDays(1))),
                        tuple("followup.reminder", "u-1", "in_app", PLANNED.minus(Duration.ofDays(1))),
                        tuple("followup.due", "u-1", "in_app", PLANNED),
                        tuple("followup.overdue", "m-1", "email", PLANNED.plus(Duration.ofDays(1))));
        Notice reminder = notices(f).get(0);
        assertThat(reminder.notification().parameters()).containsEntry("customerName", "华东精密")
                .containsEntry("content", "discuss the quote").containsEntry("plannedAt", "2026-11-26 16:00")
                .containsEntry("assignee", "u-1").containsEntry("method", "电话");
        assertThat(reminder.notification().locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(fixtures.crm().templates().render(reminder.notification()).subject()).contains("华东精密");
    }

    @Test
    @DisplayName("does not schedule notices already in the past; skips the escalation of an assignee without manager")
    void skipsPastNotices() {
        FollowUp soon = task(T0.plus(Duration.ofHours(2)));
        assertThat(notices(soon)).extracting(Notice::templateKey).containsExactly("followup.due", "followup.overdue");
        FollowUp past = task(T0.minus(Duration.ofDays(2)));
        assertThat(notices(past)).isEmpty();
        FollowUp other = rep.followUps().create(NewFollowUp.of(customer, "phone", "x", PLANNED).assignedTo(UserId.of("u-3")));
        assertThat(notices(other)).extracting(Notice::templateKey, Notice::recipient).containsExactly(
                tuple("followup.reminder", "u-3"), tuple("followup.reminder", "u-3"), tuple("followup.due", "u-3"));
    }

    @Test
    @DisplayName("moves pending notices on reschedule and reassign, and cancels them on complete and cancel")
    void movesAndCancelsNotices() {
        FollowUp f = task(PLANNED);
        Instant later = PLANNED.plus(Duration.ofDays(2));
        FollowUp moved = rep.followUps().reschedule(new RescheduleFollowUp(f.id(), 1, later));
        assertThat(moved.version()).isEqualTo(2);
        assertThat(notices(moved)).extracting(Notice::availableAt).containsExactly(later.minus(Duration.ofDays(1)),
                later.minus(Duration.ofDays(1)), later, later.plus(Duration.ofDays(1)));
        FollowUp handed = rep.followUps().reassign(new ReassignFollowUp(f.id(), 2, UserId.of("u-2"), Optional.of("holiday")));
        assertThat(notices(handed)).extracting(Notice::recipient).containsExactly("u-2", "u-2", "u-2", "m-2");
        assertThat(rep.followUps().history(f.id(), PageRequest.first(1)).items().get(0).changes())
                .extracting(c -> c.field(), c -> c.after()).contains(tuple("assignee", Optional.of("u-2")),
                        tuple("reason", Optional.of("holiday")));
        FollowUp changed = rep.followUps().change(new ChangeFollowUp(f.id(), 3, "email", "send the quote", "urgent",
                Optional.of(List.of(ReminderRule.of(Duration.ofHours(1), Channel.IN_APP)))));
        assertThat(notices(changed)).extracting(Notice::templateKey, Notice::availableAt).containsExactly(
                tuple("followup.reminder", later.minus(Duration.ofHours(1))), tuple("followup.due", later),
                tuple("followup.overdue", later.plus(Duration.ofDays(1))));
        assertThatThrownBy(() -> rep.followUps().cancel(new CancelFollowUp(f.id(), 0, "customer asked to wait")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("expectedVersion", "version.invalid")));
        FollowUp cancelled = rep.followUps().cancel(new CancelFollowUp(f.id(), 4, "customer asked to wait"));
        assertThat(cancelled.status()).isEqualTo(FollowUpStatus.CANCELLED);
        assertThat(notices(cancelled)).isEmpty();
        assertThat(rep.followUps().cancel(new CancelFollowUp(f.id(), 5, "again"))).isEqualTo(cancelled);
        assertThatThrownBy(() -> rep.followUps().reschedule(new RescheduleFollowUp(f.id(), 5, later)))
                .isInstanceOf(InvalidStateException.class);
        assertThat(rep.followUps().history(f.id(), PageRequest.first(10)).items()).extracting(e -> e.action())
                .containsExactly("followup.cancelled", "followup.changed", "followup.reassigned", "followup.rescheduled",
                        "followup.created");
    }

    @Test
    @DisplayName("completes with a result and creates the next task in the same transaction")
    void completesWithNextTask() {
        FollowUp f = task(PLANNED);
        clock.advance(Duration.ofDays(3).plusHours(1));
        Instant actual = clock.instant().minus(Duration.ofMinutes(30));
        Instant nextAt = clock.instant().plus(Duration.ofDays(7));
        FollowUpResult result = new FollowUpResult(actual, "interested, wants a demo",
                Optional.of(new NextStep("demo at their plant", nextAt)),
                new CustomerFeedback(Optional.of(Money.of("500000", "CNY")), Optional.of(Period.ofMonths(3)), "CFO decides"),
                List.of(new Attachment("纪要.pdf", "https://files.example.cn/a/1?x=1&y=%20", 1024, "application/pdf"),
                        new Attachment("photo.jpg", "oss://bucket/key", 0, "image/jpeg")));
        Completed done = rep.followUps().complete(new CompleteFollowUp(f.id(), 1, result, true));
        assertThat(done.task().status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(done.task().result()).contains(result);
        assertThat(rep.followUps().get(f.id())).isEqualTo(done.task());
        FollowUp next = done.nextTask().orElseThrow();
        assertThat(next.content()).isEqualTo("demo at their plant");
        assertThat(next.plannedAt()).isEqualTo(nextAt);
        assertThat(next.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(rep.followUps().get(next.id())).isEqualTo(next);
        assertThat(notices(f)).isEmpty();
        assertThat(notices(next)).extracting(Notice::templateKey).containsExactly("followup.reminder", "followup.reminder",
                "followup.due", "followup.overdue");
    }

    @Test
    @DisplayName("lets the assignee, the customer's owner and an administrator change a task; no one else")
    void access() {
        CrmSession other = fixtures.rep(tenant, "u-2");
        FollowUp f = task(PLANNED);
        assertThatThrownBy(() -> other.followUps().reschedule(new RescheduleFollowUp(f.id(), 1, PLANNED.plusSeconds(60))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> other.followUps().create(NewFollowUp.of(customer, "phone", "x", PLANNED)
                .assignedTo(UserId.of("u-3")))).isInstanceOf(AccessDeniedException.class);
        FollowUp handed = rep.followUps().reassign(new ReassignFollowUp(f.id(), 1, UserId.of("u-2"), Optional.empty()));
        FollowUp byAssignee = other.followUps().reschedule(new RescheduleFollowUp(f.id(), handed.version(),
                PLANNED.plusSeconds(60)));
        FollowUp byOwner = rep.followUps().reschedule(new RescheduleFollowUp(f.id(), byAssignee.version(), PLANNED));
        FollowUp byAdmin = fixtures.admin(tenant).followUps().reschedule(new RescheduleFollowUp(f.id(), byOwner.version(),
                PLANNED.plusSeconds(120)));
        assertThat(byAdmin.version()).isEqualTo(5);
        CrmSession viewer = fixtures.crm().session(tenant, Principal.user("s-1", RoleName.SERVICE_MANAGER), Locale.ENGLISH);
        assertThat(viewer.followUps().get(f.id())).isEqualTo(byAdmin);
        assertThatThrownBy(() -> viewer.followUps().create(NewFollowUp.of(customer, "phone", "x", PLANNED)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("keeps tenants apart, and refuses a stale version without writing")
    void isolationAndConflicts() {
        FollowUp f = task(PLANNED);
        CrmSession stranger = fixtures.rep(ServiceFixtures.freshTenant(), "u-1");
        assertThatThrownBy(() -> stranger.followUps().get(f.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stranger.followUps().ofCustomer(customer, PageRequest.first(5)))
                .isInstanceOf(NotFoundException.class);
        assertThat(stranger.followUps().myOpenTasks(PageRequest.first(5)).items()).isEmpty();
        rep.followUps().reschedule(new RescheduleFollowUp(f.id(), 1, PLANNED.plusSeconds(1)));
        int before = pendingCount(storage(), tenant);
        assertThatThrownBy(() -> rep.followUps().reschedule(new RescheduleFollowUp(f.id(), 1, PLANNED.plusSeconds(2))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(rep.followUps().get(f.id()).plannedAt()).isEqualTo(PLANNED.plusSeconds(1));
        assertThat(pendingCount(storage(), tenant)).isEqualTo(before);
    }

    @Test
    @DisplayName("lists my open tasks, a team's overdue tasks (from the clock) and a customer's tasks, in planned order")
    void queries() {
        FollowUp first = task(T0.plus(Duration.ofHours(1)));
        FollowUp second = task(T0.plus(Duration.ofHours(5)));
        FollowUp third = rep.followUps().create(NewFollowUp.of(customer, "visit", "x", T0.plus(Duration.ofHours(3)))
                .assignedTo(UserId.of("u-2")));
        FollowUp outside = rep.followUps().create(NewFollowUp.of(customer, "visit", "x", T0.plus(Duration.ofHours(2)))
                .assignedTo(UserId.of("u-3")));
        rep.followUps().cancel(new CancelFollowUp(second.id(), 1, "no need"));
        assertThat(rep.followUps().myOpenTasks(PageRequest.first(10)).items()).containsExactly(first);
        TeamId east = TeamId.of("east");
        assertThat(rep.followUps().overdueOfTeam(east, PageRequest.first(10)).items()).isEmpty();
        clock.advance(Duration.ofHours(4));
        assertThat(rep.followUps().overdueOfTeam(east, PageRequest.first(10)).items()).containsExactly(first, third);
        assertThat(rep.followUps().get(first.id()).isOverdue(clock.instant())).isTrue();
        assertThat(rep.followUps().overdueOfTeam(TeamId.of("empty"), PageRequest.first(10)).items()).isEmpty();
        assertThatThrownBy(() -> rep.followUps().overdueOfTeam(TeamId.of("nobody"), PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
        var page1 = rep.followUps().ofCustomer(customer, PageRequest.first(2));
        var page2 = rep.followUps().ofCustomer(customer, PageRequest.after(2, page1.next().orElseThrow()));
        assertThat(page1.items()).extracting(FollowUp::id).containsExactly(first.id(), outside.id());
        assertThat(page2.items()).extracting(FollowUp::id).containsExactly(third.id(), second.id());
        assertThat(page2.hasNext()).isFalse();
        assertThatThrownBy(() -> rep.followUps().myOpenTasks(PageRequest.after(2, "garbage")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.paths()).containsExactly("page.after"));
    }
}
