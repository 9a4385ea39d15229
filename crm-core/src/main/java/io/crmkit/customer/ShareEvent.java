package io.crmkit.customer;

import io.crmkit.access.Grantee;
import io.crmkit.access.ShareAccess;
import io.crmkit.event.EventType;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's sharing changed, written to the outbox in the same transaction: aggregate type
 * {@value AboutCustomer#AGGREGATE_TYPE}, so a host sees it in the customer's stream.
 */
public sealed interface ShareEvent extends AboutCustomer {

    /**
     * A customer was shared, or the terms of a share changed.
     *
     * @param customerId the customer
     * @param grantee whom it is shared with
     * @param access what the share grants
     * @param until when it ends, or empty
     * @param at when
     */
    record CustomerShared(CustomerId customerId, Grantee grantee, ShareAccess access, Optional<Instant> until,
                          Instant at) implements ShareEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("CustomerShared", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return until.<Map<String, Object>>map(u -> Map.of("grantee", grantee.key(), "access", access.name(),
                            "until", u.toString()))
                    .orElseGet(() -> Map.of("grantee", grantee.key(), "access", access.name()));
        }
    }

    /**
     * A customer's share with a grantee was revoked.
     *
     * @param customerId the customer
     * @param grantee whose share ended
     * @param at when
     */
    record ShareRevoked(CustomerId customerId, Grantee grantee, Instant at) implements ShareEvent {
        /** The published name and revision. */
        public static final EventType TYPE = new EventType("ShareRevoked", 1);

        @Override
        public EventType eventType() {
            return TYPE;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("grantee", grantee.key());
        }
    }
}
