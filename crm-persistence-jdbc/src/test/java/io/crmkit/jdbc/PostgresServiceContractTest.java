package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.CustomerServiceContract;
import io.crmkit.storage.Storage;

class PostgresServiceContractTest extends CustomerServiceContract {
    @Override
    protected Storage storage() {
        return PostgresTestServer.storage();
    }
}
