package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxReliabilityContract;
import io.crmkit.storage.Storage;

/** The {@code OutboxReliabilityContract} kit on PostgreSQL. */
class PostgresOutboxReliabilityTest extends OutboxReliabilityContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
