package io.crmkit.spi.memory;

import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpId;
import io.crmkit.followup.FollowUpPosition;
import io.crmkit.followup.FollowUpQuery;
import io.crmkit.followup.FollowUps;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-memory follow-up tasks of one tenant, seen through one transaction: every write pushes
 * its undo onto the transaction's log.
 */
final class MemoryFollowUps implements FollowUps {
    private static final String TASK = FollowUp.ENTITY_TYPE;

    private final Map<CustomerId, Customer> customers;
    private final Map<FollowUpId, FollowUp> tasks;
    private final Deque<Runnable> undo;
    private final Runnable checkOpen;

    MemoryFollowUps(Map<CustomerId, Customer> customers, Map<FollowUpId, FollowUp> tasks, Deque<Runnable> undo,
                    Runnable checkOpen) {
        this.customers = customers;
        this.tasks = tasks;
        this.undo = undo;
        this.checkOpen = checkOpen;
    }

    @Override
    public void insert(FollowUp task) {
        checkOpen.run();
        if (tasks.containsKey(task.id())) {
            throw ConflictException.alreadyExists(TASK, task.id().toString());
        }
        if (!customers.containsKey(task.customerId())) {
            throw new NotFoundException(Customer.ENTITY_TYPE, task.customerId().toString());
        }
        tasks.put(task.id(), task);
        undo.push(() -> tasks.remove(task.id()));
    }

    @Override
    public void update(FollowUp task, long expectedVersion) {
        checkOpen.run();
        FollowUp current = tasks.get(task.id());
        if (current == null) {
            throw new NotFoundException(TASK, task.id().toString());
        }
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion(TASK, task.id().toString(), expectedVersion, current.version());
        }
        tasks.put(task.id(), task);
        undo.push(() -> tasks.put(current.id(), current));
    }

    @Override
    public Optional<FollowUp> find(FollowUpId id) {
        checkOpen.run();
        return Optional.ofNullable(tasks.get(id));
    }

    @Override
    public Page<FollowUp> search(FollowUpQuery query, PageRequest page) {
        checkOpen.run();
        // Decoded before filtering so that a bad cursor fails even on an empty tenant.
        Optional<FollowUpPosition> after = page.after().map(FollowUpPosition::decode);
        List<FollowUp> matching = tasks.values().stream()
                .filter(query::matches)
                .filter(f -> after.map(p -> p.precedes(f)).orElse(true))
                .sorted(FollowUpQuery.ORDER)
                .limit(page.size() + 1L)
                .toList();
        return Page.ofLookahead(matching, page.size(), f -> FollowUpPosition.of(f).encode());
    }
}
