package io.crmkit.customer.service;

import io.crmkit.access.Action;
import io.crmkit.customer.AddContact;
import io.crmkit.customer.Contact;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerEvent;
import io.crmkit.customer.RemoveContact;
import io.crmkit.customer.UpdateContact;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.internal.validation.VersionRules;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Adding, replacing and removing contacts, keeping exactly one primary contact with a
 * phone number. Part of {@link CustomerService}; split out to keep each file to one job.
 */
final class ContactOperations {
    private static final int MAX_CONTACTS = 100;
    private final CustomerService service;
    private final SessionContext ctx;
    private final CustomerInputRules rules;

    ContactOperations(CustomerService service, SessionContext ctx, CustomerInputRules rules) {
        this.service = service;
        this.ctx = ctx;
        this.rules = rules;
    }

    Customer add(AddContact command) {
        List<Violation> violations = ctx.annotationViolations(command);
        VersionRules.check(command.expectedVersion()).ifPresent(violations::add);
        ContactId id = new ContactId(ctx.ids().next());
        Contact parsed = command.contact() == null ? null
                : rules.contact(command.contact(), id, command.contact().primary(), "contact", violations).orElse(null);
        ctx.throwIfAny(violations);
        return service.change(command.customerId(), command.expectedVersion(), Action.EDIT, "customer.contact_added",
                current -> {
                    if (current.contacts().size() >= MAX_CONTACTS) {
                        ctx.throwIfAny(List.of(Violation.of("contact", "items.max", "max", MAX_CONTACTS)));
                    }
                    List<Contact> contacts = new ArrayList<>();
                    for (Contact c : current.contacts()) {
                        contacts.add(parsed.primary() ? c.withPrimary(false) : c);
                    }
                    contacts.add(parsed);
                    return service.with(current, current.details(), contacts, current.owner(), current.lifecycleStatus());
                },
                (before, after, changes) -> List.of(new CustomerEvent.ContactAdded(after.id(), id, after.updatedAt())));
    }

    Customer update(UpdateContact command) {
        List<Violation> violations = ctx.annotationViolations(command);
        VersionRules.check(command.expectedVersion()).ifPresent(violations::add);
        ctx.throwIfAny(violations);
        return service.change(command.customerId(), command.expectedVersion(), Action.EDIT, "customer.contact_updated",
                current -> {
                    Contact existing = current.contact(command.contactId())
                            .orElseThrow(() -> new NotFoundException("contact", command.contactId().toString()));
                    boolean primary = existing.primary() || command.contact().primary();
                    List<Violation> found = new ArrayList<>();
                    Contact replacement = rules.contact(command.contact(), existing.id(), primary, "contact", found)
                            .orElse(null);
                    ctx.throwIfAny(found);
                    List<Contact> contacts = new ArrayList<>();
                    for (Contact c : current.contacts()) {
                        if (c.id().equals(existing.id())) {
                            contacts.add(replacement);
                        } else {
                            contacts.add(primary && !existing.primary() ? c.withPrimary(false) : c);
                        }
                    }
                    return service.with(current, current.details(), contacts, current.owner(), current.lifecycleStatus());
                },
                (before, after, changes) -> List.of(new CustomerEvent.ContactUpdated(after.id(), command.contactId(),
                        after.updatedAt())));
    }

    Customer remove(RemoveContact command) {
        List<Violation> violations = ctx.annotationViolations(command);
        VersionRules.check(command.expectedVersion()).ifPresent(violations::add);
        ctx.throwIfAny(violations);
        return service.change(command.customerId(), command.expectedVersion(), Action.EDIT, "customer.contact_removed",
                current -> {
                    Contact existing = current.contact(command.contactId())
                            .orElseThrow(() -> new NotFoundException("contact", command.contactId().toString()));
                    if (existing.primary()) {
                        ctx.throwIfAny(List.of(Violation.of("contactId", "contact.primary.remove")));
                    }
                    List<Contact> contacts = current.contacts().stream()
                            .filter(c -> !c.id().equals(existing.id())).toList();
                    return service.with(current, current.details(), contacts, current.owner(), current.lifecycleStatus());
                },
                (before, after, changes) -> List.of(new CustomerEvent.ContactRemoved(after.id(), command.contactId(),
                        after.updatedAt())));
    }
}
