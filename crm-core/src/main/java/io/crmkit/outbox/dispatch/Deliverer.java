package io.crmkit.outbox.dispatch;

import io.crmkit.notify.NotificationSender;
import io.crmkit.notify.json.NotificationMessages;
import io.crmkit.outbox.ClaimedMessage;
import io.crmkit.outbox.OutboxDelivery;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends claimed messages and records outcomes: notifications to the host's sender, domain
 * events to its listener; a failure becomes a retry with back-off or, on the last attempt, a
 * dead letter. Never throws for a failed send or a failed mark (short of a
 * {@link VirtualMachineError}): a claim whose outcome cannot be recorded simply expires and is
 * delivered again.
 */
final class Deliverer {
    private static final Logger LOG = LoggerFactory.getLogger(Deliverer.class);

    /** What became of a message. */
    enum Outcome {
        DELIVERED, RETRIED, DEAD, LOST
    }

    private final OutboxDelivery delivery;
    private final Clock clock;
    private final NotificationSender sender;
    private final DomainEventListener listener;
    private final RetryPolicy policy;
    private final RandomGenerator random;

    Deliverer(OutboxDelivery delivery, Clock clock, NotificationSender sender, DomainEventListener listener,
              RetryPolicy policy, RandomGenerator random) {
        this.delivery = delivery;
        this.clock = clock;
        this.sender = sender;
        this.listener = listener;
        this.policy = policy;
        this.random = random;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Hands a message to the sender (a notification) or the listener (a domain event).
     *
     * @return the failure, or empty if it was delivered
     */
    Optional<Throwable> send(ClaimedMessage c) {
        try {
            NotificationMessages.fromMessage(c.message()).ifPresentOrElse(sender::send,
                    () -> listener.onEvent(c.tenant(), c.message()));
            return Optional.empty();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // Any failure of the host's code, checked ones thrown sneakily included: retried.
            return Optional.of(e);
        }
    }

    /** Marks delivered messages; returns how many were still this dispatcher's. */
    int markDelivered(List<ClaimedMessage> sent) {
        return recording(() -> {
            int marked = delivery.markDelivered(sent, now());
            if (marked < sent.size()) {
                LOG.info("{} outbox messages were delivered after their lease ran out and another dispatcher claimed"
                        + " them", sent.size() - marked);
            }
            return marked;
        }, sent.size() + " delivered outbox messages", 0);
    }

    /** Records a failed send: a retry with back-off, or a dead letter after the last attempt. */
    Outcome failed(ClaimedMessage c, Throwable failure) {
        return recording(() -> failedNow(c, failure), "outbox message " + c.message().id(), Outcome.LOST);
    }

    /**
     * Records an outcome even on an interrupted thread (e.g. a close that ran out of grace;
     * the interrupt is restored afterwards). A store failure is logged: the claims expire and
     * the messages are delivered again.
     */
    private <T> T recording(Supplier<T> mark, String what, T whenStoreFails) {
        boolean interrupted = Thread.interrupted();
        try {
            return mark.get();
        } catch (RuntimeException e) {
            LOG.warn("recording the outcome of {} failed ({}); delivered again after the lease", what,
                    e.getClass().getName());
            return whenStoreFails;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Outcome failedNow(ClaimedMessage c, Throwable failure) {
        // The adapter cuts the text to what it keeps (OutboxLimits.errorText).
        String error = failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        Instant now = now();
        if (policy.exhausted(c.attempt())) {
            LOG.warn("outbox message {} failed on its last attempt {} ({}); it is a dead letter now",
                    c.message().id(), c.attempt(), failure.getClass().getName());
            return delivery.markDead(c, now, error) ? Outcome.DEAD : Outcome.LOST;
        }
        Instant next;
        synchronized (random) {
            next = now.plus(policy.delayAfter(c.attempt(), random));
        }
        LOG.warn("outbox message {} failed on attempt {} ({}); next attempt at {}", c.message().id(), c.attempt(),
                failure.getClass().getName(), next);
        return delivery.markRetry(c, next, error) ? Outcome.RETRIED : Outcome.LOST;
    }
}
