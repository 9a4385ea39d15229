package io.crmkit.customer.service;

import io.crmkit.audit.FieldChange;
import io.crmkit.customer.Address;
import io.crmkit.customer.Contact;
import io.crmkit.customer.ContactRole;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Computes the field-by-field difference between two states of a customer, for the audit
 * trail. Values are rendered as display text; a field absent on one side is empty there.
 */
final class CustomerChanges {
    private CustomerChanges() {
    }

    /** Every field of a new customer, as changes from nothing. */
    static List<FieldChange> created(Customer c) {
        return between(Optional.empty(), c);
    }

    /** The fields that differ between two states of the same customer. */
    static List<FieldChange> between(Customer before, Customer after) {
        return between(Optional.of(before), after);
    }

    private static List<FieldChange> between(Optional<Customer> before, Customer after) {
        Map<String, String> old = before.map(CustomerChanges::flatten).orElse(Map.of());
        Map<String, String> now = flatten(after);
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            String previous = old.get(e.getKey());
            if (!Objects.equals(previous, e.getValue())) {
                changes.add(new FieldChange(e.getKey(), Optional.ofNullable(previous), Optional.of(e.getValue())));
            }
        }
        for (Map.Entry<String, String> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                changes.add(new FieldChange(e.getKey(), Optional.of(e.getValue()), Optional.empty()));
            }
        }
        return changes;
    }

    /** The customer as path → display text, leaving out absent values. Insertion-ordered. */
    private static Map<String, String> flatten(Customer c) {
        Map<String, String> m = new LinkedHashMap<>();
        CustomerDetails d = c.details();
        m.put("details.type", d.type().name());
        m.put("details.name", d.name());
        m.put("details.industry", d.industry());
        d.size().ifPresent(v -> m.put("details.size", v));
        d.region().ifPresent(v -> m.put("details.region", v));
        d.source().ifPresent(v -> m.put("details.source", v));
        d.address().map(Address::oneLine).filter(s -> !s.isEmpty()).ifPresent(v -> m.put("details.address", v));
        if (!d.needTags().isEmpty()) {
            m.put("details.needTags", String.join(", ", new TreeSet<>(d.needTags())));
        }
        d.remarks().ifPresent(v -> m.put("details.remarks", v));
        new java.util.TreeMap<>(d.customFields()).forEach((k, v) -> m.put("details.customFields[" + k + "]",
                v == null ? "" : v.display()));
        m.put("owner", c.owner().value());
        m.put("lifecycleStatus", c.lifecycleStatus());
        for (Contact k : c.contacts()) {
            String p = "contacts[" + k.id() + "]";
            m.put(p + ".name", k.name());
            k.title().ifPresent(v -> m.put(p + ".title", v));
            k.department().ifPresent(v -> m.put(p + ".department", v));
            k.phone().ifPresent(v -> m.put(p + ".phone", v.e164()));
            k.email().ifPresent(v -> m.put(p + ".email", v.value()));
            k.preferredChannel().ifPresent(v -> m.put(p + ".preferredChannel", v.name()));
            k.relation().ifPresent(v -> m.put(p + ".relation", v));
            if (!k.roles().isEmpty()) {
                m.put(p + ".roles", k.roles().stream().map(ContactRole::name).sorted().collect(Collectors.joining(", ")));
            }
            m.put(p + ".primary", Boolean.toString(k.primary()));
        }
        return m;
    }

    /** The changed paths, for the CustomerUpdated event. */
    static List<String> paths(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::field).toList();
    }

}
