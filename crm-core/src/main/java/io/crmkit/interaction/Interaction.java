package io.crmkit.interaction;

import io.crmkit.customer.ContactId;
import io.crmkit.customer.CustomerId;
import io.crmkit.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call, e-mail, meeting, visit (or another configured kind) with a customer, as logged.
 *
 * @param id crmkit's id
 * @param customerId the customer it was with
 * @param kind one of the configured interaction kinds, e.g. {@code call}
 * @param occurredAt when it happened (microsecond precision)
 * @param duration how long it took; zero when not known
 * @param contacts the customer's contacts who took part, in the order given (possibly none)
 * @param users the host's users who took part, in the order given (possibly none)
 * @param summary what was said or agreed (may be empty)
 * @param opportunityId the opportunity it concerns, if any: an opaque reference until crmkit has
 *     opportunities, when it becomes that feature's typed id
 * @param ticketId the service ticket it concerns, if any: an opaque reference until crmkit has
 *     tickets, when it becomes that feature's typed id
 * @param recordedBy who logged it
 * @param createdAt when it was logged
 * @param updatedAt when it was last corrected (equal to {@code createdAt} until then)
 * @param version 1 when logged, +1 per correction
 */
public record Interaction(
        InteractionId id,
        CustomerId customerId,
        String kind,
        Instant occurredAt,
        Duration duration,
        List<ContactId> contacts,
        List<UserId> users,
        String summary,
        Optional<String> opportunityId,
        Optional<String> ticketId,
        UserId recordedBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /**
     * The entity type that names a interaction in audit entries, access decisions, errors and
     * events: {@value}. Hosts see it, so it never changes with a Java name.
     */
    public static final String ENTITY_TYPE = "interaction";

    /**
     * Checks and copies the components.
     *
     * @param id see {@link #id()}
     * @param customerId see {@link #customerId()}
     * @param kind see {@link #kind()}
     * @param occurredAt see {@link #occurredAt()}
     * @param duration see {@link #duration()}
     * @param contacts see {@link #contacts()}
     * @param users see {@link #users()}
     * @param summary see {@link #summary()}
     * @param opportunityId see {@link #opportunityId()}
     * @param ticketId see {@link #ticketId()}
     * @param recordedBy see {@link #recordedBy()}
     * @param createdAt see {@link #createdAt()}
     * @param updatedAt see {@link #updatedAt()}
     * @param version see {@link #version()}
     */
    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(duration, "duration");
        contacts = List.copyOf(contacts);
        users = List.copyOf(users);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(opportunityId, "opportunityId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
