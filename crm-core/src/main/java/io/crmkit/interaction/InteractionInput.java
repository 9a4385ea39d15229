package io.crmkit.interaction;

import io.crmkit.customer.ContactId;
import io.crmkit.internal.validation.ReferenceRules;
import io.crmkit.shared.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What is logged about an interaction, and what a correction replaces. The rules annotations
 * cannot express are checked by the service: the kind is a configured one, the time is not in
 * the future, the duration is 0 to {@value #MAX_DURATION_HOURS} hours, the links are 1 to
 * {@value #MAX_LINK} characters, each contact is one of the
 * customer's and named once, each user named once, the texts hold only storable characters.
 *
 * @param kind one of the configured kinds, e.g. {@code call}, {@code email}, {@code meeting}, {@code visit}
 * @param occurredAt when it happened
 * @param duration how long it took ({@link Duration#ZERO} when not known)
 * @param contacts the customer's contacts who took part (at most 50)
 * @param users the host's users who took part (at most 50)
 * @param summary what was said or agreed (at most {@value #MAX_SUMMARY} characters, may be empty)
 * @param opportunityId the opportunity it concerns, an opaque reference of at most 64 characters
 *     until crmkit has opportunities
 * @param ticketId the ticket it concerns, an opaque reference of at most 64 characters until
 *     crmkit has tickets
 */
public record InteractionInput(
        @NotBlank @Size(max = 63) String kind,
        @NotNull Instant occurredAt,
        @NotNull Duration duration,
        @NotNull @Size(max = 50) List<@NotNull ContactId> contacts,
        @NotNull @Size(max = 50) List<@NotNull UserId> users,
        @NotNull @Size(max = MAX_SUMMARY) String summary,
        @NotNull Optional<String> opportunityId,
        @NotNull Optional<String> ticketId) {
    /** The longest summary, in UTF-16 characters. */
    public static final int MAX_SUMMARY = 4000;
    /** The longest duration, in hours. */
    public static final int MAX_DURATION_HOURS = 24;
    /** The longest opportunity or ticket reference, the one every such reference has. */
    public static final int MAX_LINK = ReferenceRules.MAX_LENGTH;

    /**
     * Copies the lists ({@code null}s stay for validation to report) and reads a missing
     * optional as empty.
     *
     * @param kind see {@link #kind()}
     * @param occurredAt see {@link #occurredAt()}
     * @param duration see {@link #duration()}
     * @param contacts see {@link #contacts()}
     * @param users see {@link #users()}
     * @param summary see {@link #summary()}
     * @param opportunityId see {@link #opportunityId()}
     * @param ticketId see {@link #ticketId()}
     */
    public InteractionInput {
        contacts = contacts == null ? null : Collections.unmodifiableList(new ArrayList<>(contacts));
        users = users == null ? null : Collections.unmodifiableList(new ArrayList<>(users));
        opportunityId = opportunityId == null ? Optional.empty() : opportunityId;
        ticketId = ticketId == null ? Optional.empty() : ticketId;
    }

    /**
     * An interaction without participants, duration or links.
     *
     * @param kind the kind
     * @param occurredAt when
     * @param summary what was said
     * @return the input
     */
    public static InteractionInput of(String kind, Instant occurredAt, String summary) {
        return new InteractionInput(kind, occurredAt, Duration.ZERO, List.of(), List.of(), summary, Optional.empty(),
                Optional.empty());
    }

    /**
     * This input with other participants.
     *
     * @param newContacts the contacts
     * @param newUsers the users
     * @return the new input
     */
    public InteractionInput withParticipants(List<ContactId> newContacts, List<UserId> newUsers) {
        return new InteractionInput(kind, occurredAt, duration, newContacts, newUsers, summary, opportunityId, ticketId);
    }

    /**
     * This input with another duration.
     *
     * @param newDuration the duration
     * @return the new input
     */
    public InteractionInput withDuration(Duration newDuration) {
        return new InteractionInput(kind, occurredAt, newDuration, contacts, users, summary, opportunityId, ticketId);
    }

    /**
     * This input linked to an opportunity and a ticket.
     *
     * @param opportunity the opportunity reference, or empty
     * @param ticket the ticket reference, or empty
     * @return the new input
     */
    public InteractionInput withLinks(Optional<String> opportunity, Optional<String> ticket) {
        return new InteractionInput(kind, occurredAt, duration, contacts, users, summary, opportunity, ticket);
    }
}
