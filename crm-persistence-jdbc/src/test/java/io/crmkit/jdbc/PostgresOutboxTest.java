package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxContract;
import io.crmkit.storage.Storage;

class PostgresOutboxTest extends OutboxContract {
    @Override
    protected Storage storage() {
        return PostgresTestServer.storage();
    }
}
