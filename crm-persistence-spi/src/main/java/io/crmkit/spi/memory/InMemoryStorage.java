package io.crmkit.spi.memory;

import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerSort;
import io.crmkit.customer.Customers;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.Cursor;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.storage.TransactionalWork;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The reference storage adapter: everything in memory, transactions serialised by one
 * lock and undone from an undo log on failure. Simple enough to be obviously right, which
 * is its job: it defines the behaviour the contract kit checks other adapters against.
 */
public final class InMemoryStorage implements Storage {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<TenantId, TenantData> tenants = new HashMap<>();

    /** Creates an empty storage. */
    public InMemoryStorage() {
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionalWork<T> work) {
        lock.lock();
        try {
            TenantData data = tenants.computeIfAbsent(tenant, t -> new TenantData());
            Tx tx = new Tx(tenant, data);
            try {
                return work.run(tx);
            } catch (RuntimeException | Error e) {
                tx.rollback();
                throw e;
            } finally {
                tx.closed = true;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public void close() {
        // nothing to release
    }

    private static final class TenantData {
        final Map<CustomerId, Customer> customers = new HashMap<>();
        final List<AuditEntry> audit = new ArrayList<>();
        final List<OutboxMessage> outbox = new ArrayList<>();
    }

    private static final class Tx implements StorageTransaction, Customers, AuditTrail, Outbox {
        private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at)
                .thenComparing(e -> e.id().toString()).reversed();
        private final TenantId tenant;
        private final TenantData data;
        private final Deque<Runnable> undo = new ArrayDeque<>();
        private boolean closed;

        Tx(TenantId tenant, TenantData data) {
            this.tenant = tenant;
            this.data = data;
        }

        void rollback() {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
        }

        private void open() {
            if (closed) {
                throw new IllegalStateException("the transaction has ended; repositories are valid only inside the work");
            }
        }

        @Override
        public TenantId tenant() {
            return tenant;
        }

        @Override
        public Customers customers() {
            return this;
        }

        @Override
        public AuditTrail auditTrail() {
            return this;
        }

        @Override
        public Outbox outbox() {
            return this;
        }

        @Override
        public void insert(Customer customer) {
            open();
            if (data.customers.containsKey(customer.id())) {
                throw ConflictException.alreadyExists("customer", customer.id().toString());
            }
            data.customers.put(customer.id(), customer);
            undo.push(() -> data.customers.remove(customer.id()));
        }

        @Override
        public void update(Customer customer, long expectedVersion) {
            open();
            Customer current = data.customers.get(customer.id());
            if (current == null) {
                throw new NotFoundException("customer", customer.id().toString());
            }
            if (current.version() != expectedVersion) {
                throw ConflictException.staleVersion("customer", customer.id().toString(), expectedVersion,
                        current.version());
            }
            data.customers.put(customer.id(), customer);
            undo.push(() -> data.customers.put(current.id(), current));
        }

        @Override
        public Optional<Customer> find(CustomerId id) {
            open();
            return Optional.ofNullable(data.customers.get(id));
        }

        @Override
        public Page<Customer> search(CustomerQuery query, PageRequest page) {
            open();
            CustomerSort sort = query.sort();
            Optional<CustomerSort.Position> after = page.after().map(sort::position);
            List<Customer> matching = data.customers.values().stream()
                    .filter(query::matches)
                    .filter(c -> after.map(p -> sort.isAfter(c, p, query.direction())).orElse(true))
                    .sorted(sort.comparator(query.direction()))
                    .limit(page.size() + 1L)
                    .toList();
            if (matching.size() <= page.size()) {
                return new Page<>(matching, Optional.empty());
            }
            List<Customer> items = matching.subList(0, page.size());
            return new Page<>(items, Optional.of(sort.cursorAfter(items.get(items.size() - 1))));
        }

        @Override
        public long count(CustomerQuery query) {
            open();
            return data.customers.values().stream().filter(query::matches).count();
        }

        @Override
        public void record(AuditEntry entry) {
            open();
            data.audit.add(entry);
            undo.push(() -> data.audit.remove(data.audit.size() - 1));
        }

        @Override
        public Page<AuditEntry> history(String entityType, String entityId, PageRequest page) {
            open();
            Optional<Cursor> after = page.after().map(t -> Cursor.decode(t, 2, "page.after"));
            List<AuditEntry> matching = data.audit.stream()
                    .filter(e -> e.entityType().equals(entityType) && e.entityId().equals(entityId))
                    .filter(e -> after.map(c -> NEWEST_FIRST.compare(e, marker(c)) > 0).orElse(true))
                    .sorted(NEWEST_FIRST)
                    .limit(page.size() + 1L)
                    .toList();
            if (matching.size() <= page.size()) {
                return new Page<>(matching, Optional.empty());
            }
            List<AuditEntry> items = matching.subList(0, page.size());
            AuditEntry last = items.get(items.size() - 1);
            return new Page<>(items, Optional.of(Cursor.of(last.at().toString(), last.id().toString()).encode()));
        }

        private static AuditEntry marker(Cursor c) {
            try {
                return new AuditEntry(java.util.UUID.fromString(c.keys().get(1)), "", "", "",
                        io.crmkit.shared.UserId.of("cursor"), Instant.parse(c.keys().get(0)), List.of());
            } catch (RuntimeException e) {
                throw Cursor.invalid("page.after");
            }
        }

        @Override
        public void append(OutboxMessage message) {
            open();
            data.outbox.add(message);
            undo.push(() -> data.outbox.remove(data.outbox.size() - 1));
        }

        @Override
        public List<OutboxMessage> pending(int limit) {
            open();
            return data.outbox.stream()
                    .sorted(Comparator.comparing(OutboxMessage::occurredAt).thenComparing(m -> m.id().toString()))
                    .limit(limit)
                    .toList();
        }
    }
}
