package io.crmkit.spi;

import io.crmkit.spi.contract.OutboxDeliveryContract;
import io.crmkit.storage.Storage;

class InMemoryOutboxDeliveryTest extends OutboxDeliveryContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
