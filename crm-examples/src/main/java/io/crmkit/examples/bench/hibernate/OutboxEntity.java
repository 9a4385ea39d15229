package io.crmkit.examples.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The outbox_message table. */
@Entity
@Table(name = "outbox_message")
@IdClass(CustomerKey.class)
class OutboxEntity {
    @Id
    @Column(name = "tenant_id")
    String tenantId;
    @Id
    @Column(name = "id")
    UUID id;
    @Column(name = "aggregate_type")
    String aggregateType;
    @Column(name = "aggregate_id")
    String aggregateId;
    @Column(name = "event_type")
    String eventType;
    @Column(name = "payload")
    String payload;
    @Column(name = "occurred_at")
    Instant occurredAt;
    @Column(name = "status")
    String status;
    @Column(name = "attempts")
    int attempts;
    @Column(name = "available_at")
    Instant availableAt;
}
