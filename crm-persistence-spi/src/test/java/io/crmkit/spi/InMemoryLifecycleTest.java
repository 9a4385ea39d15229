package io.crmkit.spi;

import io.crmkit.spi.contract.service.LifecycleContract;
import io.crmkit.storage.Storage;

class InMemoryLifecycleTest extends LifecycleContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
