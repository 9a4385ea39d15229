package io.crmkit.spi;

import io.crmkit.spi.contract.service.InteractionServiceContract;
import io.crmkit.storage.Storage;

class InMemoryInteractionServiceTest extends InteractionServiceContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
