package io.crmkit.jdbc;

import io.crmkit.spi.contract.CustomersContract;
import io.crmkit.storage.Storage;

/** The {@code CustomersContract} kit on the H2 file database. */
class H2FileCustomersTest extends CustomersContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }
}
