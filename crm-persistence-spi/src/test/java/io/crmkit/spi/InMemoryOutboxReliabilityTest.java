package io.crmkit.spi;

import io.crmkit.spi.contract.OutboxReliabilityContract;
import io.crmkit.storage.Storage;

class InMemoryOutboxReliabilityTest extends OutboxReliabilityContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
