package io.crmkit.jdbc;

import io.crmkit.spi.contract.CustomerPagingContract;
import io.crmkit.storage.Storage;

/** The {@code CustomerPagingContract} kit on the H2 file database. */
class H2FileCustomerPagingTest extends CustomerPagingContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
