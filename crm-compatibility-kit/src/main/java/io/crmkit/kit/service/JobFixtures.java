package io.crmkit.kit.service;

import io.crmkit.Crm;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.audit.AuditEntry;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.kit.ContractFixtures;
import io.crmkit.kit.MovableClock;
import io.crmkit.schedule.JobRun;
import io.crmkit.schedule.service.JobOptions;
import io.crmkit.schedule.service.JobRunner;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wiring for the scheduled-work contracts: crmkit over the storage under test with a clock the
 * test moves and a {@code jobs} section of its choosing (tags left out, so the sample
 * classifications run), job runners narrowed to the test's own tenants — the storage may be
 * shared with other tests, whose tenants a runner must leave alone — and customers stored
 * behind the services' back, so not yet classified.
 */
final class JobFixtures {
    /** The lease the contracts' runners hold runs with. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** Who the fixtures read histories as. */
    static final Principal ADMIN = Principal.user("admin", RoleName.ADMINISTRATOR);

    private JobFixtures() {
    }

    /**
     * crmkit with a configuration document (its {@code jobs} and {@code locale} sections, say).
     *
     * @param storage the storage
     * @param clock the clock
     * @param document the configuration, YAML; empty for the defaults
     * @return a new instance; never closed (that would close the storage)
     */
    static Crm crm(Storage storage, MovableClock clock, String document) {
        return Crm.builder().storage(storage).clock(clock)
                .configuration(document.isBlank() ? CrmConfiguration.defaults() : CrmConfiguration.parse(document))
                .build();
    }

    /** {@return a runner of {@code crm} for these tenants only, with its own owner id} */
    static JobRunner runner(Crm crm, String owner, Set<TenantId> tenants) {
        return crm.jobs(JobOptions.defaults().withOwner(owner).withLease(LEASE).withTenants(tenants::contains));
    }

    /**
     * Stores customers directly through the port.
     *
     * @return their ids, in the order stored
     */
    static List<CustomerId> customers(Storage storage, TenantId tenant, int count) {
        return storage.inTransaction(tenant, tx -> {
            List<CustomerId> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Customer c = ContractFixtures.minimal("scheduled " + i);
                tx.port(Customers.class).insert(c);
                ids.add(c.id());
            }
            return ids;
        });
    }

    /** {@return the customer's audit entries of reclassification, newest first} */
    static List<AuditEntry> classifiedEntries(Crm crm, TenantId tenant, CustomerId id) {
        return ServiceFixtures.allPages(50, page -> crm.session(tenant, ADMIN)
                .customers().history(id, page)).stream().filter(e -> e.action().equals("customer.classified")).toList();
    }

    /** {@return every run of the reclassification job in a tenant, latest first} */
    static List<JobRun> runs(JobRunner runner, TenantId tenant) {
        return ServiceFixtures.allPages(20, (PageRequest page) -> runner.runs(tenant, "reclassification", page));
    }

}
