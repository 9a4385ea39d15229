package io.crmkit.followup;

import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.util.Optional;

/**
 * Storage port for follow-up tasks, bound to one tenant and one transaction (obtained from
 * {@code tx.port(FollowUps.class)}). A task is stored whole, with its
 * result, feedback and attachments in order.
 */
public interface FollowUps {

    /**
     * Stores a new task.
     *
     * @param task the task, at version 1, of an existing customer
     * @throws io.crmkit.shared.ConflictException if the tenant has a task with that id
     * @throws io.crmkit.shared.NotFoundException if the tenant has no such customer
     */
    void insert(FollowUp task);

    /**
     * Replaces a stored task if its stored version is still {@code expectedVersion}.
     *
     * @param task the new state (same id and customer), at version {@code expectedVersion + 1}
     * @param expectedVersion the version the change was based on
     * @throws io.crmkit.shared.ConflictException if the stored version differs (nothing is written)
     * @throws io.crmkit.shared.NotFoundException if there is no such task
     */
    void update(FollowUp task, long expectedVersion);

    /**
     * Reads one task.
     *
     * @param id the id
     * @return the task, or empty
     */
    Optional<FollowUp> find(FollowUpId id);

    /**
     * Lists tasks matching a query ({@link FollowUpQuery#matches}) in {@link FollowUpQuery#ORDER},
     * one keyset page at a time.
     *
     * @param query the filters
     * @param page page size and the cursor from the previous page
     * @return the page; its cursor is {@link FollowUpPosition#encode()} of the last task
     * @throws io.crmkit.shared.ValidationException if the cursor is not a task cursor
     */
    Page<FollowUp> search(FollowUpQuery query, PageRequest page);
}
