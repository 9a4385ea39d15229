package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxContract;
import io.crmkit.storage.Storage;

/** The {@code OutboxContract} kit on PostgreSQL. */
class PostgresOutboxTest extends OutboxContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
