package io.crmkit.timeline;

import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One item of a customer's timeline, whatever feature it comes from. The {@link #kind()} says
 * which ({@value #INTERACTION}, {@value #LIFECYCLE}, {@value #AUDIT}, {@value #TASK}; later
 * features add their own), the attributes carry its data as display text.
 *
 * @param kind what kind of item
 * @param id its id, unique in the tenant across all kinds (crmkit's ids are UUIDs from one generator)
 * @param at when it happened; the timeline is ordered by it, newest first, then by id
 * @param actor who did it (logged the interaction, made the change)
 * @param title a short description, e.g. the interaction's kind or the audit action
 * @param attributes the item's data by name, in a stable order, e.g. {@code from}, {@code to},
 *     {@code reason} of a lifecycle change
 */
public record TimelineEntry(String kind, UUID id, Instant at, UserId actor, String title,
                            Map<String, String> attributes) {
    /** The kind of a logged interaction. */
    public static final String INTERACTION = "interaction";
    /** The kind of a lifecycle status change. */
    public static final String LIFECYCLE = "lifecycle";
    /** The kind of any other audited change of the customer. */
    public static final String AUDIT = "audit";
    /** The kind of a follow-up task's creation, completion or cancellation. */
    public static final String TASK = "task";

    /**
     * Checks and copies the components.
     *
     * @param kind see {@link #kind()}
     * @param id see {@link #id()}
     * @param at see {@link #at()}
     * @param actor see {@link #actor()}
     * @param title see {@link #title()}
     * @param attributes see {@link #attributes()}
     */
    public TimelineEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(title, "title");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** {@return this entry's place in the timeline} */
    public TimelinePosition position() {
        return new TimelinePosition(at, id);
    }
}
