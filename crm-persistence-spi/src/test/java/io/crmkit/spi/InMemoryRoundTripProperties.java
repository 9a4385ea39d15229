package io.crmkit.spi;

import io.crmkit.spi.contract.RoundTripProperties;
import io.crmkit.storage.Storage;

class InMemoryRoundTripProperties implements RoundTripProperties {
    @Override
    public Storage storage() {
        return SharedInMemoryStorage.STORAGE;
    }
}
