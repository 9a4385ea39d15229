package io.crmkit.spi;

import io.crmkit.spi.contract.service.InteractionPlanContract;
import io.crmkit.storage.Storage;

class InMemoryInteractionPlanTest extends InteractionPlanContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
