package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.CustomerServiceContract;
import io.crmkit.storage.Storage;

/** The {@code CustomerServiceContract} kit on the H2 in-memory database. */
class H2ServiceContractTest extends CustomerServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.h2Memory().storage();
    }
}
