package io.crmkit.segment;

import io.crmkit.segment.rule.Rule;
import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A saved segment: a named rule. Its members are not stored; they are whoever the rule selects
 * when asked.
 *
 * @param id the id
 * @param name the name, unique in the tenant
 * @param description what it is for (may be empty)
 * @param rule the rule
 * @param owner who saved it
 * @param visibility private or shared
 * @param createdAt when it was saved
 * @param updatedAt when it last changed
 * @param version 1 when saved, +1 per change
 */
public record Segment(SegmentId id, String name, String description, Rule rule, UserId owner,
                      SegmentVisibility visibility, Instant createdAt, Instant updatedAt, long version) {

    /**
     * The entity type that names a saved segment in audit entries, access decisions, errors and
     * events: {@value}. Hosts see it, so it never changes with a Java name.
     */
    public static final String ENTITY_TYPE = "segment";

    /**
     * Checks the components.
     *
     * @param id see {@link #id()}
     * @param name see {@link #name()}
     * @param description see {@link #description()}
     * @param rule see {@link #rule()}
     * @param owner see {@link #owner()}
     * @param visibility see {@link #visibility()}
     * @param createdAt see {@link #createdAt()}
     * @param updatedAt see {@link #updatedAt()}
     * @param version see {@link #version()}
     */
    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
