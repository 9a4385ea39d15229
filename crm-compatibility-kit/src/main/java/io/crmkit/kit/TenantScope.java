package io.crmkit.kit;

import io.crmkit.access.Visibility;
import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.Customers;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxEntry;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.outbox.OutboxStatus;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import io.crmkit.storage.TransactionalWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One tenant of the storage under test, with each port operation as a one-transaction call
 * (typed, so that assertions on the results need no casts).
 */
final class TenantScope {
    private final Storage storage;
    private final TenantId tenant;

    TenantScope(Storage storage, TenantId tenant) {
        this.storage = storage;
        this.tenant = tenant;
    }

    static TenantScope fresh(Storage storage) {
        return new TenantScope(storage, ContractFixtures.freshTenant());
    }

    TenantId tenant() {
        return tenant;
    }

    <T> T tx(TransactionalWork<T> work) {
        return storage.inTransaction(tenant, work);
    }

    void insert(Customer... customers) {
        tx(t -> {
            for (Customer c : customers) {
                t.port(Customers.class).insert(c);
            }
            return null;
        });
    }

    List<Customer> insertAll(List<Customer> customers) {
        insert(customers.toArray(new Customer[0]));
        return customers;
    }

    void update(Customer next, long expectedVersion) {
        tx(t -> {
            t.port(Customers.class).update(next, expectedVersion);
            return null;
        });
    }

    Optional<Customer> find(CustomerId id) {
        return tx(t -> t.port(Customers.class).find(id));
    }

    Page<Customer> search(CustomerQuery query, PageRequest page) {
        return tx(t -> t.port(Customers.class).search(query, Visibility.wholeTenant(), page));
    }

    long count(CustomerQuery query) {
        return tx(t -> t.port(Customers.class).count(query, Visibility.wholeTenant()));
    }

    /** Every customer matching a query, read page by page; fails on a page that repeats a cursor. */
    List<Customer> searchAll(CustomerQuery query, int pageSize) {
        List<Customer> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        List<String> seen = new ArrayList<>();
        do {
            Page<Customer> page = search(query, new PageRequest(pageSize, cursor));
            if (page.next().isPresent() && (page.items().isEmpty() || seen.contains(page.next().get()))) {
                throw new AssertionError("paging does not advance: cursor " + page.next().get());
            }
            page.next().ifPresent(seen::add);
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor.isPresent());
        return all;
    }

    void record(AuditEntry... entries) {
        tx(t -> {
            for (AuditEntry e : entries) {
                t.port(AuditTrail.class).record(e);
            }
            return null;
        });
    }

    Page<AuditEntry> history(String entityType, String entityId, PageRequest page) {
        return tx(t -> t.port(AuditTrail.class).history(entityType, entityId, page));
    }

    /** A record's whole history, read page by page. */
    List<AuditEntry> historyAll(String entityType, String entityId, int pageSize) {
        List<AuditEntry> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<AuditEntry> page = history(entityType, entityId, new PageRequest(pageSize, cursor));
            if (page.next().isPresent() && page.items().isEmpty()) {
                throw new AssertionError("an empty history page has a cursor");
            }
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor.isPresent());
        return all;
    }

    void append(OutboxMessage... messages) {
        tx(t -> {
            for (OutboxMessage m : messages) {
                t.port(Outbox.class).append(m);
            }
            return null;
        });
    }

    List<OutboxMessage> pending(int limit) {
        return tx(t -> t.port(Outbox.class).pending(limit));
    }

    int cancelPending(String reference) {
        return tx(t -> t.port(Outbox.class).cancelPending(reference));
    }

    Page<OutboxEntry> list(OutboxStatus status, PageRequest page) {
        return tx(t -> t.port(Outbox.class).list(status, page));
    }

    boolean retry(UUID id, Instant availableAt) {
        return tx(t -> t.port(Outbox.class).retry(id, availableAt));
    }
}
