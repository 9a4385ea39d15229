package io.crmkit.examples.bench.hibernate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The audit_entry table, with its field changes as an element collection. */
@Entity
@Table(name = "audit_entry")
@IdClass(CustomerKey.class)
class AuditEntryEntity {
    @Id
    @Column(name = "tenant_id")
    String tenantId;
    @Id
    @Column(name = "id")
    UUID id;
    @Column(name = "entity_type")
    String entityType;
    @Column(name = "entity_id")
    String entityId;
    @Column(name = "action")
    String action;
    @Column(name = "actor_id")
    String actorId;
    @Column(name = "occurred_at")
    Instant occurredAt;

    @ElementCollection
    @CollectionTable(name = "audit_field_change", joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "entry_id", referencedColumnName = "id")})
    @OrderColumn(name = "position")
    List<FieldChangeValue> changes = new ArrayList<>();
}
