package io.crmkit.spi;

import io.crmkit.spi.contract.service.ConcurrentUpdateContract;
import io.crmkit.spi.memory.InMemoryStorage;
import io.crmkit.storage.Storage;

class InMemoryConcurrentUpdateTest extends ConcurrentUpdateContract {
    private static final Storage STORAGE = new InMemoryStorage();

    @Override
    protected Storage storage() {
        return STORAGE;
    }
}
