package io.crmkit.spi;

import io.crmkit.spi.contract.service.CustomerInputProperties;
import io.crmkit.spi.memory.InMemoryStorage;
import io.crmkit.storage.Storage;

class InMemoryCustomerInputProperties implements CustomerInputProperties {
    private static final Storage STORAGE = new InMemoryStorage();

    @Override
    public Storage storage() {
        return STORAGE;
    }
}
