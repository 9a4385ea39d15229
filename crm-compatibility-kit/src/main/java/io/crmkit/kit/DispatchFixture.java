package io.crmkit.kit;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.notify.Channel;
import io.crmkit.notify.Notification;
import io.crmkit.notify.json.NotificationMessages;
import io.crmkit.outbox.OutboxEntry;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.outbox.OutboxStatus;
import io.crmkit.outbox.dispatch.DispatchOptions;
import io.crmkit.outbox.dispatch.OutboxDispatcher;
import io.crmkit.outbox.dispatch.RetryPolicy;
import io.crmkit.shared.PageRequest;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * crmkit wired for the dispatch contracts: a clock the test moves, a sender and an event
 * listener that count deliveries per message id (the idempotency key) and can be told to
 * fail, and a fresh tenant whose outbox the test fills.
 */
final class DispatchFixture {
    static final Duration LEASE = Duration.ofMinutes(5);
    /** No jitter, 10 s doubling: retries at predictable times. */
    static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofSeconds(10), 2.0, Duration.ofMinutes(10), 0.0);

    final MovableClock clock = MovableClock.at(ContractFixtures.T0);
    final Map<UUID, AtomicInteger> sent = new ConcurrentHashMap<>();
    final Map<UUID, AtomicInteger> events = new ConcurrentHashMap<>();
    /** Runs before each send is counted; throw from it to fail the send. */
    final AtomicReference<Consumer<Notification>> behaviour = new AtomicReference<>(n -> { });
    final Storage storage;
    final TenantScope scope;
    final Crm crm;

    DispatchFixture(Storage storage) {
        this.storage = storage;
        OutboxDrain.drain(storage.outboxDelivery());
        this.scope = TenantScope.fresh(storage);
        this.crm = Crm.builder().storage(storage).clock(clock)
                .notificationSender(n -> {
                    behaviour.get().accept(n);
                    sent.computeIfAbsent(n.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
                })
                .eventListener((tenant, e) -> events.computeIfAbsent(e.id(), k -> new AtomicInteger()).incrementAndGet())
                .build();
    }

    DispatchOptions.Builder options() {
        return DispatchOptions.builder().lease(LEASE).retryPolicy(RETRIES).random(new SplittableRandom(7))
                .pollInterval(Duration.ofMillis(20)).shutdownGrace(Duration.ofSeconds(30));
    }

    OutboxDispatcher dispatcher(String id) {
        return crm.outboxDispatcher(options().dispatcherId(id).build());
    }

    CrmSession admin() {
        return crm.session(scope.tenant(), Principal.user("admin", RoleName.ADMINISTRATOR), Locale.ENGLISH);
    }

    CrmSession rep() {
        return crm.session(scope.tenant(), Principal.user("u-1", RoleName.SALES_REP), Locale.ENGLISH);
    }

    /** Appends notifications due at once, returns their ids. */
    List<UUID> notifications(int count) {
        return notifications(count, clock.instant(), Optional.empty());
    }

    List<UUID> notifications(int count, Instant availableAt, Optional<String> reference) {
        List<OutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Notification n = new Notification(UUID.randomUUID(), Channel.EMAIL, "u-" + i, "followup.reminder",
                    Map.of("task", "t" + i), Locale.SIMPLIFIED_CHINESE);
            messages.add(NotificationMessages.toMessage(n, clock.instant(), availableAt, reference));
        }
        scope.append(messages.toArray(new OutboxMessage[0]));
        return messages.stream().map(OutboxMessage::id).toList();
    }

    int sentCount(UUID id) {
        AtomicInteger n = sent.get(id);
        return n == null ? 0 : n.get();
    }

    List<OutboxEntry> list(OutboxStatus status) {
        return scope.list(status, PageRequest.first(1000)).items();
    }

    /** Dispatches with fresh dispatchers, moving the clock past leases and back-offs, until nothing is left. */
    void settle() {
        for (int round = 0; round < 20; round++) {
            clock.advance(LEASE.plus(Duration.ofMinutes(10)));
            try (OutboxDispatcher d = dispatcher("settle-" + round)) {
                while (d.dispatchOnce().claimed() > 0) {
                    // keep going while anything is due
                }
            }
        }
    }
}
