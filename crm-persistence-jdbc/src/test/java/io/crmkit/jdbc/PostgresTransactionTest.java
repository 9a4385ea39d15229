package io.crmkit.jdbc;

import io.crmkit.spi.contract.TransactionContract;
import io.crmkit.storage.Storage;

class PostgresTransactionTest extends TransactionContract {
    @Override
    protected Storage storage() {
        return PostgresTestServer.storage();
    }
}
