package io.crmkit.kit;

import static io.crmkit.kit.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.outbox.ClaimedMessage;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxDelivery;
import io.crmkit.outbox.OutboxEntry;
import io.crmkit.outbox.OutboxLimits;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.outbox.OutboxStatus;
import io.crmkit.shared.PageRequest;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The delivery side of the outbox ({@link OutboxDelivery}) and the tenant's view of delivery
 * state ({@link io.crmkit.outbox.Outbox#list}, {@code cancelPending}, {@code retry}): due
 * messages claimed with a lease, scheduled ones not before their time, expired leases
 * reclaimed, marks only by the claim's owner, retries and dead letters kept.
 *
 * <p>Claims cross tenants, so before each test the kit drains the storage: it claims every
 * message due before the year 9000 and marks it delivered. The storage may be shared with the
 * other contracts, but no other test may dispatch from it while this contract runs.
 * Concurrent claims are in {@link OutboxClaimRaceContract}.
 *
 * <p>Subclass it and implement {@link #storage()}.
 */
public abstract class OutboxDeliveryContract {
    private static final Duration LEASE = Duration.ofMinutes(5);
    private TenantScope scope;
    private OutboxDelivery delivery;

    /** Creates the contract. */
    protected OutboxDeliveryContract() {
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

    private List<ClaimedMessage> claim(String dispatcher, Instant now, int limit) {
        return delivery.claim(dispatcher, now, LEASE, limit);
    }

    private List<OutboxEntry> list(OutboxStatus status) {
        return scope.list(status, PageRequest.first(100)).items();
    }

    private static List<UUID> ids(List<ClaimedMessage> claimed) {
        return claimed.stream().map(c -> c.message().id()).toList();
    }

    /** Claiming due messages. */
    @Nested
    @DisplayName("claiming")
    class Claiming {

        @Test
        @DisplayName("claims a due message with its tenant, attempt 1, the dispatcher and the lease end")
        void claimsDueMessage() {
            OutboxMessage m = ContractFixtures.scheduled("c1", T0, T0, Optional.of("followup:1"));
            scope.append(m);
            List<ClaimedMessage> claimed = claim("d1", T0, 10);
            assertThat(claimed).containsExactly(new ClaimedMessage(scope.tenant(), m, 1, "d1", T0.plus(LEASE)));
            assertThat(list(OutboxStatus.CLAIMED)).extracting(OutboxEntry::attempts).containsExactly(1);
            assertThat(scope.pending(10)).isEmpty();
        }

        @Test
        @DisplayName("does not hand out a scheduled message before its time, and does at its time")
        void scheduledWaits() {
            OutboxMessage later = ContractFixtures.scheduled("c1", T0, T0.plusSeconds(3600), Optional.empty());
            scope.append(later);
            assertThat(claim("d1", T0.plusSeconds(3599), 10)).isEmpty();
            assertThat(scope.pending(10)).containsExactly(later);
            assertThat(ids(claim("d1", T0.plusSeconds(3600), 10))).containsExactly(later.id());
        }

        @Test
        @DisplayName("hands out the oldest available first, at most the limit")
        void oldestAvailableFirst() {
            OutboxMessage a = ContractFixtures.scheduled("a", T0, T0.plusSeconds(30), Optional.empty());
            OutboxMessage b = ContractFixtures.scheduled("b", T0.plusSeconds(5), T0.plusSeconds(10), Optional.empty());
            OutboxMessage c = ContractFixtures.scheduled("c", T0.plusSeconds(1), T0.plusSeconds(20), Optional.empty());
            scope.append(a, b, c);
            Instant now = T0.plusSeconds(60);
            assertThat(ids(claim("d1", now, 2))).containsExactly(b.id(), c.id());
            assertThat(ids(claim("d1", now, 2))).containsExactly(a.id());
            assertThat(claim("d1", now, 2)).isEmpty();
        }

        @Test
        @DisplayName("does not hand out a claimed message again while its lease holds")
        void leaseHolds() {
            scope.append(ContractFixtures.message("c1", T0));
            assertThat(claim("d1", T0, 10)).hasSize(1);
            assertThat(claim("d2", T0.plus(LEASE).minusNanos(1000), 10)).isEmpty();
        }

        @Test
        @DisplayName("reclaims a message whose lease ran out, as the next attempt; the old claim can no longer mark it")
        void reclaimsExpiredLease() {
            OutboxMessage m = ContractFixtures.message("c1", T0);
            scope.append(m);
            ClaimedMessage first = claim("d1", T0, 10).get(0);
            Instant expiry = T0.plus(LEASE);
            List<ClaimedMessage> again = claim("d2", expiry, 10);
            assertThat(again).containsExactly(new ClaimedMessage(scope.tenant(), m, 2, "d2", expiry.plus(LEASE)));
            assertThat(delivery.markDelivered(first, expiry)).isFalse();
            assertThat(delivery.markRetry(first, expiry, "late")).isFalse();
            assertThat(delivery.markDead(first, expiry, "late")).isFalse();
            assertThat(delivery.markDelivered(again.get(0), expiry)).isTrue();
            assertThat(list(OutboxStatus.DELIVERED)).extracting(OutboxEntry::attempts).containsExactly(2);
        }

        @Test
        @DisplayName("hands out the messages of every tenant, each with its own tenant")
        void crossesTenants() {
            TenantScope other = TenantScope.fresh(storage());
            OutboxMessage mine = ContractFixtures.message("c1", T0);
            OutboxMessage theirs = ContractFixtures.message("c2", T0.plusSeconds(1));
            scope.append(mine);
            other.append(theirs);
            assertThat(claim("d1", T0.plusSeconds(1), 10)).extracting(ClaimedMessage::tenant, c -> c.message().id())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(scope.tenant(), mine.id()),
                            org.assertj.core.groups.Tuple.tuple(other.tenant(), theirs.id()));
        }
    }

    /** Recording how an attempt went. */
    @Nested
    @DisplayName("marking")
    class Marking {

        @Test
        @DisplayName("a delivered message is never handed out again and is listed with its finishing time")
        void delivered() {
            scope.append(ContractFixtures.message("c1", T0));
            ClaimedMessage c = claim("d1", T0, 10).get(0);
            assertThat(delivery.markDelivered(c, T0.plusSeconds(2))).isTrue();
            assertThat(delivery.markDelivered(c, T0.plusSeconds(3))).isFalse();
            assertThat(claim("d2", T0.plus(LEASE).plus(LEASE), 10)).isEmpty();
            assertThat(list(OutboxStatus.DELIVERED)).singleElement().satisfies(e -> {
                assertThat(e.attempts()).isEqualTo(1);
                assertThat(e.finishedAt()).contains(T0.plusSeconds(2));
            });
        }

        @Test
        @DisplayName("a retried message waits until its new time, keeps the error, and comes back as the next attempt")
        void retried() {
            OutboxMessage m = ContractFixtures.message("c1", T0);
            scope.append(m);
            ClaimedMessage c = claim("d1", T0, 10).get(0);
            Instant again = T0.plusSeconds(60);
            assertThat(delivery.markRetry(c, again, "java.io.IOException")).isTrue();
            assertThat(list(OutboxStatus.PENDING)).singleElement().satisfies(e -> {
                assertThat(e.attempts()).isEqualTo(1);
                assertThat(e.lastError()).contains("java.io.IOException");
                assertThat(e.message().availableAt()).isEqualTo(again);
                assertThat(e.finishedAt()).isEmpty();
            });
            assertThat(claim("d1", again.minusNanos(1000), 10)).isEmpty();
            assertThat(claim("d2", again, 10)).extracting(ClaimedMessage::attempt).containsExactly(2);
        }

        @Test
        @DisplayName("a dead message is kept and listed with its error, and only a retry brings it back, attempts reset")
        void deadAndRetried() {
            OutboxMessage m = ContractFixtures.message("c1", T0);
            scope.append(m);
            ClaimedMessage c = claim("d1", T0, 10).get(0);
            assertThat(delivery.markDead(c, T0.plusSeconds(1), "gave up")).isTrue();
            assertThat(claim("d1", T0.plus(LEASE).plus(LEASE), 10)).isEmpty();
            assertThat(list(OutboxStatus.DEAD)).singleElement().satisfies(e -> {
                assertThat(e.message().id()).isEqualTo(m.id());
                assertThat(e.lastError()).contains("gave up");
                assertThat(e.finishedAt()).contains(T0.plusSeconds(1));
            });
            Instant retryAt = T0.plusSeconds(100);
            assertThat(scope.retry(m.id(), retryAt)).isTrue();
            assertThat(scope.retry(m.id(), retryAt)).as("no longer dead").isFalse();
            assertThat(list(OutboxStatus.DEAD)).isEmpty();
            assertThat(list(OutboxStatus.PENDING)).singleElement().satisfies(e -> {
                assertThat(e.attempts()).isZero();
                assertThat(e.finishedAt()).isEmpty();
            });
            assertThat(claim("d1", retryAt, 10)).extracting(ClaimedMessage::attempt).containsExactly(1);
        }

        @Test
        @DisplayName("retry refuses an unknown message and one of another tenant")
        void retryRefusesOthers() {
            OutboxMessage m = ContractFixtures.message("c1", T0);
            scope.append(m);
            delivery.markDead(claim("d1", T0, 10).get(0), T0, "x");
            assertThat(scope.retry(ContractFixtures.id(), T0)).isFalse();
            assertThat(TenantScope.fresh(storage()).retry(m.id(), T0)).isFalse();
            assertThat(list(OutboxStatus.DEAD)).hasSize(1);
        }

        @Test
        @DisplayName("only the claiming dispatcher, on that attempt, can mark a message")
        void onlyTheOwnerMarks() {
            OutboxMessage m = ContractFixtures.message("c1", T0);
            scope.append(m);
            ClaimedMessage c = claim("d1", T0, 10).get(0);
            ClaimedMessage otherDispatcher = new ClaimedMessage(c.tenant(), m, 1, "d2", c.leaseUntil());
            ClaimedMessage otherAttempt = new ClaimedMessage(c.tenant(), m, 2, "d1", c.leaseUntil());
            assertThat(delivery.markDelivered(otherDispatcher, T0)).isFalse();
            assertThat(delivery.markDead(otherAttempt, T0, "x")).isFalse();
            assertThat(list(OutboxStatus.CLAIMED)).hasSize(1);
        }

        @Test
        @DisplayName("keeps at most the longest error text")
        void cutsLongErrors() {
            scope.append(ContractFixtures.message("c1", T0));
            ClaimedMessage c = claim("d1", T0, 10).get(0);
            delivery.markDead(c, T0, "é".repeat(OutboxLimits.MAX_ERROR_LENGTH + 10) + "\u0000");
            assertThat(list(OutboxStatus.DEAD).get(0).lastError().orElseThrow())
                    .isEqualTo("é".repeat(OutboxLimits.MAX_ERROR_LENGTH));
        }
    }

    /** Cancelling and listing within the tenant. */
    @Nested
    @DisplayName("cancelling and listing")
    class CancellingAndListing {

        @Test
        @DisplayName("cancels the pending messages of a reference, never the claimed ones or other references")
        void cancelsPendingOfReference() {
            OutboxMessage claimedOne = ContractFixtures.scheduled("c1", T0, T0, Optional.of("followup:1"));
            OutboxMessage later = ContractFixtures.scheduled("c1", T0, T0.plusSeconds(3600), Optional.of("followup:1"));
            OutboxMessage retried = ContractFixtures.scheduled("c1", T0, T0.plusSeconds(7200), Optional.of("followup:1"));
            OutboxMessage other = ContractFixtures.scheduled("c1", T0, T0.plusSeconds(3600), Optional.of("followup:2"));
            scope.append(claimedOne, later, retried, other);
            assertThat(ids(claim("d1", T0, 10))).containsExactly(claimedOne.id());
            assertThat(scope.cancelPending("followup:1")).isEqualTo(2);
            assertThat(scope.cancelPending("followup:1")).isZero();
            assertThat(list(OutboxStatus.CANCELLED)).extracting(e -> e.message().id())
                    .containsExactlyInAnyOrder(later.id(), retried.id());
            List<OutboxEntry> stillClaimed = list(OutboxStatus.CLAIMED);
            assertThat(stillClaimed).extracting(e -> e.message().id()).containsExactly(claimedOne.id());
            assertThat(claim("d2", T0.plusSeconds(7200), 10)).extracting(c -> c.message().id())
                    .containsExactlyInAnyOrder(claimedOne.id(), other.id());
        }

        @Test
        @DisplayName("a cancellation in a transaction that rolls back is undone")
        void cancellationRollsBack() {
            OutboxMessage m = ContractFixtures.scheduled("c1", T0, T0, Optional.of("followup:9"));
            scope.append(m);
            try {
                scope.tx(t -> {
                    t.port(Outbox.class).cancelPending("followup:9");
                    throw new IllegalStateException("abort");
                });
            } catch (IllegalStateException expected) {
                // the work's own failure, rethrown by the storage
            }
            assertThat(scope.pending(10)).containsExactly(m);
        }

        @Test
        @DisplayName("cancels nothing in another tenant")
        void cancelStaysInTenant() {
            OutboxMessage m = ContractFixtures.scheduled("c1", T0, T0, Optional.of("followup:1"));
            scope.append(m);
            assertThat(TenantScope.fresh(storage()).cancelPending("followup:1")).isZero();
            assertThat(scope.pending(10)).containsExactly(m);
        }

        @Test
        @DisplayName("lists one status oldest first, page by page, and nothing of other tenants")
        void listsInPages() {
            List<OutboxMessage> all = new java.util.ArrayList<>();
            for (int i = 0; i < 7; i++) {
                all.add(ContractFixtures.scheduled("c" + i, T0.plusSeconds(7 - i), T0.plusSeconds(3600), Optional.empty()));
            }
            scope.append(all.toArray(new OutboxMessage[0]));
            TenantScope.fresh(storage()).append(ContractFixtures.message("x", T0));
            List<UUID> listed = new java.util.ArrayList<>();
            Optional<String> cursor = Optional.empty();
            do {
                var page = scope.list(OutboxStatus.PENDING, new PageRequest(3, cursor));
                assertThat(page.items().size()).isLessThanOrEqualTo(3);
                page.items().forEach(e -> listed.add(e.message().id()));
                cursor = page.next();
            } while (cursor.isPresent());
            List<UUID> oldestFirst = new java.util.ArrayList<>(all.stream().map(OutboxMessage::id).toList());
            java.util.Collections.reverse(oldestFirst);
            assertThat(listed).containsExactlyElementsOf(oldestFirst);
            assertThat(list(OutboxStatus.DEAD)).isEmpty();
        }
    }
}
