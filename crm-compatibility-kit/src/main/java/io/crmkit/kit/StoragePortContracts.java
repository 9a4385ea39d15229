package io.crmkit.kit;

import io.crmkit.storage.Storage;
import java.util.Optional;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The storage-port half of {@link StorageCompatibilityKit}: the contracts of the ports every
 * storage implements (customers, audit trail, outbox and delivery) and of transactions and
 * tenant isolation, nested as groups. The kit extends it with the contracts of crmkit's features
 * running through their services; an adapter subclasses the kit, never this class, so that it
 * cannot run the ports' contracts without the features'. Both engines find the groups of a
 * superclass ({@code KitCompletenessTest} checks that every contract is reached).
 */
public abstract class StoragePortContracts {

    /** Creates the contracts; only {@link StorageCompatibilityKit} extends this class. */
    StoragePortContracts() {
    }


    /**
     * The storage under test. Called for every test and property try; may return the same
     * storage every time.
     *
     * @return the storage; the kit never closes it
     */
    protected abstract Storage storage();

    /**
     * A storage on database connections the test can break, for the outbox reliability
     * contract's test of connections lost mid-batch. Adapters without connections keep the
     * default (empty): that contract then runs on {@link #storage()} and simulates the loss
     * above the adapter.
     *
     * @return the breakable storage, or empty
     */
    protected Optional<BreakableStorage> breakableStorage() {
        return Optional.empty();
    }

    @Nested
    @Group
    @DisplayName("the Customers port")
    @Label("the Customers port")
    class CustomersPort {
        @Nested
        @DisplayName("stores customers exactly and updates them by version")
        class Customers extends CustomersContract {
            @Override
            protected Storage storage() {
                return StoragePortContracts.this.storage();
            }
        }

        @Nested
        @DisplayName("finds customers by every filter and by text, and counts them")
        class CustomerSearch extends CustomerSearchContract {
            @Override
            protected Storage storage() {
                return StoragePortContracts.this.storage();
            }
        }

        @Nested
        @DisplayName("orders customers and pages through them by keyset")
        class CustomerPaging extends CustomerPagingContract {
            @Override
            protected Storage storage() {
                return StoragePortContracts.this.storage();
            }
        }

        @Group
        @Label("reads back random customers, audit entries and messages exactly")
        class RoundTrip implements RoundTripProperties {
            @Override
            public Storage storage() {
                return StoragePortContracts.this.storage();
            }
        }
    }

    @Nested
    @DisplayName("the AuditTrail port")
    class AuditTrailPort {
        @Nested
        @DisplayName("keeps audit entries exactly, newest first, paged")
        class AuditTrail extends AuditTrailContract {
            @Override
            protected Storage storage() {
                return StoragePortContracts.this.storage();
            }
        }
    }

    @Nested
    @DisplayName("the Outbox and OutboxDelivery ports")
    class OutboxPorts {
        @Nested
        @DisplayName("keeps appended messages byte for byte, oldest first")
        class Outbox extends OutboxContract {
            @Override
            protected Storage storage() {
                return StoragePortContracts.this.storage();
            }
        }

        @Nested
        @DisplayName("claims with a lease, marks only the owner's claims, cancels, lists and retries")
        class OutboxDelivery extends OutboxDeliveryContract {
            @Override
            protected Storage storage() {
                return StoragePortContracts.this.storage();
            }
        }

        @Nested
        @DisplayName("hands racing dispatchers disjoint claims")
        class OutboxClaimRace extends OutboxClaimRaceContract {
            @Override
            protected Storage storage() {
                return StoragePortContracts.this.storage();
            }
        }

        @Nested
        @DisplayName("delivers through the dispatcher end to end")
        class OutboxDispatch extends OutboxDispatchContract {
            @Override
            protected Storage storage() {
                return StoragePortContracts.this.storage();
            }
        }

        @Nested
        @DisplayName("loses no message when dispatchers race, crash, throw or are interrupted")
        class OutboxReliability extends OutboxReliabilityContract {
            @Override
            protected Storage storage() {
                return breakableStorage().map(BreakableStorage::storage).orElseGet(StoragePortContracts.this::storage);
            }

            @Override
            protected Optional<Runnable> connectionBreaker() {
                return breakableStorage().map(BreakableStorage::breaker);
            }
        }
    }

    @Nested
    @Group
    @DisplayName("transactions and tenants")
    @Label("transactions and tenants")
    class TransactionsAndTenants {
        @Nested
        @DisplayName("commits, rolls back every port and lets exactly one racing writer win; offers every port")
        class Transaction extends TransactionContract {
            @Override
            protected Storage storage() {
                return StoragePortContracts.this.storage();
            }
        }

        @Nested
        @DisplayName("keeps every tenant's rows apart")
        class TenantIsolation extends TenantIsolationContract {
            @Override
            protected Storage storage() {
                return StoragePortContracts.this.storage();
            }
        }

        @Group
        @Label("keeps tenants apart under random operations")
        class RandomTenantIsolation implements TenantIsolationProperties {
            @Override
            public Storage storage() {
                return StoragePortContracts.this.storage();
            }
        }

        @Group
        @Label("ends random units of work as the in-memory reference does")
        class UnitOfWork implements UnitOfWorkProperties {
            @Override
            public Storage storage() {
                return StoragePortContracts.this.storage();
            }
        }
    }
}
