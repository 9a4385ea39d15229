package io.crmkit.spi;

import io.crmkit.spi.contract.service.CustomerServiceContract;
import io.crmkit.storage.Storage;

class InMemoryServiceContractTest extends CustomerServiceContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
