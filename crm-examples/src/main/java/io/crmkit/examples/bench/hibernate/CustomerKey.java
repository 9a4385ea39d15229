package io.crmkit.examples.bench.hibernate;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The composite key (tenant_id, id) of customers and audit entries. */
class CustomerKey implements Serializable {
    private static final long serialVersionUID = 1L;
    String tenantId;
    UUID id;

    CustomerKey() {
    }

    CustomerKey(String tenantId, UUID id) {
        this.tenantId = tenantId;
        this.id = id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerKey k && k.tenantId.equals(tenantId) && k.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, id);
    }
}
