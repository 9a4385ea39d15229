package io.crmkit.jdbc;

import io.crmkit.spi.contract.CustomerSearchContract;
import io.crmkit.storage.Storage;

/** The {@code CustomerSearchContract} kit on the H2 in-memory database. */
class H2CustomerSearchTest extends CustomerSearchContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
