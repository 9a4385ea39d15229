package io.crmkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.outbox.ClaimedMessage;
import io.crmkit.outbox.OutboxEntry;
import io.crmkit.outbox.OutboxStatus;
import io.crmkit.outbox.dispatch.DispatchReport;
import io.crmkit.outbox.dispatch.OutboxDispatcher;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Dispatchers that race, die, throw or are interrupted: every message is delivered at least
 * once and none is lost; without crashes none is delivered twice. Outcomes are checked by
 * counting deliveries per idempotency key, ordering by latches; never by elapsed time.
 *
 * <p>Like {@link OutboxDeliveryContract}, it drains the storage's due messages before each
 * test. Subclass it and implement {@link #storage()}.
 */
public abstract class OutboxReliabilityContract {
    private DispatchFixture f;
    private OutageStorage outage;

    /** Creates the contract. */
    protected OutboxReliabilityContract() {
    }

    /**
     * The storage under test.
     *
     * @return the storage; the contract never closes it
     */
    protected abstract Storage storage();

    /**
     * Breaks the storage's database connections, as a database restart or a network failure
     * would: those open now fail, and so does the next one it takes. Adapters without
     * connections keep the default: the test that needs it then makes the storage's next outbox
     * marks fail instead (the same loss of recorded outcomes, simulated above the adapter).
     *
     * @return the breaker, or empty if the storage has no connections
     */
    protected Optional<Runnable> connectionBreaker() {
        return Optional.empty();
    }

    /** Wires crmkit over the drained storage, in a fresh tenant. */
    @BeforeEach
    void wire() {
        outage = new OutageStorage(storage());
        f = new DispatchFixture(connectionBreaker().isPresent() ? storage() : outage);
    }

    private void assertAllDeliveredAtLeastOnce(List<UUID> ids) {
        assertThat(ids).allSatisfy(id -> assertThat(f.sentCount(id)).as("deliveries of " + id).isPositive());
        assertThat(f.list(OutboxStatus.DELIVERED)).extracting(e -> e.message().id())
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(f.scope.pending(10)).isEmpty();
        assertThat(f.list(OutboxStatus.CLAIMED)).isEmpty();
        assertThat(f.list(OutboxStatus.DEAD)).isEmpty();
    }

    @Test
    @Timeout(120)
    @DisplayName("several dispatchers at once deliver every message exactly once")
    void parallelDispatchersDeliverOnce() throws Exception {
        List<UUID> ids = f.notifications(120);
        int n = 4;
        CountDownLatch start = new CountDownLatch(n);
        List<Thread> threads = new ArrayList<>();
        Set<Throwable> failures = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < n; i++) {
            OutboxDispatcher d = f.crm.outboxDispatcher(f.options().dispatcherId("p" + i).batchSize(6).build());
            Thread t = new Thread(() -> {
                try (d) {
                    start.countDown();
                    start.await();
                    while (d.dispatchOnce().claimed() > 0) {
                        // until nothing is due
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
        assertThat(ids).allSatisfy(id -> assertThat(f.sentCount(id)).as("deliveries of " + id).isEqualTo(1));
        assertAllDeliveredAtLeastOnce(ids);
    }

    @Test
    @DisplayName("messages claimed by a dispatcher that died are delivered by another once the lease has run out")
    void reclaimsAfterLease() {
        List<UUID> ids = f.notifications(5);
        List<ClaimedMessage> orphaned = storage().outboxDelivery().claim("died", f.clock.instant(), DispatchFixture.LEASE, 10);
        assertThat(orphaned).hasSize(5);
        try (OutboxDispatcher d = f.dispatcher("survivor")) {
            f.clock.advance(DispatchFixture.LEASE.minusSeconds(1));
            assertThat(d.dispatchOnce().claimed()).as("lease still holds").isZero();
            f.clock.advance(Duration.ofSeconds(1));
            assertThat(d.dispatchOnce()).isEqualTo(new DispatchReport(5, 5, 0, 0, 0));
        }
        assertThat(f.list(OutboxStatus.DELIVERED)).extracting(OutboxEntry::attempts).containsOnly(2);
        assertAllDeliveredAtLeastOnce(ids);
    }

    @Test
    @DisplayName("a sender throwing in the middle of a batch loses nothing: the failed ones are retried")
    void senderThrowsMidBatch() {
        List<UUID> ids = f.notifications(12);
        Set<UUID> failOnce = Set.of(ids.get(2), ids.get(5), ids.get(11));
        Set<UUID> failed = ConcurrentHashMap.newKeySet();
        f.behaviour.set(n -> {
            if (failOnce.contains(n.idempotencyKey()) && failed.add(n.idempotencyKey())) {
                throw new IllegalStateException("connection reset");
            }
        });
        try (OutboxDispatcher d = f.dispatcher("d1")) {
            DispatchReport r = d.dispatchOnce();
            assertThat(r).isEqualTo(new DispatchReport(12, 9, 3, 0, 0));
        }
        f.settle();
        assertAllDeliveredAtLeastOnce(ids);
        assertThat(failed).isEqualTo(failOnce);
    }

    @Test
    @Timeout(120)
    @DisplayName("send threads and the dispatching thread interrupted mid-batch lose nothing")
    void interruptedMidBatch() throws Exception {
        List<UUID> ids = f.notifications(16);
        Set<UUID> interruptedOnce = ConcurrentHashMap.newKeySet();
        f.behaviour.set(n -> {
            if (n.parameters().get("task").hashCode() % 3 == 0 && interruptedOnce.add(n.idempotencyKey())) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending");
            }
        });
        Thread caller = new Thread(() -> {
            Thread.currentThread().interrupt();
            try (OutboxDispatcher d = f.dispatcher("interrupted")) {
                d.dispatchOnce();
            }
        });
        caller.start();
        caller.join();
        f.settle();
        assertThat(interruptedOnce).isNotEmpty();
        assertAllDeliveredAtLeastOnce(ids);
    }

    @Test
    @Timeout(120)
    @DisplayName("one slow message does not hold the others of its batch")
    void slowSenderDoesNotBlockOthers() throws Exception {
        List<UUID> ids = f.notifications(12);
        UUID slow = ids.get(0);
        CountDownLatch othersSent = new CountDownLatch(ids.size() - 1);
        AtomicBoolean othersWentFirst = new AtomicBoolean();
        f.behaviour.set(n -> {
            if (n.idempotencyKey().equals(slow)) {
                try {
                    othersWentFirst.set(othersSent.await(60, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                othersSent.countDown();
            }
        });
        try (OutboxDispatcher d = f.crm.outboxDispatcher(f.options().dispatcherId("d1").sendConcurrency(3).build())) {
            assertThat(d.dispatchOnce().delivered()).isEqualTo(12);
        }
        assertThat(othersWentFirst).as("the other 11 were sent while the slow one waited").isTrue();
        assertAllDeliveredAtLeastOnce(ids);
    }

    @Test
    @Timeout(120)
    @DisplayName("in the built-in loop, a message that hangs does not hold the messages that come after it")
    void loopKeepsGoingPastAHangingSend() throws Exception {
        UUID slow = f.notifications(1).get(0);
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        f.behaviour.set(n -> {
            if (n.idempotencyKey().equals(slow)) {
                slowStarted.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        OutboxDispatcher d = f.crm.outboxDispatcher(f.options().dispatcherId("loop").sendConcurrency(2).batchSize(4)
                .build());
        d.start();
        try {
            assertThat(slowStarted.await(60, TimeUnit.SECONDS)).isTrue();
            List<UUID> later = f.notifications(10);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!later.stream().allMatch(id -> f.sentCount(id) == 1) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(later).as("sent while the slow one still hangs")
                    .allSatisfy(id -> assertThat(f.sentCount(id)).isEqualTo(1));
            assertThat(f.sentCount(slow)).isZero();
        } finally {
            release.countDown();
            d.close();
        }
        assertThat(f.sentCount(slow)).isEqualTo(1);
    }

    @Test
    @Timeout(120)
    @DisplayName("closing while a send hangs loses nothing: the message is tried again")
    void closeWithHangingSend() throws Exception {
        List<UUID> ids = f.notifications(6);
        UUID hanging = ids.get(3);
        CountDownLatch hangs = new CountDownLatch(1);
        AtomicBoolean hungOnce = new AtomicBoolean();
        f.behaviour.set(n -> {
            if (n.idempotencyKey().equals(hanging) && hungOnce.compareAndSet(false, true)) {
                hangs.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("send interrupted", e);
                }
            }
        });
        OutboxDispatcher d = f.crm.outboxDispatcher(f.options().dispatcherId("closing")
                .shutdownGrace(Duration.ofMillis(50)).build());
        d.start();
        assertThat(hangs.await(60, TimeUnit.SECONDS)).isTrue();
        d.close();
        f.settle();
        assertAllDeliveredAtLeastOnce(ids);
    }

    @Test
    @Timeout(120)
    @DisplayName("connections closed (or the store failing) in the middle of a batch lose nothing: unrecorded claims expire and are delivered again")
    void connectionClosedMidBatch() {
        Runnable breaker = connectionBreaker().orElse(() -> outage.fail(3));
        List<UUID> ids = f.notifications(12);
        AtomicBoolean broken = new AtomicBoolean();
        f.behaviour.set(n -> {
            if (n.idempotencyKey().equals(ids.get(4)) && broken.compareAndSet(false, true)) {
                breaker.run();
            }
        });
        try (OutboxDispatcher d = f.crm.outboxDispatcher(f.options().dispatcherId("broken").sendConcurrency(3).build())) {
            DispatchReport r = d.dispatchOnce();
            assertThat(r.claimed()).isEqualTo(12);
            assertThat(r.lostClaims()).as("outcomes that could not be recorded").isPositive();
        }
        f.settle();
        assertThat(broken).isTrue();
        assertAllDeliveredAtLeastOnce(ids);
    }
}
