package io.crmkit.spi;

import io.crmkit.spi.contract.OutboxContract;
import io.crmkit.spi.memory.InMemoryStorage;
import io.crmkit.storage.Storage;

class InMemoryOutboxTest extends OutboxContract {
    private static final Storage STORAGE = new InMemoryStorage();

    @Override
    protected Storage storage() {
        return STORAGE;
    }
}
