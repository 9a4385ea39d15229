package io.crmkit.spi;

import io.crmkit.spi.contract.service.CustomerInputProperties;
import io.crmkit.storage.Storage;

class InMemoryCustomerInputProperties implements CustomerInputProperties {
    @Override
    public Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
