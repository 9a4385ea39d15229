package io.crmkit.audit;

import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One recorded change, written in the same transaction as the change itself.
 *
 * @param id the entry's id (time-ordered with the default id generator)
 * @param entityType the kind of record changed, e.g. {@code "customer"}
 * @param entityId the id of the record changed
 * @param action what was done, e.g. {@code "customer.created"}, {@code "customer.owner_changed"}
 * @param actor who did it
 * @param at when
 * @param changes each changed field with its value before and after
 */
public record AuditEntry(
        UUID id,
        String entityType,
        String entityId,
        String action,
        UserId actor,
        Instant at,
        List<FieldChange> changes) {

    /**
     * Checks and copies the components.
     *
     * @param id see {@link #id()}
     * @param entityType see {@link #entityType()}
     * @param entityId see {@link #entityId()}
     * @param action see {@link #action()}
     * @param actor see {@link #actor()}
     * @param at see {@link #at()}
     * @param changes see {@link #changes()}
     */
    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        changes = List.copyOf(changes);
    }
}
