package io.crmkit.jdbc;

import io.crmkit.spi.contract.CustomersContract;
import io.crmkit.storage.Storage;

/** The {@code CustomersContract} kit on PostgreSQL. */
class PostgresCustomersTest extends CustomersContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
