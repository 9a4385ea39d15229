package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.ConcurrentUpdateContract;
import io.crmkit.storage.Storage;

class PostgresConcurrentUpdateTest extends ConcurrentUpdateContract {
    @Override
    protected Storage storage() {
        return PostgresTestServer.storage();
    }
}
