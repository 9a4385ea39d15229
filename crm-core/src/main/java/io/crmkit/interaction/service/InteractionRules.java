package io.crmkit.interaction.service;

import io.crmkit.customer.Contact;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.Customer;
import io.crmkit.interaction.InteractionInput;
import io.crmkit.internal.validation.ReferenceRules;
import io.crmkit.shared.TextRules;
import io.crmkit.shared.UserId;
import io.crmkit.shared.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules an interaction's content follows beyond its annotations: a configured kind, not in
 * the future, a bounded duration, storable text, participants named once and contacts of the
 * customer itself.
 */
final class InteractionRules {
    private static final Duration MAX_DURATION = Duration.ofHours(InteractionInput.MAX_DURATION_HOURS);

    private final List<String> kinds;

    InteractionRules(List<String> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** Checks what can be checked without the customer; the input's annotations passed. */
    void check(InteractionInput in, Instant now, List<Violation> out) {
        if (!kinds.contains(in.kind())) {
            out.add(Violation.of("input.kind", "interaction.kind.unknown", "allowed", String.join(", ", kinds)));
        }
        if (in.occurredAt().isAfter(now)) {
            out.add(Violation.of("input.occurredAt", "contact.future"));
        }
        if (in.duration().isNegative() || in.duration().compareTo(MAX_DURATION) > 0) {
            out.add(Violation.of("input.duration", "interaction.duration.range", "max",
                    InteractionInput.MAX_DURATION_HOURS));
        }
        TextRules.check("input.summary", in.summary()).ifPresent(out::add);
        ReferenceRules.check("input.opportunityId", in.opportunityId()).ifPresent(out::add);
        ReferenceRules.check("input.ticketId", in.ticketId()).ifPresent(out::add);
        Set<UserId> users = new HashSet<>();
        for (int i = 0; i < in.users().size(); i++) {
            if (!users.add(in.users().get(i))) {
                out.add(Violation.of("input.users[" + i + "]", "participant.repeated"));
            }
        }
    }

    /** Checks that every contact is one of the customer's, named once. */
    static void checkContacts(InteractionInput in, Customer customer, List<Violation> out) {
        Set<ContactId> known = new HashSet<>();
        for (Contact c : customer.contacts()) {
            known.add(c.id());
        }
        Set<ContactId> seen = new HashSet<>();
        for (int i = 0; i < in.contacts().size(); i++) {
            ContactId id = in.contacts().get(i);
            if (!known.contains(id)) {
                out.add(Violation.of("input.contacts[" + i + "]", "participant.contact.unknown"));
            } else if (!seen.add(id)) {
                out.add(Violation.of("input.contacts[" + i + "]", "participant.repeated"));
            }
        }
    }
}
