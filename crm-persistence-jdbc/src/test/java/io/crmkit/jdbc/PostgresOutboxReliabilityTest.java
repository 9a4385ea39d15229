package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxReliabilityContract;
import io.crmkit.storage.Storage;
import java.util.Optional;

/** The {@code OutboxReliabilityContract} kit on PostgreSQL, through plain connections the test can break. */
class PostgresOutboxReliabilityTest extends OutboxReliabilityContract {
    @Override
    protected Storage storage() {
        return BreakableDataSource.over(TestStorages.postgres()).storage();
    }

    @Override
    protected Optional<Runnable> connectionBreaker() {
        return Optional.of(BreakableDataSource.over(TestStorages.postgres())::breakAll);
    }
}
