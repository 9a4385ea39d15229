package io.crmkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.spi.memory.InMemoryStorage;
import io.crmkit.storage.Storage;
import io.crmkit.storage.StorageTransaction;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Units of work of random writes and reads — with customer ids and outbox message ids that are
 * taken already, inside the unit or before it — end exactly as they do on the in-memory
 * reference adapter: the same reads, the same conflict (entity type and id) ending the same
 * unit, and afterwards the same customers, histories and pending messages. An adapter that
 * holds writes back and sends them together (allowed, see the kit's README) must still fail the
 * unit that made the bad write, and store nothing of it.
 *
 * <p>Implement {@link #storage()} in the adapter's test class (its name must match the build's
 * test pattern, e.g. {@code …Properties}).
 */
public interface UnitOfWorkProperties {

    /**
     * The storage under test; may be shared, every try uses a fresh tenant.
     *
     * @return the storage
     */
    Storage storage();

    /**
     * Runs the same units on the reference and on the storage under test and compares.
     *
     * @param units the units of work, each a list of operations
     */
    @Property(tries = 60)
    default void unitsOfWorkEndAsOnTheReference(@ForAll("units") List<List<Operation>> units) {
        List<List<Step>> plan = plan(units);
        InMemoryStorage reference = new InMemoryStorage();
        List<Object> expected = run(reference, ContractFixtures.freshTenant(), plan);
        List<Object> actual = run(storage(), ContractFixtures.freshTenant(), plan);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /** {@return one to five units of one to six operations} */
    @Provide
    default Arbitrary<List<List<Operation>>> units() {
        Arbitrary<Operation> op = Combinators.combine(Arbitraries.of(Operation.Kind.class),
                Arbitraries.integers().between(0, 1000)).as(Operation::new);
        return op.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(5);
    }

    /**
     * One operation of a unit of work.
     *
     * @param kind what to do
     * @param pick which known customer or message it concerns, modulo how many there are
     */
    record Operation(Kind kind, int pick) {
        /** What an operation does. */
        public enum Kind {
            /** Insert a new customer. */
            INSERT,
            /** Insert a customer with the id of one inserted before (in this unit or an earlier one). */
            INSERT_TAKEN_ID,
            /** Record an audit entry about a known customer. */
            AUDIT,
            /** Append a new outbox message. */
            APPEND,
            /** Append a message with the id of one appended before. */
            APPEND_TAKEN_ID,
            /** Read a known customer. */
            FIND,
            /** Read a known customer's history. */
            HISTORY,
            /** Read the pending messages. */
            PENDING
        }
    }

    /**
     * An operation made concrete, the same objects for both storages.
     *
     * @param kind what to do
     * @param customer the customer to insert, or whose id to read or audit
     * @param entry the audit entry to record
     * @param message the message to append
     */
    record Step(Operation.Kind kind, Customer customer, AuditEntry entry, OutboxMessage message) {
    }

    private static List<List<Step>> plan(List<List<Operation>> units) {
        List<Customer> customers = new ArrayList<>();
        List<OutboxMessage> messages = new ArrayList<>();
        List<List<Step>> plan = new ArrayList<>();
        int n = 0;
        for (List<Operation> unit : units) {
            List<Step> steps = new ArrayList<>();
            for (Operation op : unit) {
                n++;
                Customer known = customers.isEmpty() ? ContractFixtures.minimal("nobody " + n)
                        : customers.get(op.pick() % customers.size());
                Customer c = switch (op.kind()) {
                    case INSERT -> n % 3 == 0 ? ContractFixtures.full("customer " + n) : ContractFixtures.minimal("customer " + n);
                    case INSERT_TAKEN_ID -> ContractFixtures.withId(ContractFixtures.minimal("again " + n), known.id());
                    default -> known;
                };
                if (op.kind() == Operation.Kind.INSERT) {
                    customers.add(c);
                }
                OutboxMessage m = op.kind() == Operation.Kind.APPEND_TAKEN_ID && !messages.isEmpty()
                        ? messages.get(op.pick() % messages.size())
                        : ContractFixtures.message(c.id().toString(), ContractFixtures.T0.plusSeconds(n));
                if (op.kind() == Operation.Kind.APPEND) {
                    messages.add(m);
                }
                steps.add(new Step(op.kind(), c, ContractFixtures.audit(c.id().toString(),
                        ContractFixtures.T0.plusSeconds(n)), m));
            }
            plan.add(steps);
        }
        return plan;
    }

    /**
     * Runs the plan; returns what was seen, unit by unit, then the final state, as values that
     * compare by equality (a custom field map's order is not part of it).
     */
    private static List<Object> run(Storage storage, TenantId tenant, List<List<Step>> plan) {
        List<Object> seen = new ArrayList<>();
        List<CustomerId> ids = new ArrayList<>();
        for (List<Step> unit : plan) {
            List<Object> reads = new ArrayList<>();
            try {
                storage.inTransaction(tenant, tx -> {
                    for (Step s : unit) {
                        apply(tx, s, reads);
                    }
                    return null;
                });
                seen.add(List.of("unit ok", reads));
            } catch (ConflictException e) {
                seen.add(List.of("unit conflict", e.entityType(), e.entityId(), reads));
            }
            unit.forEach(s -> ids.add(s.customer().id()));
        }
        TenantScope scope = new TenantScope(storage, tenant);
        for (CustomerId id : ids) {
            seen.add(List.of("customer", id, scope.find(id)));
            seen.add(List.of("history", id, scope.historyAll("customer", id.toString(), PageRequest.MAX_SIZE)));
        }
        seen.add(List.of("pending", scope.pending(1000)));
        return seen;
    }

    private static void apply(StorageTransaction tx, Step s, List<Object> reads) {
        switch (s.kind()) {
            case INSERT, INSERT_TAKEN_ID -> tx.port(Customers.class).insert(s.customer());
            case AUDIT -> tx.port(AuditTrail.class).record(s.entry());
            case APPEND, APPEND_TAKEN_ID -> tx.port(Outbox.class).append(s.message());
            case FIND -> reads.add(List.of("find", tx.port(Customers.class).find(s.customer().id())));
            case HISTORY -> reads.add(List.of("history", tx.port(AuditTrail.class).history("customer",
                    s.customer().id().toString(), PageRequest.first(10)).items()));
            case PENDING -> reads.add(List.of("pending", tx.port(Outbox.class).pending(1000)));
            default -> throw new AssertionError(s.kind());
        }
    }
}
