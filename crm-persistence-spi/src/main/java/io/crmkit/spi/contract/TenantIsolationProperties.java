package io.crmkit.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.audit.AuditEntry;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random operations in two tenants: nothing written in one is ever seen from the other, by
 * id, search, count, history or outbox — even where both use the same ids.
 *
 * <p>Implement {@link #storage()} in the adapter's test class.
 */
public interface TenantIsolationProperties {

    /**
     * The storage under test; may be shared: every try uses fresh tenants.
     *
     * @return the storage
     */
    Storage storage();

    /**
     * Runs the operations and checks each tenant sees exactly its own rows.
     *
     * @param ops the operations: which tenant, and whether to insert a new customer or update the tenant's last one
     */
    @Property(tries = 30)
    default void tenantsNeverSeeEachOther(@ForAll("operations") List<Integer> ops) {
        TenantId[] tenants = {ContractFixtures.freshTenant(), ContractFixtures.freshTenant()};
        List<List<Customer>> own = List.of(new ArrayList<>(), new ArrayList<>());
        int[] writes = new int[2];
        for (int op : ops) {
            int t = op % 2;
            List<Customer> mine = own.get(t);
            boolean update = op >= 2 && !mine.isEmpty();
            // Half the inserts reuse the other tenant's id: ids are unique per tenant only.
            List<Customer> theirs = own.get(1 - t);
            Customer written;
            if (update) {
                Customer last = mine.remove(mine.size() - 1);
                written = ContractFixtures.changed(last, "r" + op);
            } else if (op % 4 == 1 && !theirs.isEmpty()) {
                Customer twin = theirs.get(0);
                written = new Customer(twin.id(), ContractFixtures.minimal("twin").details(),
                        ContractFixtures.minimal("twin").contacts(), twin.owner(), "prospect", twin.createdAt(),
                        twin.createdBy(), twin.updatedAt(), 1);
                if (mine.stream().anyMatch(c -> c.id().equals(twin.id()))) {
                    continue;
                }
            } else {
                written = ContractFixtures.minimal("t" + t + "-" + mine.size());
            }
            Customer w = written;
            storage().inTransaction(tenants[t], tx -> {
                if (update) {
                    tx.customers().update(w, w.version() - 1);
                } else {
                    tx.customers().insert(w);
                }
                tx.auditTrail().record(ContractFixtures.audit(w.id().toString(), w.updatedAt()));
                tx.outbox().append(ContractFixtures.message(w.id().toString(), w.updatedAt()));
                return null;
            });
            mine.add(w);
            writes[t]++;
        }
        for (int t = 0; t < 2; t++) {
            List<Customer> mine = own.get(t);
            List<Customer> listed = storage().inTransaction(tenants[t],
                    tx -> tx.customers().search(CustomerQuery.all(), PageRequest.first(1000)).items());
            long count = storage().inTransaction(tenants[t], tx -> tx.customers().count(CustomerQuery.all()));
            assertThat(listed).containsExactlyInAnyOrderElementsOf(mine);
            assertThat(count).isEqualTo(mine.size());
            for (Customer c : mine) {
                assertThat(Reads.find(storage(), tenants[t], c.id())).contains(c);
                List<AuditEntry> history = storage().inTransaction(tenants[t], tx -> tx.auditTrail()
                        .history("customer", c.id().toString(), PageRequest.first(1000)).items());
                assertThat(history).allSatisfy(e -> assertThat(e.entityId()).isEqualTo(c.id().toString()));
            }
            List<OutboxMessage> events = storage().inTransaction(tenants[t], tx -> tx.outbox().pending(1000));
            assertThat(events).hasSize(writes[t])
                    .allSatisfy(m -> assertThat(mine.stream().map(c -> c.id().toString())).contains(m.aggregateId()));
        }
    }

    /** @return operation codes: parity picks the tenant, higher codes prefer updates */
    @Provide
    default Arbitrary<List<Integer>> operations() {
        return Arbitraries.integers().between(0, 7).list().ofMinSize(1).ofMaxSize(25);
    }
}
