package io.crmkit.spi;

import io.crmkit.spi.contract.service.ClassificationContract;
import io.crmkit.storage.Storage;

class InMemoryClassificationTest extends ClassificationContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
