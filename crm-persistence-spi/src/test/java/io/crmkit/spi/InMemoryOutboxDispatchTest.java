package io.crmkit.spi;

import io.crmkit.spi.contract.OutboxDispatchContract;
import io.crmkit.storage.Storage;

class InMemoryOutboxDispatchTest extends OutboxDispatchContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
