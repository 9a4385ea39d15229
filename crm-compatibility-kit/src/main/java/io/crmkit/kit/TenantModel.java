package io.crmkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.kit.TenantIsolationProperties.TenantOperation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one tenant committed, and how to write to it. */
final class TenantModel {
    final TenantScope scope;
    final Map<CustomerId, Customer> customers = new LinkedHashMap<>();
    final List<AuditEntry> audit = new ArrayList<>();
    final List<OutboxMessage> outbox = new ArrayList<>();

    TenantModel(TenantScope scope) {
        this.scope = scope;
    }

    void apply(TenantOperation op, TenantModel other) {
        String name = "tenant " + op.tenant() + " #" + (customers.size() + audit.size() + outbox.size());
        List<Customer> own = new ArrayList<>(customers.values());
        List<Customer> twins = other.customers.values().stream().filter(c -> !customers.containsKey(c.id())).toList();
        switch (op.kind()) {
            case INSERT -> insert(ContractFixtures.minimal(name));
            case INSERT_TWIN -> insert(twins.isEmpty() ? ContractFixtures.full(name)
                    : ContractFixtures.withId(ContractFixtures.full(name), twins.get(op.pick() % twins.size()).id()));
            case UPDATE -> {
                if (own.isEmpty()) {
                    insert(ContractFixtures.minimal(name));
                } else {
                    Customer current = own.get(op.pick() % own.size());
                    Customer next = ContractFixtures.changed(current, name);
                    scope.update(next, current.version());
                    customers.put(next.id(), next);
                }
            }
            case AUDIT -> {
                List<Customer> either = new ArrayList<>(own);
                either.addAll(other.customers.values());
                String entityId = either.isEmpty() ? "none" : either.get(op.pick() % either.size()).id().toString();
                AuditEntry e = ContractFixtures.audit(entityId, at(op));
                scope.record(e);
                audit.add(e);
            }
            case APPEND -> {
                OutboxMessage m = ContractFixtures.message(name, at(op));
                scope.append(m);
                outbox.add(m);
            }
            case FAIL -> failAfterWriting(ContractFixtures.minimal(name));
        }
    }

    /** A time from the operation, so that a failing try replays exactly; equal picks give ties. */
    private static Instant at(TenantOperation op) {
        return ContractFixtures.T0.plusSeconds(op.pick() % 7).plusNanos(1000L * (op.pick() % 3));
    }

    private void insert(Customer c) {
        scope.insert(c);
        customers.put(c.id(), c);
    }

    private void failAfterWriting(Customer c) {
        InvalidStateException failure = new InvalidStateException("fails on purpose");
        try {
            scope.tx(t -> {
                t.port(Customers.class).insert(c);
                t.port(AuditTrail.class).record(ContractFixtures.audit(c.id().toString(), c.createdAt()));
                t.port(Outbox.class).append(ContractFixtures.message(c.id().toString(), c.createdAt()));
                throw failure;
            });
        } catch (InvalidStateException e) {
            assertThat(e).isSameAs(failure);
            return;
        }
        throw new AssertionError("the failing transaction did not fail");
    }
}
