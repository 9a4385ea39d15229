package io.crmkit.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A contact person as entered: phone and e-mail are the raw text a person typed and are
 * parsed and normalised by the service. Used to add a contact and to replace one.
 *
 * @param name the person's name; required
 * @param title job title
 * @param department department
 * @param phone the phone number as typed; mainland mobiles as 11 digits, others with {@code +}
 * @param email the e-mail address as typed
 * @param preferredChannel how the person likes to be reached
 * @param relation the person's relation to the customer, e.g. {@code "purchasing manager"}
 * @param roles the person's part in buying decisions
 * @param primary whether this is the customer's primary contact
 */
public record NewContact(
        @NotBlank @Size(max = 100) String name,
        Optional<@Size(max = 100) String> title,
        Optional<@Size(max = 100) String> department,
        Optional<String> phone,
        Optional<String> email,
        Optional<ContactChannel> preferredChannel,
        Optional<@Size(max = 100) String> relation,
        Set<ContactRole> roles,
        boolean primary) {

    /**
     * Replaces absent optional parts by empty ones; validation is the service's job.
     *
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
    public NewContact {
        title = title == null ? Optional.empty() : title;
        department = department == null ? Optional.empty() : department;
        phone = phone == null ? Optional.empty() : phone;
        email = email == null ? Optional.empty() : email;
        preferredChannel = preferredChannel == null ? Optional.empty() : preferredChannel;
        relation = relation == null ? Optional.empty() : relation;
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * The common case: a name and a phone number, nothing else.
     *
     * @param name the name
     * @param phone the phone number as typed
     * @return the contact
     */
    public static NewContact of(String name, String phone) {
        return new NewContact(name, Optional.empty(), Optional.empty(), Optional.ofNullable(phone), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), false);
    }

    /**
     * A copy marked as primary contact.
     *
     * @return the copy
     */
    public NewContact asPrimary() {
        return new NewContact(name, title, department, phone, email, preferredChannel, relation, roles, true);
    }

    /**
     * A copy with an e-mail address.
     *
     * @param value the address as typed
     * @return the copy
     */
    public NewContact withEmail(String value) {
        return new NewContact(name, title, department, phone, Optional.ofNullable(value), preferredChannel, relation,
                roles, primary);
    }

    /**
     * A copy with a title.
     *
     * @param value the title
     * @return the copy
     */
    public NewContact withTitle(String value) {
        return new NewContact(name, Optional.ofNullable(value), department, phone, email, preferredChannel, relation,
                roles, primary);
    }

    /**
     * A copy with roles.
     *
     * @param value the roles
     * @return the copy
     */
    public NewContact withRoles(Set<ContactRole> value) {
        return new NewContact(name, title, department, phone, email, preferredChannel, relation, value, primary);
    }
}
