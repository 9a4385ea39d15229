package io.crmkit.jdbc;

import io.crmkit.spi.contract.CustomerSearchContract;
import io.crmkit.storage.Storage;

/** The {@code CustomerSearchContract} kit on PostgreSQL. */
class PostgresCustomerSearchTest extends CustomerSearchContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
