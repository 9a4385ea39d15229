package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.CustomerServiceContract;
import io.crmkit.storage.Storage;

class H2ServiceContractTest extends CustomerServiceContract {
    @Override
    protected Storage storage() {
        return H2Storages.memory();
    }
}
