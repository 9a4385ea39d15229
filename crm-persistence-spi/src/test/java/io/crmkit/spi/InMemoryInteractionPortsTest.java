package io.crmkit.spi;

import io.crmkit.spi.contract.service.InteractionPortsContract;
import io.crmkit.storage.Storage;

class InMemoryInteractionPortsTest extends InteractionPortsContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
