package io.crmkit.customer;

import io.crmkit.shared.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * Command: create a customer with its contacts.
 *
 * <p>At least one contact is required; the one marked {@link NewContact#primary()} (or the
 * first, if none is marked) becomes the primary contact and must have a phone number.
 *
 * <pre>{@code
 * CustomerId id = session.customers().create(new NewCustomer(
 *         CustomerDetails.builder().type(CustomerType.COMPANY).name("华东精密机械").industry("manufacturing").build(),
 *         List.of(NewContact.of("王伟", "13812345678"))));
 * }</pre>
 *
 * @param details the profile
 * @param contacts the contacts, 1 to 100
 * @param owner the owner; empty means the acting user. Another user only for administrators.
 */
public record NewCustomer(
        @NotNull @Valid CustomerDetails details,
        @NotNull @Size(max = 100) List<@NotNull @Valid NewContact> contacts,
        Optional<UserId> owner) {

    /**
     * Replaces an absent owner by empty; validation is the service's job.
     *
     * @param details see {@link #details()}
     * @param contacts see {@link #contacts()}
     * @param owner see {@link #owner()}
     */
    public NewCustomer {
        contacts = contacts == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(contacts));
        owner = owner == null ? Optional.empty() : owner;
    }

    /**
     * A customer owned by the acting user.
     *
     * @param details the profile
     * @param contacts the contacts
     */
    public NewCustomer(CustomerDetails details, List<NewContact> contacts) {
        this(details, contacts, Optional.empty());
    }
}
