package io.crmkit.jdbc;

import io.crmkit.spi.contract.TransactionContract;
import io.crmkit.storage.Storage;

/** The {@code TransactionContract} kit on PostgreSQL. */
class PostgresTransactionTest extends TransactionContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
