package io.crmkit.spi.memory;

import io.crmkit.access.Visibility;
import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerShare;
import io.crmkit.customer.CustomerShares;
import io.crmkit.customer.CustomerSort;
import io.crmkit.customer.Customers;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpId;
import io.crmkit.followup.FollowUps;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.Interactions;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxDelivery;
import io.crmkit.plan.InteractionPlan;
import io.crmkit.plan.InteractionPlanId;
import io.crmkit.plan.InteractionPlans;
import io.crmkit.plan.PlanLastRun;
import io.crmkit.plan.PlanMemberResult;
import io.crmkit.purchase.Purchase;
import io.crmkit.purchase.PurchaseId;
import io.crmkit.purchase.Purchases;
import io.crmkit.schedule.JobRun;
import io.crmkit.schedule.JobRuns;
import io.crmkit.schedule.JobTenants;
import io.crmkit.segment.SavedSegments;
import io.crmkit.segment.Segment;
import io.crmkit.segment.SegmentId;
import io.crmkit.segment.SegmentMembers;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.TimeAndId;
import io.crmkit.storage.MissingPortException;
import io.crmkit.storage.Storage;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.storage.TransactionalWork;
import io.crmkit.tag.CustomerTags;
import io.crmkit.tag.Tag;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The reference storage adapter: everything in memory, in one map per tenant. It defines the
 * behaviour the contract kit checks every other adapter against, so it is written to be
 * obviously right rather than fast:
 *
 * <ul>
 *   <li>All transactions are serialised by one lock, so a transaction sees no one else's
 *       writes and no one sees its writes before it ends.</li>
 *   <li>Every write records how to undo it; if the work throws anything, the undo log is
 *       replayed backwards and the very same throwable is rethrown.</li>
 *   <li>Values are stored as given: they are immutable records, so sharing them is safe.</li>
 * </ul>
 *
 * <p>A call of {@link #inTransaction} from inside a work (on the same thread) runs as its own,
 * independent transaction: it commits or rolls back on its own, whatever the outer work does.
 *
 * <p>Thread-safe. {@link #close()} releases nothing and leaves the data in place.
 */
public final class InMemoryStorage implements Storage {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<TenantId, TenantData> tenants = new HashMap<>();
    /** Every tenant's outbox rows (the same maps as in {@link TenantData}), for cross-tenant delivery. */
    private final Map<TenantId, Map<UUID, MemoryOutboxRow>> outboxes = new HashMap<>();
    private final OutboxDelivery delivery = new MemoryOutboxDelivery(lock, outboxes);
    /** The ports offered, each read off a transaction: the one place a feature registers its in-memory port. */
    private static final Map<Class<?>, Function<Tx, Object>> PORTS = Map.ofEntries(
            Map.entry(Customers.class, tx -> tx),
            Map.entry(CustomerShares.class, tx -> tx.shares),
            Map.entry(CustomerTags.class, tx -> tx.tags),
            Map.entry(Purchases.class, tx -> tx.purchases),
            Map.entry(SegmentMembers.class, tx -> tx.segments),
            Map.entry(SavedSegments.class, tx -> tx.savedSegments),
            Map.entry(FollowUps.class, tx -> tx.followUps),
            Map.entry(Interactions.class, tx -> tx.interactions),
            Map.entry(InteractionPlans.class, tx -> tx.interactionPlans),
            Map.entry(JobRuns.class, tx -> tx.jobRuns),
            Map.entry(JobTenants.class, tx -> tx.jobTenants),
            Map.entry(AuditTrail.class, tx -> tx),
            Map.entry(Outbox.class, tx -> tx.outbox));
    private static final Set<Class<?>> PORT_TYPES = Set.copyOf(PORTS.keySet());

    /** Creates an empty storage. */
    public InMemoryStorage() {
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionalWork<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        lock.lock();
        try {
            Tx tx = new Tx(tenant, tenants.computeIfAbsent(tenant, t -> {
                TenantData data = new TenantData();
                outboxes.put(t, data.outbox);
                return data;
            }), this::tenantsWithCustomers);
            try {
                return work.run(tx);
            } catch (Throwable e) {
                // Throwable, not RuntimeException: an Error (or a checked exception thrown
                // sneakily) must not leave half a transaction behind either. Precise rethrow
                // keeps the signature unchecked and the instance the same.
                tx.rollback();
                throw e;
            } finally {
                tx.end();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The tenants with customers, for the cross-tenant {@link JobTenants} port; called under the lock. */
    private Collection<TenantId> tenantsWithCustomers() {
        return tenants.entrySet().stream().filter(e -> !e.getValue().customers.isEmpty()).map(Map.Entry::getKey).toList();
    }

    @Override
    public OutboxDelivery outboxDelivery() {
        return delivery;
    }

    @Override
    public Set<Class<?>> ports() {
        return PORT_TYPES;
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public void close() {
        // Nothing to release; data stays so that a named storage shared by several handles
        // survives one of them being closed.
    }

    /** One tenant's data; guarded by the storage's lock. */
    private static final class TenantData {
        final Map<CustomerId, Customer> customers = new HashMap<>();
        final Map<CustomerId, TreeMap<String, CustomerShare>> shares = new HashMap<>();
        final Map<CustomerId, SortedSet<Tag>> tags = new HashMap<>();
        final Map<PurchaseId, Purchase> purchases = new HashMap<>();
        final Map<String, PurchaseId> purchaseReferences = new HashMap<>();
        final Map<CustomerId, Instant> lastContacts = new HashMap<>();
        final Map<SegmentId, Segment> savedSegments = new HashMap<>();
        final Map<FollowUpId, FollowUp> followUps = new HashMap<>();
        final Map<InteractionId, Interaction> interactions = new HashMap<>();
        final Map<InteractionPlanId, InteractionPlan> plans = new HashMap<>();
        final Map<InteractionPlanId, TreeMap<String, PlanMemberResult>> planResults = new HashMap<>();
        final Map<InteractionPlanId, PlanLastRun> planRuns = new HashMap<>();
        final Map<String, TreeMap<Instant, JobRun>> jobRuns = new HashMap<>();
        final List<AuditEntry> audit = new ArrayList<>();
        final Map<UUID, MemoryOutboxRow> outbox = new LinkedHashMap<>();
    }

    /** The repositories of one transaction, with its undo log. */
    private static final class Tx implements StorageTransaction, Customers, AuditTrail {
        private static final String CUSTOMER = Customer.ENTITY_TYPE;
        private static final String AFTER = "page.after";
        // UUIDs compare by their text form: that equals the unsigned byte order SQL databases
        // use, whereas UUID.compareTo compares signed longs.
        private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at)
                .thenComparing(e -> e.id().toString()).reversed();

        private final TenantId tenant;
        private final TenantData data;
        private final Deque<Runnable> undo = new ArrayDeque<>();
        // Volatile: a repository leaked to another thread must still see that the work ended.
        private volatile boolean ended;

        private final CustomerShares shares;
        private final CustomerTags tags;
        private final Purchases purchases;
        private final SegmentMembers segments;
        private final SavedSegments savedSegments;
        private final FollowUps followUps;
        private final Outbox outbox;
        private final Interactions interactions;
        private final InteractionPlans interactionPlans;
        private final JobRuns jobRuns;
        private final JobTenants jobTenants;

        Tx(TenantId tenant, TenantData data, Supplier<Collection<TenantId>> tenantsWithCustomers) {
            this.tenant = tenant;
            this.data = data;
            this.shares = new MemoryCustomerShares(data.shares, undo, this::checkOpen);
            this.tags = new MemoryCustomerTags(data.customers, data.tags, data.shares, undo, this::checkOpen);
            this.purchases = new MemoryPurchases(data.customers, data.purchases, data.purchaseReferences, undo,
                    this::checkOpen);
            this.segments = new MemorySegmentMembers(data.customers, data.shares, data.tags, data.purchases, data.lastContacts,
                    this::checkOpen);
            this.savedSegments = new MemorySavedSegments(data.savedSegments, undo, this::checkOpen);
            this.followUps = new MemoryFollowUps(data.customers, data.followUps, undo, this::checkOpen);
            this.outbox = new MemoryOutbox(data.outbox, undo, this::checkOpen);
            this.interactions = new MemoryInteractions(data.customers, data.interactions, undo, this::checkOpen);
            this.interactionPlans = new MemoryInteractionPlans(data.plans, data.planResults, data.planRuns, undo,
                    this::checkOpen);
            this.jobRuns = new MemoryJobRuns(data.jobRuns, undo, this::checkOpen);
            this.jobTenants = new MemoryJobTenants(tenantsWithCustomers, this::checkOpen);
        }

        void rollback() {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
        }

        void end() {
            ended = true;
        }

        private void checkOpen() {
            if (ended) {
                throw new IllegalStateException("the transaction has ended; repositories are valid only inside the work");
            }
        }

        @Override
        public TenantId tenant() {
            return tenant;
        }

        @Override
        public <P> P port(Class<P> type) {
            Function<Tx, Object> port = PORTS.get(type);
            if (port == null) {
                throw MissingPortException.notOffered("memory", type, PORT_TYPES);
            }
            return type.cast(port.apply(this));
        }

        @Override
        public void insert(Customer customer) {
            checkOpen();
            if (data.customers.containsKey(customer.id())) {
                throw ConflictException.alreadyExists(CUSTOMER, customer.id().toString());
            }
            data.customers.put(customer.id(), customer);
            undo.push(() -> data.customers.remove(customer.id()));
        }

        @Override
        public void update(Customer customer, long expectedVersion) {
            checkOpen();
            Customer current = data.customers.get(customer.id());
            if (current == null) {
                throw new NotFoundException(CUSTOMER, customer.id().toString());
            }
            if (current.version() != expectedVersion) {
                throw ConflictException.staleVersion(CUSTOMER, customer.id().toString(), expectedVersion,
                        current.version());
            }
            data.customers.put(customer.id(), customer);
            undo.push(() -> data.customers.put(current.id(), current));
        }

        @Override
        public Optional<Customer> find(CustomerId id) {
            checkOpen();
            return Optional.ofNullable(data.customers.get(id));
        }

        @Override
        public Map<CustomerId, Customer> find(Collection<CustomerId> ids) {
            checkOpen();
            Map<CustomerId, Customer> out = new HashMap<>();
            for (CustomerId id : ids) {
                Customer c = data.customers.get(id);
                if (c != null) {
                    out.put(id, c);
                }
            }
            return out;
        }

        @Override
        public Page<Customer> search(CustomerQuery query, Visibility visibility, PageRequest page) {
            checkOpen();
            CustomerSort sort = query.sort();
            // Decoded before filtering so that a bad cursor fails even on an empty tenant.
            Optional<CustomerSort.Position> after = page.after().map(sort::position);
            List<Customer> matching = data.customers.values().stream()
                    .filter(query::matches)
                    .filter(c -> MemoryCustomerShares.visible(visibility, c, data.shares))
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
        public long count(CustomerQuery query, Visibility visibility) {
            checkOpen();
            return data.customers.values().stream().filter(query::matches)
                    .filter(c -> MemoryCustomerShares.visible(visibility, c, data.shares)).count();
        }

        @Override
        public void recordContact(CustomerId id, Instant at) {
            checkOpen();
            if (!data.customers.containsKey(id)) {
                throw new NotFoundException(CUSTOMER, id.toString());
            }
            Instant before = data.lastContacts.get(id);
            if (before == null || at.isAfter(before)) {
                data.lastContacts.put(id, at);
                undo.push(() -> {
                    if (before == null) {
                        data.lastContacts.remove(id);
                    } else {
                        data.lastContacts.put(id, before);
                    }
                });
            }
        }

        @Override
        public Optional<Instant> lastContact(CustomerId id) {
            checkOpen();
            return Optional.ofNullable(data.lastContacts.get(id));
        }

        @Override
        public Map<CustomerId, Instant> lastContacts(Collection<CustomerId> ids) {
            checkOpen();
            Map<CustomerId, Instant> out = new HashMap<>();
            for (CustomerId id : ids) {
                Instant at = data.lastContacts.get(id);
                if (at != null) {
                    out.put(id, at);
                }
            }
            return out;
        }

        @Override
        public void record(AuditEntry entry) {
            checkOpen();
            data.audit.add(entry);
            // The lock serialises transactions, so this entry is still the last one on undo.
            undo.push(() -> data.audit.remove(data.audit.size() - 1));
        }

        @Override
        public Page<AuditEntry> history(String entityType, String entityId, PageRequest page) {
            checkOpen();
            Optional<AuditPosition> after = page.after().map(AuditPosition::decode);
            List<AuditEntry> matching = data.audit.stream()
                    .filter(e -> e.entityType().equals(entityType) && e.entityId().equals(entityId))
                    .filter(e -> after.map(p -> p.precedes(e)).orElse(true))
                    .sorted(NEWEST_FIRST)
                    .limit(page.size() + 1L)
                    .toList();
            if (matching.size() <= page.size()) {
                return new Page<>(matching, Optional.empty());
            }
            List<AuditEntry> items = matching.subList(0, page.size());
            return new Page<>(items, Optional.of(AuditPosition.of(items.get(items.size() - 1)).encode()));
        }

        /** The keyset position of an audit history page: time and id of its last entry. */
        private record AuditPosition(Instant at, UUID id) {
            static AuditPosition of(AuditEntry e) {
                return new AuditPosition(e.at(), e.id());
            }

            static AuditPosition decode(String token) {
                TimeAndId p = TimeAndId.decode(token, AFTER);
                return new AuditPosition(p.at(), p.id());
            }

            String encode() {
                return new TimeAndId(at, id).encode();
            }

            /** Whether an entry comes after this position in newest-first order. */
            boolean precedes(AuditEntry e) {
                int cmp = e.at().compareTo(at);
                return cmp < 0 || cmp == 0 && e.id().toString().compareTo(id.toString()) < 0;
            }
        }
    }
}
