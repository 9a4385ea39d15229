package io.crmkit.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.Crm;
import io.crmkit.storage.MissingPortException;
import io.crmkit.storage.Storage;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The ports a storage offers ({@link Storage#ports()}): every port crmkit's features need is
 * among them, each can be had in a transaction as an instance of its interface, and a port the
 * storage does not offer is refused with a {@link MissingPortException} naming it.
 *
 * <p>Run as a nested group of {@link TransactionContract}, so an adapter that runs the
 * transaction contract runs this one too.
 */
public abstract class PortsContract {

    /** Creates the contract. */
    protected PortsContract() {
    }

    /**
     * The storage under test.
     *
     * @return the storage; the contract never closes it
     */
    protected abstract Storage storage();

    /** Not a port of any storage, to ask for one that is not offered. */
    interface NotAPort {
    }

    @Test
    @DisplayName("offers every port crmkit's features need, so a Crm can be built on it")
    void offersEveryPortCrmkitNeeds() {
        // Not closed: closing a Crm closes its storage, which the kit leaves to its owner.
        assertThatCode(() -> Crm.builder().storage(storage()).build()).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("hands out each offered port in a transaction, as an instance of its interface")
    void handsOutEachOfferedPort() {
        Set<Class<?>> ports = storage().ports();
        assertThat(ports).isNotEmpty().allSatisfy(type -> assertThat(type.isInterface()).as(type.getName()).isTrue());
        storage().inTransaction(ContractFixtures.freshTenant(), tx -> {
            for (Class<?> type : ports) {
                assertThat(tx.port(type)).as(type.getName()).isInstanceOf(type);
            }
            return null;
        });
    }

    @Test
    @DisplayName("refuses a port it does not offer, naming the port")
    void refusesAPortItDoesNotOffer() {
        assertThat(storage().ports()).doesNotContain(NotAPort.class);
        assertThatThrownBy(() -> storage().inTransaction(ContractFixtures.freshTenant(), tx -> tx.port(NotAPort.class)))
                .isInstanceOf(MissingPortException.class)
                .hasMessageContaining(NotAPort.class.getName())
                .satisfies(e -> assertThat(((MissingPortException) e).missing())
                        .singleElement().satisfies(m -> assertThat(m.port()).isEqualTo(NotAPort.class)));
    }

    @Test
    @DisplayName("states its ports as an unmodifiable set")
    void statesPortsUnmodifiable() {
        assertThatThrownBy(() -> storage().ports().add(NotAPort.class)).isInstanceOf(UnsupportedOperationException.class);
    }
}
