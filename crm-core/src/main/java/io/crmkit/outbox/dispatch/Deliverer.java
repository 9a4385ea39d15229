package io.crmkit.outbox.dispatch;

import io.crmkit.notify.NotificationMessages;
import io.crmkit.notify.NotificationSender;
import io.crmkit.outbox.ClaimedMessage;
import io.crmkit.outbox.OutboxDelivery;
import io.crmkit.outbox.OutboxLimits;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one claimed message and records the outcome: notifications to the host's sender,
 * domain events to its listener; a failure becomes a retry with back-off or, on the last
 * attempt, a dead letter. Never throws for a failed send or a failed mark (short of a
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

    Outcome deliver(ClaimedMessage c) {
        Throwable failure = null;
        try {
            NotificationMessages.fromMessage(c.message()).ifPresentOrElse(sender::send,
                    () -> listener.onEvent(c.tenant(), c.message()));
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // Any failure of the host's code, checked ones thrown sneakily included: retried.
            failure = e;
        }
        // An interrupt (e.g. a close that ran out of grace) must not keep the outcome from
        // being recorded; it is restored afterwards.
        boolean interrupted = Thread.interrupted();
        try {
            return failure == null ? delivered(c) : failed(c, failure);
        } catch (RuntimeException e) {
            LOG.warn("recording the outcome of outbox message {} failed ({}); it is delivered again after its lease",
                    c.message().id(), e.getClass().getName());
            return Outcome.LOST;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Outcome delivered(ClaimedMessage c) {
        if (delivery.markDelivered(c, now())) {
            return Outcome.DELIVERED;
        }
        LOG.info("outbox message {} was delivered after its lease ran out and another dispatcher claimed it",
                c.message().id());
        return Outcome.LOST;
    }

    private Outcome failed(ClaimedMessage c, Throwable failure) {
        String error = OutboxLimits.errorText(failure.getClass().getName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
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
