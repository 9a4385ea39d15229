package io.crmkit.customer;

import io.crmkit.event.DomainEvent;
import io.crmkit.event.EventKey;
import java.util.List;

/**
 * An event about one customer, whichever feature raises it (the customer's own
 * {@link CustomerEvent}s, tag changes, purchases, classification): published with aggregate type
 * {@value #AGGREGATE_TYPE} and the customer's id, its payload starting with {@code customerId}.
 * Written once here, so the features that raise such events only state what happened.
 */
public interface AboutCustomer extends DomainEvent {
    /** The aggregate type of every event about a customer. */
    String AGGREGATE_TYPE = Customer.ENTITY_TYPE;

    /** {@return the customer the event is about} */
    CustomerId customerId();

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String aggregateId() {
        return customerId().toString();
    }

    @Override
    default List<EventKey> keys() {
        return List.of(EventKey.of("customerId", customerId()));
    }
}
