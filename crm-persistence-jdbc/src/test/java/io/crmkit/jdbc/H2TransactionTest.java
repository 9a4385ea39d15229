package io.crmkit.jdbc;

import io.crmkit.spi.contract.TransactionContract;
import io.crmkit.storage.Storage;

/** The {@code TransactionContract} kit on the H2 in-memory database. */
class H2TransactionTest extends TransactionContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
