package io.crmkit.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.outbox.OutboxEntry;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.outbox.OutboxStatus;
import io.crmkit.outbox.dispatch.DispatchReport;
import io.crmkit.outbox.dispatch.OutboxDispatcher;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.PageRequest;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The outbox dispatcher on a storage: notifications reach the sender and domain events the
 * listener, scheduled messages wait for their time, cancelled ones never go, failures are
 * retried with back-off and end as dead letters an administrator can list and retry.
 * Times come from a clock the test moves, so nothing depends on machine speed.
 *
 * <p>Like {@link OutboxDeliveryContract}, it drains the storage's due messages before each
 * test. Subclass it and implement {@link #storage()}.
 */
public abstract class OutboxDispatchContract {
    private DispatchFixture f;

    /** Creates the contract. */
    protected OutboxDispatchContract() {
    }

    /**
     * The storage under test.
     *
     * @return the storage; the contract never closes it
     */
    protected abstract Storage storage();

    /** Wires crmkit over the drained storage, in a fresh tenant. */
    @BeforeEach
    void wire() {
        f = new DispatchFixture(storage());
    }

    @Test
    @DisplayName("sends notifications to the sender and events to the listener, once each, and marks them delivered")
    void deliversNotificationsAndEvents() {
        List<UUID> notes = f.notifications(3);
        OutboxMessage event = ContractFixtures.message("c1", f.clock.instant());
        f.scope.append(event);
        try (OutboxDispatcher d = f.dispatcher("d1")) {
            assertThat(d.dispatchOnce()).isEqualTo(new DispatchReport(4, 4, 0, 0, 0));
            assertThat(d.dispatchOnce()).isEqualTo(DispatchReport.EMPTY);
        }
        assertThat(notes).allSatisfy(id -> assertThat(f.sentCount(id)).isEqualTo(1));
        assertThat(f.events).containsOnlyKeys(event.id());
        assertThat(f.list(OutboxStatus.DELIVERED)).hasSize(4)
                .allSatisfy(e -> assertThat(e.finishedAt()).contains(f.clock.instant()));
    }

    @Test
    @DisplayName("does not send a scheduled message before its time")
    void waitsForScheduledMessages() {
        Instant due = f.clock.instant().plus(Duration.ofHours(1));
        List<UUID> ids = f.notifications(2, due, Optional.of("followup:1"));
        try (OutboxDispatcher d = f.dispatcher("d1")) {
            f.clock.advance(Duration.ofMinutes(59));
            assertThat(d.dispatchOnce().claimed()).isZero();
            f.clock.advance(Duration.ofMinutes(1));
            assertThat(d.dispatchOnce().delivered()).isEqualTo(2);
        }
        assertThat(ids).allSatisfy(id -> assertThat(f.sentCount(id)).isEqualTo(1));
    }

    @Test
    @DisplayName("never sends a cancelled reminder")
    void cancelledRemindersStay() {
        Instant due = f.clock.instant().plus(Duration.ofHours(1));
        List<UUID> cancelled = f.notifications(2, due, Optional.of("followup:7"));
        List<UUID> kept = f.notifications(1, due, Optional.of("followup:8"));
        assertThat(f.scope.cancelPending("followup:7")).isEqualTo(2);
        f.clock.advance(Duration.ofHours(2));
        try (OutboxDispatcher d = f.dispatcher("d1")) {
            assertThat(d.dispatchOnce().delivered()).isEqualTo(1);
        }
        assertThat(f.sent).containsOnlyKeys(kept);
        assertThat(f.list(OutboxStatus.CANCELLED)).extracting(e -> e.message().id())
                .containsExactlyInAnyOrderElementsOf(cancelled);
    }

    @Test
    @DisplayName("retries a failing message with exponential back-off, then keeps it as a dead letter with its error")
    void retriesThenDeadLetters() {
        UUID id = f.notifications(1).get(0);
        f.behaviour.set(n -> {
            throw new IllegalStateException("mail server down");
        });
        try (OutboxDispatcher d = f.dispatcher("d1")) {
            Instant start = f.clock.instant();
            assertThat(d.dispatchOnce().retried()).isEqualTo(1);
            OutboxEntry first = f.list(OutboxStatus.PENDING).get(0);
            assertThat(first.message().availableAt()).isEqualTo(start.plusSeconds(10));
            assertThat(first.lastError()).contains("java.lang.IllegalStateException: mail server down");
            f.clock.advance(Duration.ofSeconds(9));
            assertThat(d.dispatchOnce().claimed()).as("not before the back-off").isZero();
            f.clock.advance(Duration.ofSeconds(1));
            assertThat(d.dispatchOnce().retried()).isEqualTo(1);
            assertThat(f.list(OutboxStatus.PENDING).get(0).message().availableAt())
                    .isEqualTo(f.clock.instant().plusSeconds(20));
            f.clock.advance(Duration.ofSeconds(20));
            assertThat(d.dispatchOnce().dead()).isEqualTo(1);
            f.clock.advance(Duration.ofDays(1));
            assertThat(d.dispatchOnce().claimed()).as("a dead letter is never claimed").isZero();
        }
        assertThat(f.admin().outbox().deadLetters(PageRequest.first(10)).items()).singleElement().satisfies(e -> {
            assertThat(e.message().id()).isEqualTo(id);
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.lastError()).contains("java.lang.IllegalStateException: mail server down");
        });
        assertThat(f.sent).isEmpty();
    }

    @Test
    @DisplayName("an administrator's retry of a dead letter delivers it; others may not look or retry")
    void administratorRetriesDeadLetter() {
        UUID id = f.notifications(1).get(0);
        f.behaviour.set(n -> {
            throw new IllegalStateException("down");
        });
        try (OutboxDispatcher d = f.dispatcher("d1")) {
            for (int i = 0; i < 3; i++) {
                d.dispatchOnce();
                f.clock.advance(Duration.ofMinutes(1));
            }
            assertThat(f.list(OutboxStatus.DEAD)).hasSize(1);
            assertThatThrownBy(() -> f.rep().outbox().deadLetters(PageRequest.first(10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.rep().outbox().retry(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.admin().outbox().retry(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
            f.behaviour.set(n -> { });
            f.admin().outbox().retry(id);
            assertThatThrownBy(() -> f.admin().outbox().retry(id)).as("no longer dead").isInstanceOf(NotFoundException.class);
            assertThat(d.dispatchOnce().delivered()).isEqualTo(1);
        }
        assertThat(f.sentCount(id)).isEqualTo(1);
        assertThat(f.admin().outbox().list(OutboxStatus.DELIVERED, PageRequest.first(10)).items())
                .extracting(OutboxEntry::attempts).containsExactly(1);
    }

    @Test
    @DisplayName("the built-in loop delivers everything, and close() waits for the sends in flight")
    void builtInLoop() throws InterruptedException {
        List<UUID> ids = f.notifications(40);
        OutboxDispatcher d = f.crm.outboxDispatcher(f.options().dispatcherId("loop").batchSize(8).build());
        d.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (d.totals().delivered() < ids.size() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        d.close();
        d.close();
        assertThat(d.totals().delivered()).isEqualTo(ids.size());
        assertThat(ids).allSatisfy(id -> assertThat(f.sentCount(id)).isEqualTo(1));
        assertThatThrownBy(d::dispatchOnce).isInstanceOf(IllegalStateException.class);
    }
}
