package io.crmkit.spi.contract;

import io.crmkit.audit.AuditEntry;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import java.util.List;
import java.util.Optional;

/**
 * Typed one-transaction reads for the contracts (assertions on a generic
 * {@code inTransaction} result would leave the compiler guessing the type).
 */
final class Reads {
    private Reads() {
    }

    static Optional<Customer> find(Storage s, TenantId t, CustomerId id) {
        return s.inTransaction(t, tx -> tx.customers().find(id));
    }

    static long count(Storage s, TenantId t, CustomerQuery q) {
        return s.inTransaction(t, tx -> tx.customers().count(q));
    }

    static List<OutboxMessage> pending(Storage s, TenantId t, int limit) {
        return s.inTransaction(t, tx -> tx.outbox().pending(limit));
    }

    static List<AuditEntry> history(Storage s, TenantId t, String entityType, String entityId) {
        return s.inTransaction(t, tx -> tx.auditTrail().history(entityType, entityId, PageRequest.first(1000)).items());
    }
}
