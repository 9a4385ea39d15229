package io.crmkit.kit;

import static io.crmkit.kit.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.outbox.ClaimedMessage;
import io.crmkit.outbox.OutboxDelivery;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several dispatchers claiming from one storage at the same time, as several host instances
 * would: no message is handed to two of them while its lease holds, and none is left behind.
 * The outcome is checked, never the timing, so the tests do not depend on machine speed.
 *
 * <p>Like {@link OutboxDeliveryContract}, it drains the storage's due messages before each
 * test. Subclass it and implement {@link #storage()}.
 */
public abstract class OutboxClaimRaceContract {
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int DISPATCHERS = 4;
    /** After every appended message is due. */
    private static final Instant NOW = T0.plusSeconds(1);
    private OutboxDelivery delivery;
    private TenantScope scope;

    /** Creates the contract. */
    protected OutboxClaimRaceContract() {
    }

    /**
     * The storage under test.
     *
     * @return the storage; the contract never closes it
     */
    protected abstract Storage storage();

    /** Drains the storage's due messages and takes a fresh tenant before each test. */
    @BeforeEach
    void setUpScope() {
        delivery = storage().outboxDelivery();
        OutboxDrain.drain(delivery);
        scope = TenantScope.fresh(storage());
    }

    private List<UUID> append(int count) {
        List<OutboxMessage> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(ContractFixtures.message("c" + i, T0.plusNanos(1000L * (i % 5))));
        }
        scope.append(all.toArray(new OutboxMessage[0]));
        return all.stream().map(OutboxMessage::id).toList();
    }

    /** Runs the dispatchers together (released by one latch) and returns what each claimed. */
    private List<List<ClaimedMessage>> race(Callable<List<ClaimedMessage>> dispatcher) throws Exception {
        return AtOnce.run(DISPATCHERS, i -> dispatcher);
    }

    @Test
    @Timeout(120)
    @DisplayName("dispatchers claiming in parallel get disjoint messages, and together every one")
    void parallelClaimsAreDisjoint() throws Exception {
        List<UUID> ids = append(150);
        CountDownLatch start = new CountDownLatch(1);
        List<List<ClaimedMessage>> claims = race(() -> {
            String me = "d-" + Thread.currentThread().getId();
            start.countDown();
            start.await();
            return OutboxDrain.claimAll(delivery, me, NOW, LEASE, 7);
        });
        List<UUID> claimed = claims.stream().flatMap(List::stream).map(c -> c.message().id()).toList();
        assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(claims.stream().flatMap(List::stream).map(ClaimedMessage::attempt).collect(Collectors.toSet()))
                .containsExactly(1);
        assertThat(delivery.claim("late", NOW, LEASE, 10)).isEmpty();
    }

    @Test
    @Timeout(120)
    @DisplayName("dispatchers claiming and marking in parallel deliver every message exactly once")
    void parallelClaimAndMark() throws Exception {
        List<UUID> ids = append(120);
        CountDownLatch start = new CountDownLatch(1);
        List<List<ClaimedMessage>> delivered = race(() -> {
            String me = "d-" + Thread.currentThread().getId();
            start.countDown();
            start.await();
            List<ClaimedMessage> mine = new ArrayList<>();
            List<ClaimedMessage> batch;
            do {
                batch = delivery.claim(me, NOW, LEASE, 5);
                for (ClaimedMessage c : batch) {
                    if (delivery.markDelivered(c, NOW)) {
                        mine.add(c);
                    }
                }
            } while (!batch.isEmpty());
            return mine;
        });
        assertThat(delivered.stream().flatMap(List::stream).map(c -> c.message().id()).toList())
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(scope.pending(10)).isEmpty();
    }

    @Test
    @Timeout(120)
    @DisplayName("dispatchers racing for expired leases reclaim each message once")
    void parallelReclaimIsDisjoint() throws Exception {
        List<UUID> ids = append(60);
        List<ClaimedMessage> first = OutboxDrain.claimAll(delivery, "dead-instance", NOW, LEASE, 25);
        assertThat(first).hasSize(ids.size());
        Instant afterLease = NOW.plus(LEASE);
        CountDownLatch start = new CountDownLatch(1);
        List<List<ClaimedMessage>> claims = race(() -> {
            String me = "d-" + Thread.currentThread().getId();
            start.countDown();
            start.await();
            return OutboxDrain.claimAll(delivery, me, afterLease, LEASE, 4);
        });
        List<ClaimedMessage> reclaimed = claims.stream().flatMap(List::stream).toList();
        assertThat(reclaimed).extracting(c -> c.message().id()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(reclaimed).extracting(ClaimedMessage::attempt).containsOnly(2);
        assertThat(first).allSatisfy(c -> assertThat(delivery.markDelivered(c, afterLease)).isFalse());
    }
}
