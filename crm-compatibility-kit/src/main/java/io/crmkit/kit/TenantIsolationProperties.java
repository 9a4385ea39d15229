package io.crmkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.audit.AuditEntry;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerSort;
import io.crmkit.customer.SortDirection;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.storage.Storage;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random operations in two tenants — inserts, inserts reusing the other tenant's ids,
 * updates, audit entries and outbox messages for ids of either tenant, and transactions
 * that fail after writing — never let a row of one tenant show up in the other, by find,
 * search, count, history or pending; and each tenant sees exactly what it committed.
 *
 * <p>Implement {@link #storage()} in the adapter's test class (its name must match the build's
 * test includes, e.g. {@code *Properties}).
 */
public interface TenantIsolationProperties {

    /**
     * The storage under test. It may be shared and may hold other data: every try uses fresh
     * tenants.
     *
     * @return the storage; never closed by the properties
     */
    Storage storage();

    /**
     * Runs the operations, keeping a model of what each tenant committed, then compares every
     * read of each tenant with its model.
     *
     * @param ops the operations
     */
    @Property(tries = 50)
    default void tenantsNeverSeeEachOther(@ForAll("tenantOperations") List<TenantOperation> ops) {
        List<TenantModel> models = List.of(new TenantModel(TenantScope.fresh(storage())),
                new TenantModel(TenantScope.fresh(storage())));
        for (TenantOperation op : ops) {
            models.get(op.tenant()).apply(op, models.get(1 - op.tenant()));
        }
        Set<String> everyEntityId = new LinkedHashSet<>();
        models.forEach(m -> m.customers.keySet().forEach(id -> everyEntityId.add(id.toString())));
        models.forEach(m -> m.audit.forEach(e -> everyEntityId.add(e.entityId())));
        for (int t = 0; t < 2; t++) {
            TenantModel mine = models.get(t);
            TenantModel theirs = models.get(1 - t);
            List<Customer> expected = mine.customers.values().stream()
                    .sorted(CustomerSort.NAME.comparator(SortDirection.ASC)).toList();
            CustomerQuery byName = CustomerQuery.all().sortedBy(CustomerSort.NAME, SortDirection.ASC);
            assertThat(mine.scope.searchAll(byName, 3)).containsExactlyElementsOf(expected);
            assertThat(mine.scope.count(CustomerQuery.all())).isEqualTo(expected.size());
            assertThat(mine.scope.count(CustomerQuery.all().withText("tenant " + (1 - t)))).isZero();
            for (Customer c : theirs.customers.values()) {
                assertThat(mine.scope.find(c.id())).isEqualTo(Optional.ofNullable(mine.customers.get(c.id())));
            }
            for (String entityId : everyEntityId) {
                List<AuditEntry> own = mine.audit.stream().filter(e -> e.entityId().equals(entityId))
                        .sorted(Comparator.comparing(AuditEntry::at).thenComparing(e -> e.id().toString()).reversed())
                        .toList();
                assertThat(mine.scope.historyAll("customer", entityId, 4)).containsExactlyElementsOf(own);
            }
            assertThat(mine.scope.pending(1000)).containsExactlyElementsOf(mine.outbox.stream()
                    .sorted(Comparator.comparing(OutboxMessage::occurredAt).thenComparing(m -> m.id().toString()))
                    .toList());
        }
    }

    /** {@return up to 30 operations on two tenants} */
    @Provide
    default Arbitrary<List<TenantOperation>> tenantOperations() {
        return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.of(TenantOperation.Kind.class),
                Arbitraries.integers().between(0, 1000)).as(TenantOperation::new).list().ofMinSize(1).ofMaxSize(30);
    }

    /**
     * One operation of {@link #tenantsNeverSeeEachOther}.
     *
     * @param tenant which tenant, 0 or 1
     * @param kind what to do
     * @param pick which existing customer to use, modulo the number there are
     */
    record TenantOperation(int tenant, Kind kind, int pick) {
        /** What an operation does. */
        public enum Kind {
            /** Insert a new customer. */
            INSERT,
            /** Insert a customer with an id the other tenant uses, if there is one this tenant lacks. */
            INSERT_TWIN,
            /** Update one of the tenant's customers. */
            UPDATE,
            /** Record an audit entry for an id of either tenant. */
            AUDIT,
            /** Append an outbox message. */
            APPEND,
            /** Write in every port, then fail: nothing may remain. */
            FAIL
        }
    }
}
