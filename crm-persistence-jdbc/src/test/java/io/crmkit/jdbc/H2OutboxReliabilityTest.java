package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxReliabilityContract;
import io.crmkit.storage.Storage;
import java.util.Optional;

/** The {@code OutboxReliabilityContract} kit on the H2 in-memory database, through plain connections the test can break. */
class H2OutboxReliabilityTest extends OutboxReliabilityContract {
    @Override
    protected Storage storage() {
        return BreakableDataSource.over(TestStorages.h2Memory()).storage();
    }

    @Override
    protected Optional<Runnable> connectionBreaker() {
        return Optional.of(BreakableDataSource.over(TestStorages.h2Memory())::breakAll);
    }
}
