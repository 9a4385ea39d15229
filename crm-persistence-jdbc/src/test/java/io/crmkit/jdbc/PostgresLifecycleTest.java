package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.LifecycleContract;
import io.crmkit.storage.Storage;

/** The {@code LifecycleContract} kit on PostgreSQL. */
class PostgresLifecycleTest extends LifecycleContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
