package io.crmkit.spi;

import io.crmkit.spi.contract.service.ConcurrentUpdateContract;
import io.crmkit.storage.Storage;

class InMemoryConcurrentUpdateTest extends ConcurrentUpdateContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
