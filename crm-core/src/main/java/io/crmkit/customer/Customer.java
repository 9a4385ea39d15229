package io.crmkit.customer;

import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer aggregate as stored: profile, contacts (in the order they were added, exactly
 * one of them primary), owner, lifecycle status and bookkeeping. Immutable; every change
 * makes a new value with the next version.
 *
 * @param id the customer's id
 * @param details the editable profile
 * @param contacts the contact persons; at least one, exactly one primary
 * @param owner the responsible user
 * @param lifecycleStatus one of the configured lifecycle statuses
 * @param createdAt when the customer was created
 * @param createdBy who created it
 * @param updatedAt when it last changed
 * @param version the optimistic-locking version, 1 after creation and one more per change
 */
public record Customer(
        CustomerId id,
        CustomerDetails details,
        List<Contact> contacts,
        UserId owner,
        String lifecycleStatus,
        Instant createdAt,
        UserId createdBy,
        Instant updatedAt,
        long version) {

    /**
     * The entity type that names a customer in audit entries, access decisions, errors and
     * events: {@value}. Hosts see it, so it never changes with a Java name.
     */
    public static final String ENTITY_TYPE = "customer";

    /**
     * Checks and copies the components.
     *
     * @param id see {@link #id()}
     * @param details see {@link #details()}
     * @param contacts see {@link #contacts()}
     * @param owner see {@link #owner()}
     * @param lifecycleStatus see {@link #lifecycleStatus()}
     * @param createdAt see {@link #createdAt()}
     * @param createdBy see {@link #createdBy()}
     * @param updatedAt see {@link #updatedAt()}
     * @param version see {@link #version()}
     */
    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(lifecycleStatus, "lifecycleStatus");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or greater but was " + version);
        }
    }

    /** {@return the customer's name (shortcut for {@code details().name()})} */
    public String name() {
        return details.name();
    }

    /** {@return the primary contact, if the customer has contacts} */
    public Optional<Contact> primaryContact() {
        return contacts.stream().filter(Contact::primary).findFirst();
    }

    /**
     * Finds a contact.
     *
     * @param contactId the contact's id
     * @return the contact, or empty
     */
    public Optional<Contact> contact(ContactId contactId) {
        return contacts.stream().filter(c -> c.id().equals(contactId)).findFirst();
    }
}
