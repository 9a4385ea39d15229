package io.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.audit.AuditTrail;
import io.crmkit.config.JobSettings;
import io.crmkit.customer.Customers;
import io.crmkit.interaction.Interactions;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxDelivery;
import io.crmkit.plan.InteractionPlans;
import io.crmkit.schedule.JobRuns;
import io.crmkit.schedule.JobTenants;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.MissingPortException;
import io.crmkit.storage.MissingPortException.MissingPort;
import io.crmkit.storage.Storage;
import io.crmkit.storage.TransactionalWork;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Building a {@link Crm}: a storage lacking a port of one of crmkit's features is refused then. */
class CrmBuildTest {

    /**
     * A storage that offers only the ports it is given and never runs work: the build-time check
     * reads nothing but {@link Storage#ports()} and {@link Storage#name()}.
     */
    private record PortsOnly(Set<Class<?>> ports) implements Storage {
        @Override
        public <T> T inTransaction(TenantId tenant, TransactionalWork<T> work) {
            throw new AssertionError("building a Crm must not open a transaction");
        }

        @Override
        public OutboxDelivery outboxDelivery() {
            throw new AssertionError("building a Crm must not ask for the delivery port");
        }

        @Override
        public String name() {
            return "partial-store";
        }

        @Override
        public void close() {
        }
    }

    private static Set<Class<?>> everyPort() {
        Set<Class<?>> all = new HashSet<>();
        BuiltInFeatures.ALL.forEach(f -> all.addAll(f.ports()));
        return all;
    }

    @Test
    void buildsOnAStorageOfferingEveryPort() {
        try (Crm crm = Crm.builder().storage(new PortsOnly(everyPort())).build()) {
            assertThat(crm.configuration()).isNotNull();
        }
    }

    @Test
    void everyBuiltInJobHasItsSettingsAndPorts() {
        try (Crm crm = Crm.builder().storage(new PortsOnly(everyPort())).build()) {
            assertThat(crm.jobs().jobNames()).containsExactly(JobSettings.RECLASSIFICATION);
            assertThat(crm.jobs().jobNames()).allSatisfy(job -> assertThat(JobSettings.DEFAULTS.of(job)).isPresent());
            assertThat(crm.jobs()).isSameAs(crm.jobs());
        }
        assertThat(everyPort()).contains(JobRuns.class, JobTenants.class);
    }

    @Test
    void refusesAStorageLackingAPortNamingTheFeatureAndThePort() {
        Set<Class<?>> ports = everyPort();
        ports.remove(Interactions.class);
        assertThatThrownBy(() -> Crm.builder().storage(new PortsOnly(ports)).build())
                .isInstanceOf(MissingPortException.class)
                .hasMessageContaining("storage 'partial-store'")
                .hasMessageContaining("feature 'interactions' needs io.crmkit.interaction.Interactions")
                .satisfies(e -> {
                    MissingPortException m = (MissingPortException) e;
                    assertThat(m.storage()).isEqualTo("partial-store");
                    assertThat(m.missing()).containsExactly(new MissingPort("interactions", Interactions.class));
                });
    }

    @Test
    void listsEveryMissingPortInTheFeaturesOrder() {
        Set<Class<?>> ports = everyPort();
        ports.removeAll(List.of(InteractionPlans.class, AuditTrail.class, Outbox.class, Customers.class));
        assertThatThrownBy(() -> Crm.builder().storage(new PortsOnly(ports)).build())
                .isInstanceOf(MissingPortException.class)
                .satisfies(e -> assertThat(((MissingPortException) e).missing()).containsExactly(
                        new MissingPort("customers", Customers.class),
                        new MissingPort("customers", AuditTrail.class),
                        new MissingPort("customers", Outbox.class),
                        new MissingPort("interaction-plans", InteractionPlans.class)))
                .hasMessageContaining("lacks 4 ports");
    }

    @Test
    void refusesAStorageOfferingNoPorts() {
        assertThatThrownBy(() -> Crm.builder().storage(new PortsOnly(Set.of())).build())
                .isInstanceOf(MissingPortException.class)
                .satisfies(e -> assertThat(((MissingPortException) e).missing()).hasSize(everyPort().size()));
    }
}
