package io.crmkit.kit;

import io.crmkit.outbox.ClaimedMessage;
import io.crmkit.outbox.OutboxDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Empties a storage's delivery queue for the delivery contracts, whose claims cross tenants:
 * every message due before {@link #FAR} is claimed and marked delivered. Tests then work at
 * times well before it, so nothing another test left behind can be claimed.
 */
final class OutboxDrain {
    /** Later than any time the delivery contracts claim at. */
    static final Instant FAR = Instant.parse("9000-01-01T00:00:00Z");

    private OutboxDrain() {
    }

    static void drain(OutboxDelivery delivery) {
        delivery.markDelivered(claimAll(delivery, "contract-drain", FAR, Duration.ofMinutes(1), 500), FAR);
    }

    /**
     * Claims batch after batch until nothing claimable is left.
     *
     * @return every message claimed, in claim order
     */
    static List<ClaimedMessage> claimAll(OutboxDelivery delivery, String dispatcherId, Instant now, Duration lease,
                                         int limit) {
        List<ClaimedMessage> all = new ArrayList<>();
        List<ClaimedMessage> batch;
        do {
            batch = delivery.claim(dispatcherId, now, lease, limit);
            all.addAll(batch);
        } while (!batch.isEmpty());
        return all;
    }
}
