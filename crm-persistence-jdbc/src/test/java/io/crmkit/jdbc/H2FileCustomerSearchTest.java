package io.crmkit.jdbc;

import io.crmkit.spi.contract.CustomerSearchContract;
import io.crmkit.storage.Storage;

/** The {@code CustomerSearchContract} kit on the H2 file database. */
class H2FileCustomerSearchTest extends CustomerSearchContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
