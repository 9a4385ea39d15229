package io.crmkit.interaction;

import io.crmkit.customer.CustomerId;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.util.Optional;

/**
 * Storage port for interactions, bound to one tenant and one transaction (obtained from
 * {@code tx.port(Interactions.class)}). An interaction is stored whole,
 * with its participants in order.
 */
public interface Interactions {

    /**
     * Stores a new interaction.
     *
     * @param interaction the interaction, at version 1, of an existing customer
     * @throws io.crmkit.shared.ConflictException if the tenant has an interaction with that id
     * @throws io.crmkit.shared.NotFoundException if the tenant has no such customer
     */
    void insert(Interaction interaction);

    /**
     * Replaces a stored interaction if its stored version is still {@code expectedVersion}.
     *
     * @param interaction the new state (same id and customer), at version {@code expectedVersion + 1}
     * @param expectedVersion the version the change was based on
     * @throws io.crmkit.shared.ConflictException if the stored version differs (nothing is written)
     * @throws io.crmkit.shared.NotFoundException if there is no such interaction
     */
    void update(Interaction interaction, long expectedVersion);

    /**
     * Deletes an interaction if its stored version is still {@code expectedVersion}.
     *
     * @param id the interaction
     * @param expectedVersion the version the deletion was based on
     * @throws io.crmkit.shared.ConflictException if the stored version differs (nothing is deleted)
     * @throws io.crmkit.shared.NotFoundException if there is no such interaction
     */
    void delete(InteractionId id, long expectedVersion);

    /**
     * Reads one interaction.
     *
     * @param id the interaction
     * @return it, or empty
     */
    Optional<Interaction> find(InteractionId id);

    /**
     * A customer's interactions, newest first: by {@link Interaction#occurredAt()} descending,
     * then by id descending (ids compared as their lower-case text, which is the unsigned byte
     * order SQL databases use).
     *
     * <p>The cursor is {@code Cursor.of(occurredAt.toString(), id.toString()).encode()} of the
     * last item; callers (the timeline) may build one from any time and UUID to read the
     * interactions strictly after that position.
     *
     * @param customer the customer
     * @param page page size and cursor
     * @return the page
     * @throws io.crmkit.shared.ValidationException if the cursor is not of that form
     */
    Page<Interaction> ofCustomer(CustomerId customer, PageRequest page);
}
