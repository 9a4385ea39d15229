package io.crmkit.customer.service;

import io.crmkit.config.CrmConfiguration;
import io.crmkit.config.CustomFieldDefinition;
import io.crmkit.customer.Address;
import io.crmkit.customer.Contact;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.NewContact;
import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.IdGenerator;
import io.crmkit.shared.PhoneNumber;
import io.crmkit.shared.TextRules;
import io.crmkit.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customer rules that annotations cannot express: storable characters, phone and e-mail
 * parsing, custom fields against the configuration, and the primary-contact rules. Every
 * problem is collected; nothing is thrown here.
 */
final class CustomerInputRules {
    private final CrmConfiguration configuration;
    private final Map<String, CustomFieldDefinition> definitions;

    CustomerInputRules(CrmConfiguration configuration) {
        this.configuration = configuration;
        this.definitions = configuration.customFieldsByKey();
    }

    /** Checks the details beyond their annotations. */
    void checkDetails(CustomerDetails d, String prefix, List<Violation> out) {
        if (d == null) {
            return;
        }
        text(prefix + ".name", d.name(), out);
        text(prefix + ".industry", d.industry(), out);
        d.size().ifPresent(v -> text(prefix + ".size", v, out));
        d.region().ifPresent(v -> text(prefix + ".region", v, out));
        d.source().ifPresent(v -> text(prefix + ".source", v, out));
        d.remarks().ifPresent(v -> text(prefix + ".remarks", v, out));
        d.address().ifPresent(a -> address(prefix + ".address", a, out));
        int i = 0;
        for (String tag : d.needTags()) {
            text(prefix + ".needTags[" + i++ + "]", tag, out);
        }
        Map<String, CustomFieldValue> fields = d.customFields();
        CustomFieldRules.check(fields, definitions, prefix + ".customFields", out);
    }

    private static void address(String prefix, Address a, List<Violation> out) {
        text(prefix + ".country", a.country(), out);
        text(prefix + ".province", a.province(), out);
        text(prefix + ".city", a.city(), out);
        text(prefix + ".district", a.district(), out);
        text(prefix + ".street", a.street(), out);
        text(prefix + ".postalCode", a.postalCode(), out);
    }

    /**
     * Parses one contact. Returns empty (and adds violations) if anything is wrong.
     *
     * @param path e.g. {@code contacts[1]}
     */
    Optional<Contact> contact(NewContact c, ContactId id, boolean primary, String path, List<Violation> out) {
        if (c == null) {
            return Optional.empty();
        }
        int before = out.size();
        text(path + ".name", c.name(), out);
        c.title().ifPresent(v -> text(path + ".title", v, out));
        c.department().ifPresent(v -> text(path + ".department", v, out));
        c.relation().ifPresent(v -> text(path + ".relation", v, out));
        Optional<PhoneNumber> phone = Optional.empty();
        if (c.phone().isPresent() && !c.phone().get().isBlank()) {
            phone = PhoneNumber.parse(c.phone().get(), configuration.locale().phoneRegion());
            if (phone.isEmpty()) {
                out.add(Violation.of(path + ".phone", "phone.invalid"));
            }
        }
        if (primary && phone.isEmpty() && (c.phone().isEmpty() || c.phone().get().isBlank())) {
            out.add(Violation.of(path + ".phone", "contact.primary.phone.required"));
        }
        Optional<EmailAddress> email = Optional.empty();
        if (c.email().isPresent() && !c.email().get().isBlank()) {
            email = EmailAddress.parse(c.email().get());
            if (email.isEmpty()) {
                out.add(Violation.of(path + ".email", "email.invalid"));
            }
        }
        if (out.size() > before || c.name() == null) {
            return Optional.empty();
        }
        return Optional.of(new Contact(id, c.name(), c.title(), c.department(), phone, email, c.preferredChannel(),
                c.relation(), c.roles(), primary));
    }

    /**
     * Parses the contacts of a new customer: at least one; at most one marked primary;
     * the marked one, or else the first, becomes primary.
     */
    List<Contact> contacts(List<NewContact> given, IdGenerator ids, List<Violation> out) {
        List<Contact> contacts = new ArrayList<>();
        if (given == null) {
            return contacts;
        }
        if (given.isEmpty()) {
            out.add(Violation.of("contacts", "contacts.required"));
            return contacts;
        }
        long marked = given.stream().filter(c -> c != null && c.primary()).count();
        if (marked > 1) {
            out.add(Violation.of("contacts", "contacts.primary.multiple"));
        }
        int primaryIndex = 0;
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) != null && given.get(i).primary()) {
                primaryIndex = i;
                break;
            }
        }
        for (int i = 0; i < given.size(); i++) {
            contact(given.get(i), new ContactId(ids.next()), i == primaryIndex, "contacts[" + i + "]", out)
                    .ifPresent(contacts::add);
        }
        return contacts;
    }

    static void text(String path, String value, List<Violation> out) {
        if (value != null) {
            TextRules.check(path, value).ifPresent(out::add);
        }
    }
}
