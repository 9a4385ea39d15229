package io.crmkit.jdbc;

import io.crmkit.spi.contract.CustomersContract;
import io.crmkit.storage.Storage;

class PostgresCustomersTest extends CustomersContract {
    @Override
    protected Storage storage() {
        return PostgresTestServer.storage();
    }
}
