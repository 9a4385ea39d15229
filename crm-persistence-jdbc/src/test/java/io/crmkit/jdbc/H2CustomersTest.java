package io.crmkit.jdbc;

import io.crmkit.spi.contract.CustomersContract;
import io.crmkit.storage.Storage;

/** The {@code CustomersContract} kit on the H2 in-memory database. */
class H2CustomersTest extends CustomersContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
