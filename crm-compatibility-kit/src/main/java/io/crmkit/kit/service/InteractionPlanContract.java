package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.audit.FieldChange;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.CustomerId;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpStatus;
import io.crmkit.followup.NewFollowUp;
import io.crmkit.notify.Channel;
import io.crmkit.notify.NotificationTemplates;
import io.crmkit.notify.json.NotificationMessages;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.plan.InteractionPlan;
import io.crmkit.plan.InteractionPlanId;
import io.crmkit.plan.PlanAction;
import io.crmkit.plan.PlanMemberResult;
import io.crmkit.plan.PlanOutcome;
import io.crmkit.plan.PlanProgress;
import io.crmkit.plan.PlanSchedule;
import io.crmkit.plan.SavePlan;
import io.crmkit.plan.service.PlanTask;
import io.crmkit.plan.service.PlanTaskCreator;
import io.crmkit.segment.SaveSegment;
import io.crmkit.segment.SegmentId;
import io.crmkit.segment.SegmentVisibility;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import io.crmkit.storage.Storage;
import io.crmkit.storage.StorageTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Interaction plans, end to end on the adapter under test: saving (validated, audited, owned),
 * running over a saved segment's members page by page with a result per member and one outbox
 * notification per member's owner, reruns that handle nobody twice, a run interrupted by a failing
 * page that resumes without loss or duplicates, CREATE_TASK creating one follow-up task per member
 * (or the host's own task) and refused at save time with content longer than its tasks hold,
 * progress and keyset-paged results. Subclass it and implement {@link #storage()}.
 */
public abstract class InteractionPlanContract {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final String TASK_TRAIL = "test_plan_task";
    private static final Channel PHONE = new Channel("phone");

    private ServiceFixtures fixtures;
    private TenantId tenant;
    private CrmSession rep;
    private SegmentId prospects;
    /** The member the test task creator refuses (set once the members exist). */
    private final CustomerId[] rejected = new CustomerId[1];

    /** Creates the subject. */
    protected InteractionPlanContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    /** Wires crmkit over the storage, opens a session in a fresh tenant and saves a segment of every prospect. */
    @BeforeEach
    void wire() {
        fixtures = new ServiceFixtures(storage());
        tenant = ServiceFixtures.freshTenant();
        rep = fixtures.rep(tenant, "u-1");
        prospects = rep.segments().save(new SaveSegment("Prospects", "", "status = \"prospect\"", SegmentVisibility.SHARED));
    }

    /** A session of user u-1 in this test's tenant, with the host's own task creator. */
    private CrmSession withTaskCreator(PlanTaskCreator creator) {
        Crm crm = Crm.builder().storage(storage())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .configuration(CrmConfiguration.parse(ServiceFixtures.CONFIGURATION))
                .planTaskCreator(creator)
                .build();
        return crm.session(tenant, Principal.user("u-1", RoleName.SALES_REP), Locale.ENGLISH);
    }

    private SavePlan tasks(String content) {
        return new SavePlan("Calls", content, PHONE, prospects, PlanSchedule.startingAt(NOW), PlanAction.CREATE_TASK);
    }

    private List<CustomerId> customers(CrmSession owner, int n) {
        List<CustomerId> ids = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            ids.add(owner.customers().create(ServiceFixtures.newCustomer("member " + k)));
        }
        return ids;
    }

    private static SavePlan notify(SegmentId segment) {
        return new SavePlan("Spring check", "Offer the spring maintenance check", Channel.IN_APP, segment,
                PlanSchedule.startingAt(NOW.minusSeconds(60)), PlanAction.NOTIFY);
    }

    private List<OutboxMessage> notifications(TenantId t) {
        return storage().inTransaction(t, tx -> tx.port(Outbox.class).pending(10_000)).stream()
                .filter(m -> m.aggregateType().equals(NotificationMessages.AGGREGATE_TYPE)
                        && m.eventType().equals(NotificationTemplates.PLAN_NOTICE)).toList();
    }

    private static List<PlanMemberResult> allResults(CrmSession s, InteractionPlanId plan, int size) {
        return ServiceFixtures.allPages(size, p -> s.interactionPlans().results(plan, p));
    }

    @Test
    @DisplayName("saves, reads, lists, changes and deletes a plan, versioned and audited")
    void savesPlans() {
        InteractionPlanId id = rep.interactionPlans().create(notify(prospects));
        InteractionPlan plan = rep.interactionPlans().get(id);
        assertThat(plan.name()).isEqualTo("Spring check");
        assertThat(plan.channel()).isEqualTo(Channel.IN_APP);
        assertThat(plan.segmentId()).isEqualTo(prospects);
        assertThat(plan.owner().value()).isEqualTo("u-1");
        assertThat(plan.version()).isEqualTo(1);
        assertThat(rep.interactionPlans().list()).containsExactly(plan);
        SavePlan changed = new SavePlan("Autumn check", "改为秋季检查", Channel.EMAIL, prospects,
                new PlanSchedule(NOW, Optional.of(Duration.ofDays(14))), PlanAction.NOTIFY);
        InteractionPlan next = rep.interactionPlans().update(id, 1, changed);
        assertThat(next.version()).isEqualTo(2);
        assertThat(rep.interactionPlans().get(id)).isEqualTo(next);
        assertThat(next.schedule().gapAfterLastContact()).contains(Duration.ofDays(14));
        assertThatThrownBy(() -> rep.interactionPlans().update(id, 1, changed)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fixtures.rep(tenant, "u-2").interactionPlans().update(id, 2, changed))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.rep(tenant, "u-2").interactionPlans().run(id))
                .isInstanceOf(AccessDeniedException.class);
        CrmSession stranger = fixtures.rep(ServiceFixtures.freshTenant(), "u-1");
        assertThatThrownBy(() -> stranger.interactionPlans().get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stranger.interactionPlans().run(id)).isInstanceOf(NotFoundException.class);
        assertThat(stranger.interactionPlans().list()).isEmpty();
        CrmSession nobody = fixtures.crm().session(tenant, Principal.user("x", RoleName.of("nobody")), Locale.ENGLISH);
        assertThatThrownBy(() -> nobody.interactionPlans().list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nobody.interactionPlans().create(notify(prospects)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.rep(tenant, "u-2").interactionPlans().get(id)).isEqualTo(next);
        rep.interactionPlans().delete(id);
        assertThatThrownBy(() -> rep.interactionPlans().get(id)).isInstanceOf(NotFoundException.class);
        List<AuditEntry> trail = storage().inTransaction(tenant, tx -> tx.port(AuditTrail.class).history("interaction_plan",
                id.toString(), PageRequest.first(10)).items());
        assertThat(trail).extracting(AuditEntry::action).containsExactly("plan.deleted", "plan.changed", "plan.created");
        assertThat(trail.get(1).changes()).extracting(FieldChange::field).containsExactly("plan");
        assertThatThrownBy(() -> fixtures.rep(ServiceFixtures.freshTenant(), "u-1").interactionPlans().create(
                notify(prospects))).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("refuses invalid plans naming each field, and CREATE_TASK on a channel that is no follow-up method")
    void validation() {
        SavePlan bad = new SavePlan(" ", "bad\u0000", null, prospects,
                new PlanSchedule(NOW, Optional.of(Duration.ofDays(-1))), PlanAction.NOTIFY);
        assertThatThrownBy(() -> rep.interactionPlans().create(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.paths()).containsExactlyInAnyOrder("name", "channel"));
        SavePlan hostile = new SavePlan("x", "bad\u0000", Channel.SMS, prospects,
                new PlanSchedule(NOW, Optional.of(Duration.ofDays(-1))), PlanAction.NOTIFY);
        assertThatThrownBy(() -> rep.interactionPlans().create(hostile)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.paths()).containsExactlyInAnyOrder("content", "schedule.gapAfterLastContact"));
        SavePlan tasks = new SavePlan("Tasks", "Call them", Channel.IN_APP, prospects, PlanSchedule.startingAt(NOW),
                PlanAction.CREATE_TASK);
        assertThatThrownBy(() -> rep.interactionPlans().create(tasks)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.paths()).containsExactly("channel"));
        assertThat(rep.interactionPlans().list()).isEmpty();
    }

    @Test
    @DisplayName("refuses to save a CREATE_TASK plan longer than a follow-up task holds; one that fits runs; NOTIFY keeps 4,000")
    void taskContentLimit() {
        Violation tooLong = Violation.of("content", "size.max", "max", NewFollowUp.MAX_CONTENT);
        SavePlan over = tasks("x".repeat(NewFollowUp.MAX_CONTENT + 1));
        assertThatThrownBy(() -> rep.interactionPlans().create(over)).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(e.violations()).containsExactly(tooLong);
                    assertThat(tooLong.message(Locale.ENGLISH)).isEqualTo("must be at most 2,000 characters");
                    assertThat(tooLong.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("最多 2,000 个字符");
                });
        assertThat(rep.interactionPlans().list()).isEmpty();

        List<CustomerId> members = customers(rep, 2);
        String longest = "y".repeat(NewFollowUp.MAX_CONTENT);
        InteractionPlanId id = rep.interactionPlans().create(tasks(longest));
        assertThatThrownBy(() -> rep.interactionPlans().update(id, 1, over)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.violations()).containsExactly(tooLong));
        assertThat(rep.interactionPlans().get(id).version()).isEqualTo(1);
        assertThat(rep.interactionPlans().run(id).count(PlanOutcome.TASK_CREATED)).isEqualTo(2);
        assertThat(members).allSatisfy(c -> assertThat(rep.followUps().ofCustomer(c, PageRequest.first(10)).items())
                .singleElement().satisfies(t -> assertThat(t.content()).isEqualTo(longest)));

        String notice = "z".repeat(SavePlan.MAX_CONTENT);
        InteractionPlanId notifying = rep.interactionPlans().create(new SavePlan("Notice", notice, Channel.IN_APP,
                prospects, PlanSchedule.startingAt(NOW), PlanAction.NOTIFY));
        assertThat(rep.interactionPlans().get(notifying).content()).isEqualTo(notice);
    }

    @Test
    @DisplayName("a host's task creator states its own content limit; one stating none takes any plan's content")
    void hostTaskContentLimit() {
        CrmSession strict = withTaskCreator(new PlanTaskCreator() {
            @Override
            public String create(StorageTransaction tx, PlanTask task) {
                return "task";
            }

            @Override
            public int maxContentLength() {
                return 10;
            }
        });
        assertThatThrownBy(() -> strict.interactionPlans().create(tasks("x".repeat(11))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("content", "size.max", "max", 10)));
        strict.interactionPlans().create(tasks("x".repeat(10)));
        InteractionPlanId any = withTaskCreator((tx, task) -> "task").interactionPlans()
                .create(tasks("x".repeat(SavePlan.MAX_CONTENT)));
        assertThat(rep.interactionPlans().get(any).content()).hasSize(SavePlan.MAX_CONTENT);
    }

    @Test
    @DisplayName("runs: one notification per member's owner with its not-before time, and a rerun duplicates nothing")
    void runsAndRerunsWithoutDuplicates() {
        List<CustomerId> mine = customers(rep, 3);
        List<CustomerId> theirs = customers(fixtures.rep(tenant, "u-2"), 2);
        rep.customers().recordContact(mine.get(0), NOW.minus(Duration.ofDays(1)));
        InteractionPlanId id = rep.interactionPlans().create(new SavePlan("Check", "Visit soon", Channel.IN_APP,
                prospects, new PlanSchedule(NOW.minus(Duration.ofDays(2)), Optional.of(Duration.ofDays(7))),
                PlanAction.NOTIFY));
        PlanProgress progress = rep.interactionPlans().run(id, 2);
        assertThat(progress.count(PlanOutcome.NOTIFIED)).isEqualTo(5);
        assertThat(progress.handled()).isEqualTo(5);
        assertThat(progress.lastRun()).hasValueSatisfying(r -> assertThat(r.members()).isEqualTo(5));
        List<OutboxMessage> sent = notifications(tenant);
        assertThat(sent).hasSize(5);
        assertThat(sent).filteredOn(m -> m.payload().contains("\"recipient\":\"u-2\"")).hasSize(2);
        assertThat(sent).filteredOn(m -> m.payload().contains(mine.get(0).toString())).singleElement()
                .satisfies(m -> {
                    assertThat(m.availableAt()).isEqualTo(NOW.plus(Duration.ofDays(6)));
                    assertThat(m.reference()).contains("interaction_plan:" + id);
                    assertThat(NotificationMessages.fromMessage(m).orElseThrow().parameters())
                            .containsEntry("content", "Visit soon").containsEntry("planName", "Check");
                });
        assertThat(sent).filteredOn(m -> m.payload().contains(theirs.get(0).toString())).singleElement()
                .satisfies(m -> assertThat(m.availableAt()).isEqualTo(NOW.minus(Duration.ofDays(2))));

        List<CustomerId> later = customers(rep, 1);
        PlanProgress again = rep.interactionPlans().run(id);
        assertThat(again.count(PlanOutcome.NOTIFIED)).isEqualTo(6);
        assertThat(notifications(tenant)).hasSize(6);
        assertThat(rep.interactionPlans().run(id).handled()).isEqualTo(6);
        assertThat(notifications(tenant)).hasSize(6);
        List<CustomerId> all = new ArrayList<>(mine);
        all.addAll(theirs);
        all.addAll(later);
        List<PlanMemberResult> results = allResults(rep, id, 4);
        assertThat(results).extracting(PlanMemberResult::customer).containsExactlyInAnyOrderElementsOf(all);
        assertThat(results).extracting(r -> r.customer().toString()).isSorted();
        assertThat(results).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(PlanOutcome.NOTIFIED));
        assertThat(fixtures.rep(tenant, "u-2").interactionPlans().progress(id).handled()).isEqualTo(6);
        // Deleting the plan cancels its notices still waiting in the outbox.
        rep.interactionPlans().delete(id);
        assertThat(notifications(tenant)).isEmpty();
    }

    @Test
    @DisplayName("refuses to run before its start")
    void notBeforeStart() {
        InteractionPlanId id = rep.interactionPlans().create(new SavePlan("Later", "x", Channel.SMS, prospects,
                PlanSchedule.startingAt(NOW.plusSeconds(3600)), PlanAction.NOTIFY));
        assertThatThrownBy(() -> rep.interactionPlans().run(id)).isInstanceOf(InvalidStateException.class);
        assertThat(rep.interactionPlans().progress(id).lastRun()).isEmpty();
    }

    @Test
    @DisplayName("a run stopped by a failing page keeps the pages done; running again completes it, nobody twice")
    void interruptedRunResumes() {
        AtomicInteger failOnCall = new AtomicInteger(5);
        AtomicInteger calls = new AtomicInteger();
        PlanTaskCreator creator = (tx, task) -> {
            if (calls.incrementAndGet() == failOnCall.get()) {
                throw new IllegalStateException("task store down");
            }
            if (task.customer().equals(rejected[0])) {
                throw new ValidationException(List.of(Violation.of("assignee", "required")),
                        Locale.ENGLISH);
            }
            // A stand-in for the follow-up feature: its "task" is written in the page's transaction.
            tx.port(AuditTrail.class).record(new AuditEntry(java.util.UUID.randomUUID(), TASK_TRAIL, task.plan().toString(),
                    "task.created", task.requestedBy(), task.notBefore(), List.of(new FieldChange("customer",
                            Optional.empty(), Optional.of(task.customer().toString())))));
            return "task-" + calls.get();
        };
        CrmSession s = withTaskCreator(creator);
        List<CustomerId> members = customers(s, 7);
        rejected[0] = members.get(6);
        InteractionPlanId id = s.interactionPlans().create(new SavePlan("Tasks", "Call back", PHONE, prospects,
                PlanSchedule.startingAt(NOW), PlanAction.CREATE_TASK));
        // Pages of 3: the 5th call fails, in the second page: the first page stays done, the second is undone.
        assertThatThrownBy(() -> s.interactionPlans().run(id, 3)).isInstanceOf(IllegalStateException.class);
        PlanProgress stopped = s.interactionPlans().progress(id);
        assertThat(stopped.handled()).isEqualTo(3);
        assertThat(stopped.lastRun()).isEmpty();
        assertThat(tasks(id)).hasSize(3);

        PlanProgress done = s.interactionPlans().run(id, 3);
        assertThat(done.count(PlanOutcome.TASK_CREATED)).isEqualTo(6);
        assertThat(done.count(PlanOutcome.FAILED)).isEqualTo(1);
        assertThat(done.lastRun()).hasValueSatisfying(r -> assertThat(r.members()).isEqualTo(7));
        List<String> tasked = tasks(id);
        assertThat(tasked).hasSize(6).doesNotHaveDuplicates().doesNotContain(members.get(6).toString());
        assertThat(allResults(s, id, 2)).filteredOn(r -> r.outcome() == PlanOutcome.FAILED).singleElement()
                .satisfies(r -> assertThat(r.reason()).isPresent());
        s.interactionPlans().run(id, 3);
        assertThat(tasks(id)).hasSize(6);
    }

    @Test
    @DisplayName("CREATE_TASK makes one open follow-up task per member for its owner, with its reminders; a rerun makes none")
    void createsFollowUpTasks() {
        List<CustomerId> mine = customers(rep, 2);
        List<CustomerId> theirs = customers(fixtures.rep(tenant, "u-2"), 1);
        // Contacted a day ago, with a gap of a week: not before six days from now.
        rep.customers().recordContact(mine.get(0), NOW.minus(Duration.ofDays(1)));
        InteractionPlanId id = rep.interactionPlans().create(new SavePlan("Calls", "Ask about the Q1 budget", PHONE,
                prospects, new PlanSchedule(NOW.minus(Duration.ofDays(1)), Optional.of(Duration.ofDays(7))),
                PlanAction.CREATE_TASK));
        PlanProgress progress = rep.interactionPlans().run(id);
        assertThat(progress.count(PlanOutcome.TASK_CREATED)).isEqualTo(3);
        List<CustomerId> all = new ArrayList<>(mine);
        all.addAll(theirs);
        for (CustomerId c : all) {
            List<FollowUp> tasks = rep.followUps().ofCustomer(c, PageRequest.first(10)).items();
            assertThat(tasks).singleElement().satisfies(t -> {
                assertThat(t.method()).isEqualTo("phone");
                assertThat(t.content()).isEqualTo("Ask about the Q1 budget");
                assertThat(t.status()).isEqualTo(FollowUpStatus.OPEN);
                // A member's not-before time, or now when the plan's start has passed (not already overdue).
                assertThat(t.plannedAt()).isEqualTo(c.equals(mine.get(0)) ? NOW.plus(Duration.ofDays(6)) : NOW);
                assertThat(t.assignee().value()).isEqualTo(theirs.contains(c) ? "u-2" : "u-1");
            });
        }
        assertThat(allResults(rep, id, 10)).allSatisfy(r -> assertThat(r.reason()).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("task ")));
        // The later task's reminder and due notice wait in the outbox, written with the task.
        FollowUp later = rep.followUps().ofCustomer(mine.get(0), PageRequest.first(1)).items().get(0);
        assertThat(storage().inTransaction(tenant, tx -> tx.port(Outbox.class).pending(10_000)).stream()
                .filter(m -> m.reference().equals(Optional.of("followup:" + later.id())))
                .map(OutboxMessage::availableAt)).contains(NOW.plus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(6)));
        rep.interactionPlans().run(id);
        assertThat(all).allSatisfy(c -> assertThat(rep.followUps().ofCustomer(c, PageRequest.first(10)).items())
                .hasSize(1));
    }

    private List<String> tasks(InteractionPlanId plan) {
        return storage().inTransaction(tenant, tx -> tx.port(AuditTrail.class).history(TASK_TRAIL, plan.toString(),
                PageRequest.first(100)).items()).stream().map(e -> e.changes().get(0).after().orElseThrow()).toList();
    }
}
