package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxDeliveryContract;
import io.crmkit.storage.Storage;

/** The {@code OutboxDeliveryContract} kit on PostgreSQL. */
class PostgresOutboxDeliveryTest extends OutboxDeliveryContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
