package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.CrmSession;
import io.crmkit.customer.CustomerId;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.Interactions;
import io.crmkit.notify.Channel;
import io.crmkit.plan.InteractionPlan;
import io.crmkit.plan.InteractionPlanId;
import io.crmkit.plan.InteractionPlans;
import io.crmkit.plan.PlanAction;
import io.crmkit.plan.PlanMemberResult;
import io.crmkit.plan.PlanOutcome;
import io.crmkit.plan.PlanSchedule;
import io.crmkit.segment.SegmentId;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@code Interactions} and {@code InteractionPlans} ports directly, for what the services
 * never provoke: a taken id, a missing customer or plan, a stale version on update and delete,
 * a second result for one member, and rollback of every write. Subclass it and implement
 * {@link #storage()}.
 */
public abstract class InteractionPortsContract {
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final SegmentId SEGMENT = new SegmentId(UUID.fromString("0192f3a4-0000-7000-8000-000000000001"));

    private TenantId tenant;
    private CustomerId customer;

    /** Creates the subject. */
    protected InteractionPortsContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    /** Creates a customer in a fresh tenant. */
    @BeforeEach
    void wire() {
        ServiceFixtures fixtures = new ServiceFixtures(storage());
        tenant = ServiceFixtures.freshTenant();
        CrmSession rep = fixtures.rep(tenant, "u-1");
        customer = rep.customers().create(ServiceFixtures.newCustomer("ports"));
    }

    private Interaction interaction(InteractionId id, CustomerId of, long version) {
        return new Interaction(id, of, "call", AT, Duration.ofSeconds(90), List.of(), List.of(UserId.of("u-1")), "x",
                Optional.empty(), Optional.empty(), UserId.of("u-1"), AT, AT, version);
    }

    private InteractionPlan plan(InteractionPlanId id, long version) {
        return new InteractionPlan(id, "p", "c", Channel.EMAIL, SEGMENT,
                new PlanSchedule(AT, Optional.of(Duration.ofDays(3))), PlanAction.NOTIFY, UserId.of("u-1"), AT, AT, version);
    }

    @Test
    @DisplayName("interactions: a taken id and a missing customer are refused; stale versions write nothing")
    void interactionWrites() {
        InteractionId id = new InteractionId(UUID.randomUUID());
        storage().inTransaction(tenant, tx -> {
            tx.port(Interactions.class).insert(interaction(id, customer, 1));
            return null;
        });
        assertThatThrownBy(() -> storage().inTransaction(tenant, tx -> {
            tx.port(Interactions.class).insert(interaction(id, customer, 1));
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> storage().inTransaction(tenant, tx -> {
            tx.port(Interactions.class).insert(interaction(new InteractionId(UUID.randomUUID()), new CustomerId(UUID.randomUUID()), 1));
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> storage().inTransaction(tenant, tx -> {
            tx.port(Interactions.class).update(interaction(id, customer, 3), 2);
            return null;
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.actualVersion()).isEqualTo(1));
        assertThatThrownBy(() -> storage().inTransaction(tenant, tx -> {
            tx.port(Interactions.class).delete(id, 2);
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> storage().inTransaction(tenant, tx -> {
            tx.port(Interactions.class).delete(new InteractionId(UUID.randomUUID()), 1);
            return null;
        })).isInstanceOf(NotFoundException.class);
        Optional<Interaction> stored = storage().inTransaction(tenant, tx -> tx.port(Interactions.class).find(id));
        assertThat(stored).contains(interaction(id, customer, 1));
        Optional<Interaction> elsewhere = storage().inTransaction(ServiceFixtures.freshTenant(),
                tx -> tx.port(Interactions.class).find(id));
        assertThat(elsewhere).isEmpty();
    }

    @Test
    @DisplayName("plans: one result per member, results and runs need the plan, and a rolled-back page leaves nothing")
    void planWrites() {
        InteractionPlanId id = new InteractionPlanId(UUID.randomUUID());
        storage().inTransaction(tenant, tx -> {
            tx.port(InteractionPlans.class).insert(plan(id, 1));
            tx.port(InteractionPlans.class).recordResult(new PlanMemberResult(id, customer, PlanOutcome.NOTIFIED, Optional.empty(), AT));
            return null;
        });
        Optional<InteractionPlan> stored = storage().inTransaction(tenant, tx -> tx.port(InteractionPlans.class).find(id));
        assertThat(stored).contains(plan(id, 1));
        assertThatThrownBy(() -> storage().inTransaction(tenant, tx -> {
            tx.port(InteractionPlans.class).recordResult(new PlanMemberResult(id, customer, PlanOutcome.FAILED, Optional.of("x"), AT));
            return null;
        })).isInstanceOf(ConflictException.class);
        InteractionPlanId missing = new InteractionPlanId(UUID.randomUUID());
        assertThatThrownBy(() -> storage().inTransaction(tenant, tx -> {
            tx.port(InteractionPlans.class).recordResult(new PlanMemberResult(missing, customer, PlanOutcome.NOTIFIED,
                    Optional.empty(), AT));
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> storage().inTransaction(tenant, tx -> {
            tx.port(InteractionPlans.class).recordRun(missing, AT, 1);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> storage().inTransaction(tenant, tx -> {
            tx.port(InteractionPlans.class).update(plan(id, 3), 2);
            return null;
        })).isInstanceOf(ConflictException.class);
        CustomerId other = new CustomerId(UUID.randomUUID());
        assertThatThrownBy(() -> storage().inTransaction(tenant, tx -> {
            tx.port(InteractionPlans.class).recordResult(new PlanMemberResult(id, other, PlanOutcome.SKIPPED, Optional.of("gone"), AT));
            tx.port(InteractionPlans.class).recordRun(id, AT, 2);
            throw new IllegalStateException("page failed");
        })).isInstanceOf(IllegalStateException.class);
        storage().inTransaction(tenant, tx -> {
            assertThat(tx.port(InteractionPlans.class).handled(id, List.of(customer, other))).containsExactly(customer);
            assertThat(tx.port(InteractionPlans.class).lastRun(id)).isEmpty();
            assertThat(tx.port(InteractionPlans.class).counts(id)).containsExactlyEntriesOf(Map.of(PlanOutcome.NOTIFIED, 1L));
            assertThat(tx.port(InteractionPlans.class).delete(id)).isTrue();
            assertThat(tx.port(InteractionPlans.class).delete(id)).isFalse();
            assertThat(tx.port(InteractionPlans.class).counts(id)).isEmpty();
            return null;
        });
    }
}
