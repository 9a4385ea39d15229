package io.crmkit.spi;

import io.crmkit.spi.contract.OutboxClaimRaceContract;
import io.crmkit.storage.Storage;

class InMemoryOutboxClaimRaceTest extends OutboxClaimRaceContract {
    @Override
    protected Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
