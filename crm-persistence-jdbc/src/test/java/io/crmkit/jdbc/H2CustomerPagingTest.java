package io.crmkit.jdbc;

import io.crmkit.spi.contract.CustomerPagingContract;
import io.crmkit.storage.Storage;

/** The {@code CustomerPagingContract} kit on the H2 in-memory database. */
class H2CustomerPagingTest extends CustomerPagingContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
