package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxDispatchContract;
import io.crmkit.storage.Storage;

/** The {@code OutboxDispatchContract} kit on PostgreSQL. */
class PostgresOutboxDispatchTest extends OutboxDispatchContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
