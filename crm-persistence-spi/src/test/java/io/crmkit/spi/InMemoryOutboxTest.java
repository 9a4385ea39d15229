package io.crmkit.spi;

import io.crmkit.spi.contract.OutboxContract;
import io.crmkit.storage.Storage;

class InMemoryOutboxTest extends OutboxContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
