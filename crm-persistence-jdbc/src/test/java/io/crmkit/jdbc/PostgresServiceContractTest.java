package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.CustomerServiceContract;
import io.crmkit.storage.Storage;

/** The {@code CustomerServiceContract} kit on PostgreSQL. */
class PostgresServiceContractTest extends CustomerServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
