package io.crmkit.jdbc;

import io.crmkit.spi.contract.CustomerPagingContract;
import io.crmkit.storage.Storage;

/** The {@code CustomerPagingContract} kit on PostgreSQL. */
class PostgresCustomerPagingTest extends CustomerPagingContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
