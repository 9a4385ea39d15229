package io.crmkit.purchase;

import io.crmkit.customer.AboutCustomer;
import io.crmkit.customer.CustomerId;
import io.crmkit.event.EventType;
import java.time.Instant;
import java.util.Map;

/**
 * The host recorded, corrected or cancelled a purchase of a customer. Aggregate type
 * {@code customer}: the event is about the customer whose figures changed.
 *
 * @param customerId the customer
 * @param purchaseId crmkit's id of the purchase
 * @param orderReference the host's order reference
 * @param change {@code recorded}, {@code corrected} or {@code cancelled}
 * @param at when
 */
public record PurchaseChanged(CustomerId customerId, PurchaseId purchaseId, String orderReference, String change, Instant at)
        implements AboutCustomer {
    /** The published name and revision. */
    public static final EventType TYPE = new EventType("PurchaseChanged", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public Map<String, Object> attributes() {
        return Map.of("purchaseId", purchaseId.toString(), "orderReference", orderReference, "change", change);
    }
}
