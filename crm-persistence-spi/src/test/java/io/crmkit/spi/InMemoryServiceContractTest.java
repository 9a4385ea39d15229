package io.crmkit.spi;

import io.crmkit.spi.contract.service.CustomerServiceContract;
import io.crmkit.spi.memory.InMemoryStorage;
import io.crmkit.storage.Storage;

class InMemoryServiceContractTest extends CustomerServiceContract {
    private static final Storage STORAGE = new InMemoryStorage();

    @Override
    protected Storage storage() {
        return STORAGE;
    }
}
