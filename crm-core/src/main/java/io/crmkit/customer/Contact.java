package io.crmkit.customer;

import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.PhoneNumber;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A contact person of a customer, as stored: phone in E.164, e-mail normalised.
 *
 * @param id the contact's id
 * @param name the person's name
 * @param title job title
 * @param department department
 * @param phone phone number
 * @param email e-mail address
 * @param preferredChannel how the person likes to be reached
 * @param relation the person's relation to the customer
 * @param roles the person's part in buying decisions
 * @param primary whether this is the customer's primary contact
 */
public record Contact(
        ContactId id,
        String name,
        Optional<String> title,
        Optional<String> department,
        Optional<PhoneNumber> phone,
        Optional<EmailAddress> email,
        Optional<ContactChannel> preferredChannel,
        Optional<String> relation,
        Set<ContactRole> roles,
        boolean primary) {

    /**
     * Checks and copies the components.
     *
     * @param id see {@link #id()}
     * @param name see {@link #name()}
     * @param title see {@link #title()}
     * @param department see {@link #department()}
     * @param phone see {@link #phone()}
     * @param email see {@link #email()}
     * @param preferredChannel see {@link #preferredChannel()}
     * @param relation see {@link #relation()}
     * @param roles see {@link #roles()}
     * @param primary see {@link #primary()}
     */
    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(preferredChannel, "preferredChannel");
        Objects.requireNonNull(relation, "relation");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * A copy with the primary flag set or cleared.
     *
     * @param value the flag
     * @return the copy
     */
    public Contact withPrimary(boolean value) {
        return new Contact(id, name, title, department, phone, email, preferredChannel, relation, roles, value);
    }
}
