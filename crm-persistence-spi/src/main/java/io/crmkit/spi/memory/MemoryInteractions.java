package io.crmkit.spi.memory;

import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.Interactions;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.timeline.TimelinePosition;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-memory interactions of one tenant, seen through one transaction: every write pushes its
 * undo onto the transaction's log.
 */
final class MemoryInteractions implements Interactions {
    private static final String INTERACTION = Interaction.ENTITY_TYPE;
    private static final Comparator<Interaction> NEWEST_FIRST = Comparator.comparing(
            (Interaction i) -> new TimelinePosition(i.occurredAt(), i.id().value()), TimelinePosition.NEWEST_FIRST);

    private final Map<CustomerId, Customer> customers;
    private final Map<InteractionId, Interaction> interactions;
    private final Deque<Runnable> undo;
    private final Runnable checkOpen;

    MemoryInteractions(Map<CustomerId, Customer> customers, Map<InteractionId, Interaction> interactions,
                       Deque<Runnable> undo, Runnable checkOpen) {
        this.customers = customers;
        this.interactions = interactions;
        this.undo = undo;
        this.checkOpen = checkOpen;
    }

    @Override
    public void insert(Interaction i) {
        checkOpen.run();
        if (interactions.containsKey(i.id())) {
            throw ConflictException.alreadyExists(INTERACTION, i.id().toString());
        }
        if (!customers.containsKey(i.customerId())) {
            throw new NotFoundException(Customer.ENTITY_TYPE, i.customerId().toString());
        }
        interactions.put(i.id(), i);
        undo.push(() -> interactions.remove(i.id()));
    }

    @Override
    public void update(Interaction i, long expectedVersion) {
        Interaction current = current(i.id(), expectedVersion);
        interactions.put(i.id(), i);
        undo.push(() -> interactions.put(current.id(), current));
    }

    @Override
    public void delete(InteractionId id, long expectedVersion) {
        Interaction current = current(id, expectedVersion);
        interactions.remove(id);
        undo.push(() -> interactions.put(current.id(), current));
    }

    private Interaction current(InteractionId id, long expectedVersion) {
        checkOpen.run();
        Interaction current = interactions.get(id);
        if (current == null) {
            throw new NotFoundException(INTERACTION, id.toString());
        }
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion(INTERACTION, id.toString(), expectedVersion, current.version());
        }
        return current;
    }

    @Override
    public Optional<Interaction> find(InteractionId id) {
        checkOpen.run();
        return Optional.ofNullable(interactions.get(id));
    }

    @Override
    public Page<Interaction> ofCustomer(CustomerId customer, PageRequest page) {
        checkOpen.run();
        Optional<TimelinePosition> after = page.after().map(t -> TimelinePosition.decode(t, "page.after"));
        List<Interaction> matching = interactions.values().stream()
                .filter(i -> i.customerId().equals(customer))
                .filter(i -> after.map(p -> p.isBefore(i.occurredAt(), i.id().value())).orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(page.size() + 1L)
                .toList();
        return Page.ofLookahead(matching, page.size(), i -> new TimelinePosition(i.occurredAt(), i.id().value()).encode());
    }
}
