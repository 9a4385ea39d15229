package io.crmkit.jdbc;

import io.crmkit.spi.contract.TransactionContract;
import io.crmkit.storage.Storage;

/** The {@code TransactionContract} kit on the H2 file database. */
class H2FileTransactionTest extends TransactionContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
